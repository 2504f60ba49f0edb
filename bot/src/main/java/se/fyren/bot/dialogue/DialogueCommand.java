package se.fyren.bot.dialogue;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;

/**
 * {@code dialog förbered <grupp>}, {@code dialog start [mall] <grupp> [anonymt]},
 * {@code dialog nästa | mer tid |
 * hoppa | stopp}, {@code dialog historik}, {@code dialog export <id> [md|csv]} and
 * {@code dialog mallar}.
 */
@Component
@Order(ChatCommand.FEATURE_ORDER)
class DialogueCommand implements ChatCommand {

	/** The first word of every chain command. */
	private static final String WORD = "dialog";

	/** A message opened by the word. */
	private static final CommandPattern PATTERN = CommandPattern.openedBy(Set.of(WORD));

	/** The words after {@link #WORD} that start a chain. */
	private static final Set<String> START = Set.of("start", "starta");

	/** A chain's start, which runs in a conversation of its own. */
	private static final CommandPattern STARTS = CommandPattern
		.openedBy(START.stream().map(start -> WORD + " " + start).toList());

	private static final Set<String> ANONYMOUS = Set.of("anonymt", "anonym", "anonymous");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ChainStarter starter;

	private final PrepCards prep;

	private final ChainTransitions transitions;

	private final ChainAnswers answers;

	private final Chains chains;

	private final Templates templates;

	private final ChainCards cards;

	private final MessageSource messages;

	private final Clock clock;

	private final ExportKeys exportKeys;

	private final DialogueProperties properties;

	DialogueCommand(ChainStarter starter, PrepCards prep, ChainTransitions transitions, ChainAnswers answers,
			Chains chains, Templates templates, ChainCards cards, MessageSource messages, Clock clock,
			ExportKeys exportKeys, DialogueProperties properties) {
		this.starter = starter;
		this.prep = prep;
		this.transitions = transitions;
		this.answers = answers;
		this.chains = chains;
		this.templates = templates;
		this.cards = cards;
		this.messages = messages;
		this.clock = clock;
		this.exportKeys = exportKeys;
		this.properties = properties;
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(PATTERN);
	}

	@Override
	public Optional<CommandPattern> startsConversation() {
		return Optional.of(STARTS);
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		if (!PATTERN.matches(message.text())) {
			return Optional.empty();
		}
		// The command words as read, what follows them (a group's name) as written.
		String[] words = CommandPattern.read(message.text()).split("\\s+", 3);
		String said = CommandPattern.said(message.text());
		Locale locale = message.locale();
		String command = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
		String rest = words.length > 2 ? said.substring(said.length() - words[2].length()).strip() : "";
		Destination conversation = new Destination(message.channel(), message.conversation(), null);
		if (START.contains(command)) {
			return Optional.of(start(message, conversation, rest));
		}
		return Optional.of(switch (command) {
			case "förbered", "forbered", "prepare" ->
				rest.isEmpty() ? text(locale, "dialogue.error.noGroup") : prep.prepare(rest, message.place(), locale);
			case "nästa", "nasta", "next" -> steer(message, conversation, ChainTransitions.Move.NEXT);
			case "mer" -> steer(message, conversation, ChainTransitions.Move.MORE_TIME);
			case "hoppa", "skip" -> steer(message, conversation, ChainTransitions.Move.SKIP);
			case "stopp", "stop", "avsluta" -> steer(message, conversation, ChainTransitions.Move.STOP);
			case "historik", "history" -> history(message, conversation);
			case "export" -> export(message, rest);
			case "mallar", "templates" -> templateList(locale);
			default -> new Reply.TextReply(messages
				.getMessage(conversation.channel().text("dialogue.usage", starter.available(locale)), locale));
		});
	}

	private Reply start(Inbound message, Destination conversation, String arguments) {
		List<String> words = new ArrayList<>(Arrays.asList(arguments.split("\\s+")));
		words.removeIf(String::isEmpty);
		boolean anonymous = !words.isEmpty()
				&& ANONYMOUS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
		if (anonymous) {
			words.remove(words.size() - 1);
		}
		String template = null;
		if (!words.isEmpty()) {
			String first = words.get(0);
			String lower = first.toLowerCase(Locale.ROOT);
			if (lower.startsWith("mall:") || lower.startsWith("mall=")) {
				template = first.substring("mall:".length());
				words.remove(0);
			}
			else if (words.size() > 1 && templates.find(first).isPresent()) {
				template = first;
				words.remove(0);
			}
		}
		return starter.start(conversation, message.user(), template, String.join(" ", words), anonymous,
				message.locale());
	}

	/**
	 * Each template's id, as {@code dialog start} takes it, with its title; the example
	 * names one id.
	 */
	private Reply templateList(Locale locale) {
		List<Template> all = templates.all();
		if (all.isEmpty()) {
			return text(locale, "dialogue.templates.empty");
		}
		List<String> entries = all.stream()
			.map(template -> messages.getMessage("dialogue.templates.entry",
					new Object[] { template.name(), template.title() }, locale))
			.toList();
		return text(locale, "dialogue.templates", String.join("\n", entries), all.get(0).name());
	}

	private Reply steer(Inbound message, Destination conversation, ChainTransitions.Move move) {
		Locale locale = message.locale();
		Optional<DialogueChain> chain = message.conversation() == null ? Optional.empty()
				: chains.runningIn(conversation);
		if (chain.isEmpty()) {
			return text(locale, "dialogue.steer.notRunning");
		}
		return switch (transitions.steer(chain.get(), message.user(), null, move)) {
			case DONE -> new Reply.TextReply(messages.getMessage(
					conversation.channel().text("dialogue.steer.done." + move.name().toLowerCase(Locale.ROOT)),
					locale));
			case NOT_FACILITATOR -> text(locale, "dialogue.steer.notFacilitator");
			case NOT_RUNNING -> text(locale, "dialogue.steer.notRunning");
			case STALE -> text(locale, "dialogue.steer.stale");
			case TEMPLATE_GONE -> text(locale, "dialogue.steer.templateGone");
		};
	}

	/**
	 * The chains run here; the export links (which carry the export's secret) only on the
	 * ones the asker led, as with {@code dialog export}.
	 */
	private Reply history(Inbound message, Destination conversation) {
		Locale locale = message.locale();
		List<DialogueChain> past = conversation.conversation() == null ? List.of()
				: chains.history(conversation.channel(), conversation.conversation(), properties.historySize());
		if (past.isEmpty()) {
			return text(locale, "dialogue.history.none");
		}
		List<String> paragraphs = new ArrayList<>();
		for (DialogueChain chain : past) {
			String template = templates.find(chain.template()).map(Template::title).orElse(chain.template());
			Optional<ChainSummary> summary = answers.summary(chain.id());
			// A chain deleted meanwhile has no summary, but was listed with its answers.
			int answered = summary.map(ChainSummary::answerCount).orElseGet(() -> answers.count(chain.id()));
			StringBuilder entry = new StringBuilder(messages.getMessage("dialogue.history.entry",
					new Object[] { chain.group(), template, WHEN.format(chain.startedAt().atZone(clock.getZone())),
							messages.getMessage("dialogue.state." + chain.state().name(), null, locale), answered,
							chain.id() },
					locale));
			// An export is its summary (under the questions it asked, when its template
			// is gone): without one, its links would only say "not found".
			if (summary.isPresent() && chain.exportableTo(message.channel(), message.user())) {
				String key = exportKeys.of(chain.id()).orElseThrow();
				entry.append('\n')
					.append(messages.getMessage("dialogue.history.links", new Object[] {
							cards.exportUrl(chain.id(), key, "md"), cards.exportUrl(chain.id(), key, "csv") }, locale));
			}
			paragraphs.add(entry.toString());
		}
		return new Reply.Card(messages.getMessage("dialogue.history.title", null, locale), paragraphs, List.of());
	}

	/**
	 * The export links, to the chain's facilitator only: an export holds personal views
	 * and links travel (a chat reply can be read by the whole channel in Teams).
	 */
	private Reply export(Inbound message, String arguments) {
		Locale locale = message.locale();
		String[] words = arguments.split("\\s+");
		String id = words[0].toLowerCase(Locale.ROOT);
		Optional<DialogueChain> chain = id.isEmpty() ? Optional.empty() : chains.find(id);
		if (chain.isEmpty()) {
			return text(locale, "dialogue.export.unknown", id);
		}
		if (!chain.get().exportableTo(message.channel(), message.user())) {
			return text(locale, "dialogue.export.notFacilitator", id);
		}
		String key = exportKeys.of(id).orElseThrow();
		String format = words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : "";
		return switch (format) {
			case "md", "markdown" -> text(locale, "dialogue.export.one", "Markdown", cards.exportUrl(id, key, "md"));
			case "csv" -> text(locale, "dialogue.export.one", "CSV", cards.exportUrl(id, key, "csv"));
			case "" ->
				text(locale, "dialogue.export.both", cards.exportUrl(id, key, "md"), cards.exportUrl(id, key, "csv"));
			default -> text(locale, "dialogue.export.format", format);
		};
	}

	private Reply text(Locale locale, String code, Object... args) {
		return new Reply.TextReply(messages.getMessage(code, args, locale));
	}

}
