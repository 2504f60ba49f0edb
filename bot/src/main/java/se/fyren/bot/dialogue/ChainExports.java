package se.fyren.bot.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.infra.CsvTable;
import se.fyren.bot.infra.MarkdownText;

/**
 * A chain's summary as Markdown (to read and paste) and as CSV (to sort and count in a
 * spreadsheet). What people wrote (the group, names, answers; the questions too, since a
 * template is a file someone edits) is made inert in the Markdown ({@link MarkdownText});
 * the CSV's cells are kept from being read as formulas by {@link CsvTable}.
 */
@Component
class ChainExports {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final Clock clock;

	ChainExports(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	String markdown(ChainSummary summary) {
		DialogueChain chain = summary.chain();
		Locale locale = chain.locale();
		StringBuilder md = new StringBuilder("# ")
			.append(text("dialogue.summary.title", locale, MarkdownText.inert(summary.template().title()),
					MarkdownText.inert(chain.group())))
			.append("\n\n")
			.append(text("dialogue.export.meta", locale, when(chain.startedAt()), when(chain.endedAt()),
					text("dialogue.state." + chain.state().name(), locale),
					text(chain.anonymous() ? "dialogue.export.yes" : "dialogue.export.no", locale)))
			.append('\n');
		for (ChainSummary.Asked asked : summary.questions()) {
			md.append("\n## ")
				.append(asked.number())
				.append(". ")
				.append(MarkdownText.inert(oneLine(asked.question().text())))
				.append("\n\n");
			if (asked.answers().isEmpty()) {
				md.append('_')
					.append(text(asked.skipped() ? "dialogue.summary.skipped" : "dialogue.summary.none", locale))
					.append("_\n");
			}
			for (ChainSummary.Given given : asked.answers()) {
				md.append("- **").append(MarkdownText.inert(oneLine(given.who()))).append("**: ");
				// A line break inside an answer stays inside its list item; the answer is
				// a participant's own text, so nothing in it may run or link.
				md.append(MarkdownText.inert(given.text()).replace("\r", "").replace("\n", "  \n  "));
				if (given.edited()) {
					md.append(' ').append(text("dialogue.summary.edited", locale));
				}
				md.append('\n');
			}
		}
		return md.toString();
	}

	String csv(ChainSummary summary) {
		Locale locale = summary.chain().locale();
		CsvTable table = new CsvTable().row(List.of(text("dialogue.csv.number", locale),
				text("dialogue.csv.question", locale), text("dialogue.csv.participant", locale),
				text("dialogue.csv.answer", locale), text("dialogue.csv.edited", locale)));
		for (ChainSummary.Asked asked : summary.questions()) {
			for (ChainSummary.Given given : asked.answers()) {
				table.row(List.of(String.valueOf(asked.number()), asked.question().text(), given.who(), given.text(),
						text(given.edited() ? "dialogue.export.yes" : "dialogue.export.no", locale)));
			}
		}
		return table.toString();
	}

	private String when(Instant instant) {
		return instant == null ? "–" : WHEN.format(instant.atZone(clock.getZone()));
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
