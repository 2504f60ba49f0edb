package se.fyren.bot.radar;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;

/**
 * The radar's buttons: a signal in one stream (the button asked for its line, as a Slack
 * modal, an Adaptive Card input or a field in the web chat), citing a passage offered
 * when a signal was logged, and the figures of a data release Fyren offered.
 */
@Component
class RadarActions implements CardAction {

	private final FollowedIssues issues;

	private final SignalDesk desk;

	private final RadarText text;

	private final SignalSuggestions suggestions;

	RadarActions(FollowedIssues issues, SignalDesk desk, RadarText text, SignalSuggestions suggestions) {
		this.issues = issues;
		this.suggestions = suggestions;
		this.desk = desk;
		this.text = text;
	}

	@Override
	public boolean handles(String actionId) {
		return actionId.equals(RadarCards.SIGNAL) || actionId.equals(RadarCards.CITE)
				|| actionId.equals(SignalSuggestions.SUGGESTED);
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
		if (click.actionId().equals(SignalSuggestions.SUGGESTED)) {
			return Optional.of(suggestions.logFigures(place.get(), Place.of(click.where()), click.value(),
					click.input() == null ? "" : click.input(), click.user(), locale));
		}
		if (click.actionId().equals(RadarCards.CITE)) {
			try {
				return Optional.of(desk.cite(place.get(), Place.of(click.where()), Long.parseLong(value[0]), value[1],
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
		return Optional.of(desk.log(issue.get(), value[1], line, Place.of(click.where()), click.user(), locale));
	}

	private Reply say(Locale locale, String code) {
		return new Reply.TextReply(text.message(code, locale));
	}

}
