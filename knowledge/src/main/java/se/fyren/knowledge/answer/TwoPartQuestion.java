package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.chunk.Sentences;

/**
 * A question that asks two things of one topic, joined by "och", "o" or "and" ("Vad är
 * dialogkedjan och hur lång tid tar den?", "who started it and where did the money come
 * from"): the answer to the whole answers what its first question word asks, so the
 * second part is asked on its own, with the first part's topic, and its answer joins the
 * first's.
 *
 * @param first the first part, as asked
 * @param second the second part with the first part's topic after it, for its pronoun
 * ("den") names nothing to search
 */
public record TwoPartQuestion(String first, String second) {

	private static final String QUESTION_WORD = "(?:vad|vem|vilka|vilken|vilket|när|hur|varför|var någonstans"
			+ "|what|who|which|when|where|how|why)";

	// The second part opens with its own question word right after "och" (chat: "o";
	// English "and"), perhaps after a comma: "…, och vem ansvarade …", "… o vad
	// prioriterar dom". Found from a word's end, each separator read once (possessive):
	// a lazy split of the whole text backtracked over long runs of spaces.
	private static final Pattern SEPARATOR = Pattern.compile(
			"(?<=[^\\s,])[\\s,]++(?:och|o|and)\\s++(?=" + QUESTION_WORD + "\\b)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern ASKS = Pattern.compile("\\b" + QUESTION_WORD + "\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	// What asks in the first part, leaving its topic: "Vad är", "what is", "vem e".
	private static final Pattern ASKING = Pattern.compile(
			"\\b" + QUESTION_WORD + "(?:\\s+(?:är|e|var|betyder|heter|is|are|was|were|does|do|did))?\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	// The second part's answer is quoted by its opening, about half the room an answer
	// has: the first part's answer comes whole before it.
	private static final int PART_CHARS = 250;

	/**
	 * The question's two parts, when each asks a kind of its own: "när klubbades den o
	 * när skulle den nya va färdig" asks one kind twice, which the whole's answer reads
	 * for already.
	 */
	public static Optional<TwoPartQuestion> of(String question) {
		String text = question.strip();
		Matcher separator = SEPARATOR.matcher(text);
		while (separator.find()) {
			String first = text.substring(0, separator.start());
			if (!ASKS.matcher(first).find()) {
				continue;
			}
			String second = text.substring(separator.end()).strip();
			if (QuestionKind.of(first) == QuestionKind.of(second)) {
				return Optional.empty();
			}
			String topic = SPACES.matcher(ASKING.matcher(first).replaceAll(" ").replaceAll("[?,.!]", " "))
				.replaceAll(" ")
				.strip();
			return Optional.of(new TwoPartQuestion(first, topic.isEmpty() ? second : second + " " + topic));
		}
		return Optional.empty();
	}

	/**
	 * The whole question's answer with the opening sentences of the second part's after
	 * it, and both parts' citations; the passages stay the whole's, as searched. The
	 * whole's alone when either part is not answered or the whole's already holds the
	 * second's opening.
	 */
	public static Answer joined(Answer whole, Answer second) {
		if (!whole.found() || !second.found()) {
			return whole;
		}
		String secondOpening = opening(second.text());
		if (whole.text().contains(secondOpening)) {
			return whole;
		}
		List<Citation> citations = new ArrayList<>(new LinkedHashSet<>(concat(whole.citations(), second.citations())));
		return new Answer(whole.question(), true, whole.text() + " " + secondOpening, citations, whole.passages(),
				null);
	}

	/** A text's whole sentences up to about half an answer's room, at least its first. */
	private static String opening(String text) {
		int end = 0;
		for (Sentences.Span sentence : Sentences.split(text)) {
			if (end > 0 && sentence.end() > PART_CHARS) {
				break;
			}
			end = sentence.end();
		}
		return text.substring(0, end).strip();
	}

	private static List<Citation> concat(List<Citation> a, List<Citation> b) {
		List<Citation> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
