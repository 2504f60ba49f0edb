package se.fyren.bot.radar;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.fyren.bot.infra.CsvTable;
import se.fyren.bot.infra.MarkdownText;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Wheels;

/**
 * An issue's history for a beslutsunderlag: Markdown to read and paste (its state, every
 * signal with its link and cited passage, and the windows that opened and closed), and
 * CSV of the signals to sort in a spreadsheet (semicolons and a byte-order mark, as
 * Swedish Excel opens it).
 */
@Component
class RadarExports {

	private final IssueReadings readings;

	private final FollowedIssues issues;

	private final WindowNotices notices;

	private final Wheels wheels;

	private final RadarText text;

	private final ZoneId zone;

	RadarExports(IssueReadings readings, FollowedIssues issues, WindowNotices notices, Wheels wheels, RadarText text,
			WheelProperties wheel) {
		this.readings = readings;
		this.issues = issues;
		this.notices = notices;
		this.wheels = wheels;
		this.text = text;
		this.zone = wheel.zone();
	}

	String markdown(FollowedIssue issue, Locale locale) {
		List<Signal> signals = issues.signals(issue.id());
		Radar.Reading reading = readings.read(issue, signals);
		StringBuilder md = new StringBuilder("# ")
			.append(text.message("radar.export.title", locale, MarkdownText.inert(issue.name())))
			.append("\n\n")
			.append(text.message("radar.export.meta", locale, MarkdownText.inert(oneLine(issue.description())),
					issue.calendar(), text.longDate(issue.createdAt().atZone(zone).toLocalDate(), locale)))
			.append("\n\n")
			.append(text.message("radar.export.state", locale, text.longDate(reading.today(), locale),
					MarkdownText.inertKeepingEmphasis(text.state(reading, locale)).replace("*", "**")))
			.append("\n\n## ")
			.append(text.message("radar.export.signals", locale))
			.append("\n\n");
		if (signals.isEmpty()) {
			md.append(text.message("radar.export.none", locale)).append('\n');
		}
		for (Signal signal : signals) {
			md.append("- #")
				.append(signal.number())
				.append(" · ")
				.append(text.stream(signal.stream(), locale))
				.append(" · ")
				.append(signal.date())
				.append(" · ")
				.append(MarkdownText.inert(oneLine(signal.text())));
			if (signal.link() != null) {
				md.append(" (<").append(signal.link()).append(">)");
			}
			md.append('\n');
			if (signal.cited() != null) {
				md.append("  > ")
					.append(MarkdownText.inert(oneLine(signal.cited().passage())))
					.append(" — ")
					.append(text.cited(signal.cited(), locale))
					.append('\n');
			}
		}
		md.append("\n## ").append(text.message("radar.export.windows", locale)).append("\n\n");
		List<String> windows = new ArrayList<>();
		for (WindowNotices.Notice notice : notices.all(issue.id())) {
			String title = wheels.named(notice.calendar())
				.flatMap(wheel -> wheel.event(notice.eventId()))
				.map(event -> event.title())
				.orElse(notice.eventId());
			String code = notice.kind() == WindowNotices.Kind.OPENED ? "radar.export.opened" : "radar.export.closed";
			windows.add("- " + text.message(code, locale, title, notice.occursOn()));
		}
		md.append(windows.isEmpty() ? text.message("radar.export.none", locale) : String.join("\n", windows))
			.append('\n');
		return md.toString();
	}

	String csv(FollowedIssue issue, Locale locale) {
		CsvTable table = new CsvTable()
			.row(List.of(text.message("radar.csv.number", locale), text.message("radar.csv.stream", locale),
					text.message("radar.csv.date", locale), text.message("radar.csv.text", locale),
					text.message("radar.csv.link", locale), text.message("radar.csv.cites", locale)));
		for (Signal signal : issues.signals(issue.id())) {
			table.row(List.of(String.valueOf(signal.number()), text.stream(signal.stream(), locale),
					signal.date().toString(), signal.text(), signal.link() == null ? "" : signal.link(),
					signal.cited() == null ? "" : text.cited(signal.cited(), locale)));
		}
		return table.toString();
	}

	/** A line break inside a text stays inside its list item. */
	private static String oneLine(String text) {
		return text.replace("\r", "").replace("\n", " ");
	}

}
