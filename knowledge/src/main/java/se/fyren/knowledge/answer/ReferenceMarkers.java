package se.fyren.knowledge.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.search.AnalyzedQuestion;

/**
 * The numbers a report cites its sources by ("… psykisk ohälsa (47).", "(23, 24)"): they
 * say which source backs a sentence, not what it is about, so a question's figure ("vad
 * handlar åtgärdsområde 23 om") is not answered by a sentence that cites source 23.
 */
final class ReferenceMarkers {

	// A parenthesis of one to three-digit numbers alone, as the reports cite by.
	private static final Pattern MARKER = Pattern.compile("\\((\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*)\\)");

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private ReferenceMarkers() {
	}

	/**
	 * The numbers {@code text} holds only as source markers, for a question that names a
	 * number (no other is matched by them).
	 */
	static Set<String> citedOnly(String text, AnalyzedQuestion question) {
		if (text.indexOf('(') < 0 || question.question().chars().noneMatch(Character::isDigit)) {
			return Set.of();
		}
		Matcher marker = MARKER.matcher(text);
		if (!marker.find()) {
			return Set.of();
		}
		Set<String> cited = new HashSet<>();
		do {
			Matcher number = NUMBER.matcher(marker.group(1));
			while (number.find()) {
				cited.add(number.group());
			}
		}
		while (marker.find());
		Matcher elsewhere = NUMBER.matcher(MARKER.matcher(text).replaceAll(" "));
		while (elsewhere.find()) {
			cited.remove(elsewhere.group());
		}
		return cited;
	}

}
