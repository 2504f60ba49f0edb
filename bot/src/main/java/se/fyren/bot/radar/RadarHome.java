package se.fyren.bot.radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.HomeSection;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.Occurrence;

/**
 * The radar on a chat's home page (Slack's App Home), beside the year wheel: how many
 * issues are followed and which have an open window. A home page is the same for everyone
 * who opens it, so it names issues and decision points only, never a channel, a signal or
 * who logged it.
 */
@Component
class RadarHome implements HomeSection {

	static final int OPEN_SHOWN = 5;

	private final FollowedIssues issues;

	private final IssueReadings readings;

	private final RadarText text;

	RadarHome(FollowedIssues issues, IssueReadings readings, RadarText text) {
		this.issues = issues;
		this.readings = readings;
		this.text = text;
	}

	@Override
	public Optional<Reply.Card> homeCard(Channel channel, Locale locale) {
		List<FollowedIssue> all = issues.all().stream().filter(issue -> issue.audience().isPresent()).toList();
		List<String> paragraphs = new ArrayList<>();
		if (all.isEmpty()) {
			paragraphs.add(text.message("radar.home.none", locale));
			return Optional.of(new Reply.Card(text.message("radar.home.title", locale), paragraphs, List.of()));
		}
		List<String> open = new ArrayList<>();
		readings.readAll(all, null).forEach((issue, reading) -> {
			Optional<Occurrence> decision = reading.openFor();
			// A list line keeps the short date; running prose has the long one.
			decision.ifPresent(d -> open.add(text.message("radar.home.open", locale, issue.name(),
					text.title(d, locale), text.date(d.date(), locale))));
		});
		paragraphs.add(text.message("radar.home.summary", locale, all.size(), open.size()));
		if (!open.isEmpty()) {
			paragraphs.add(String.join("\n", open.subList(0, Math.min(OPEN_SHOWN, open.size()))));
		}
		paragraphs.add(text.message("radar.list.more", locale));
		return Optional.of(new Reply.Card(text.message("radar.home.title", locale), paragraphs, List.of()));
	}

}
