package se.fyren.bot;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.core.annotation.Order;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Hearing;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.chat.ThreadListener;

/**
 * A feature as the dialogue chain is one, to test the adapters' side of the seams: a
 * command ("testkort") that answers with a card, the card's buttons (one asks for text),
 * a card whose picture's address is malformed, and a conversation it listens to. Import
 * {@link Config} into a Spring test to plug it in.
 */
@Order(ChatCommand.FEATURE_ORDER)
public final class TestFeature implements ChatCommand, CardAction, ThreadListener {

	public static final String LISTENED = "C0LISTEN";

	/** Answered with a card whose picture's address no browser can read. */
	public static final String UNREADABLE_PICTURE_CARD = "testkort med trasig bild";

	/**
	 * A port out of range, as a public address set wrong on the server gives: a string
	 * Java passes on, a URL a browser refuses.
	 */
	public static final String UNREADABLE_PICTURE = "http://localhost:99999/wheel/kommun.png";

	/** The card's link that leads somewhere, beside the one to the unreadable picture. */
	public static final String READABLE_LINK = "http://localhost/calendar/kommun.ics";

	private final Messenger messenger;

	private final List<Clicked> clicks = new CopyOnWriteArrayList<>();

	private final List<Heard> heard = new CopyOnWriteArrayList<>();

	TestFeature(Messenger messenger) {
		this.messenger = messenger;
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(CommandPattern.of("testkort(?: med trasig bild)?"));
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		if (message.text().equalsIgnoreCase(UNREADABLE_PICTURE_CARD)) {
			return Optional.of(new Reply.Card("Trasig bild", List.of("Texten syns ändå."), List.of(),
					List.of(new Reply.Link("Bilden i full storlek", UNREADABLE_PICTURE.replace(".png", ".svg")),
							new Reply.Link("Kalendern", READABLE_LINK)),
					List.of(), UNREADABLE_PICTURE));
		}
		if (!message.text().equalsIgnoreCase("testkort")) {
			return Optional.empty();
		}
		return Optional.of(new Reply.Card("Testkortet", List.of("Första stycket med *fet* text."),
				List.of(Reply.Action.button("test.press", "Tryck", "v1"),
						new Reply.Action("test.say", "Svara", "v2", true, "Ditt svar"))));
	}

	@Override
	public boolean handles(String actionId) {
		return actionId.startsWith("test.");
	}

	/**
	 * "say" answers with the text typed; "press" posts in the card's thread and updates
	 * the card.
	 */
	@Override
	public Optional<Reply> handle(Clicked click) {
		clicks.add(click);
		if (click.actionId().equals("test.say")) {
			return Optional.of(new Reply.TextReply("Fick: " + click.input()));
		}
		messenger.post(click.where(), new Reply.TextReply("Tryckt av " + click.user() + " (" + click.value() + ")"),
				click.locale());
		if (click.message() != null) {
			messenger.update(new PostedMessage(click.where(), click.message()), new Reply.TextReply("Uppdaterad"),
					click.locale());
		}
		return Optional.of(new Reply.TextReply("Noterat"));
	}

	@Override
	public Hearing hear(Heard message) {
		if (!LISTENED.equals(message.where().conversation())) {
			return Hearing.NOT_MINE;
		}
		heard.add(message);
		return Hearing.TAKEN;
	}

	public List<Clicked> clicks(String actionId) {
		return clicks.stream().filter(c -> c.actionId().equals(actionId)).toList();
	}

	public List<Heard> heard() {
		return List.copyOf(heard);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		TestFeature testFeature(Messenger messenger) {
			return new TestFeature(messenger);
		}

	}

}
