package se.fyren.bot.radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signal as one line: its text, then optionally a date ({@code 2026-10-12}) and a link,
 * in either order, at the end: "HLV 2026: andelen barn i hushåll med försörjningsstöd
 * ökade till 9 % 2026-10-12 https://…". Slack writes a link as {@code <https://…>} or
 * {@code <https://…|text>}; both are read as the address.
 *
 * @param date the date as written, to be checked by the caller (empty: today)
 */
record SignalLine(String text, Optional<String> date, Optional<String> link) {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

	private static final Pattern LINK = Pattern.compile("<?https?://\\S+");

	static SignalLine parse(String line) {
		List<String> words = new ArrayList<>(List.of(line.strip().split("\\s+")));
		String date = null;
		String link = null;
		while (!words.isEmpty()) {
			String last = words.get(words.size() - 1);
			if (date == null && DATE.matcher(last).matches()) {
				date = last;
			}
			else if (link == null && LINK.matcher(last).matches()) {
				link = address(last);
			}
			else {
				break;
			}
			words.remove(words.size() - 1);
		}
		return new SignalLine(String.join(" ", words).strip(), Optional.ofNullable(date), Optional.ofNullable(link));
	}

	private static String address(String written) {
		String link = written.startsWith("<") && written.endsWith(">") ? written.substring(1, written.length() - 1)
				: written;
		int bar = link.indexOf('|');
		return bar < 0 ? link : link.substring(0, bar);
	}

}
