package se.fyren.bot.radar;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Reply;

/**
 * The radar's buttons: a signal in one stream (the button asked for its line, as a Slack
 * modal, an Adaptive Card input or a field in the web chat), and citing a passage offered
 * when a signal was logged.
 */
@Component
class RadarActions implements CardAction {

	private final FollowedIssues issues;

	private final SignalDesk desk;

	private final RadarText text;

	RadarActions(FollowedIssues issues, SignalDesk desk, RadarText text) {
		this.issues = issues;
		this.desk = desk;
		this.text = text;
	}

	@Override
	public boolean handles(String actionId) {
		return actionId.equals(RadarCards.SIGNAL) || actionId.equals(RadarCards.CITE);
	}

	@Override
	public Optional<Reply> handle(Clicked click) {
		Locale locale = click.locale();
		Optional<String> place = RadarCommand.place(click.where().channel(), click.where().conversation(),
				click.user());
		String[] value = click.value() == null ? new String[0] : click.value().split("\\|", 2);
		if (place.isEmpty() || value.length != 2) {
			return Optional.of(say(locale, "radar.action.stale"));
		}
		if (click.actionId().equals(RadarCards.CITE)) {
			try {
				return Optional.of(desk.cite(place.get(), Long.parseLong(value[0]), Integer.parseInt(value[1]),
						click.user(), locale));
			}
			catch (NumberFormatException ex) {
				return Optional.of(say(locale, "radar.action.stale"));
			}
		}
		Optional<FollowedIssue> issue = issues.byId(value[0]).filter(found -> found.place().equals(place.get()));
		if (issue.isEmpty()) {
			return Optional.of(say(locale, "radar.action.stale"));
		}
		String line = click.input() == null ? "" : click.input();
		return Optional.of(desk.log(issue.get(), value[1], line, click.user(), locale));
	}

	private Reply say(Locale locale, String code) {
		return new Reply.TextReply(text.message(code, locale));
	}

}
