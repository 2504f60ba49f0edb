package se.fyren.knowledge.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.chunk.Sentences;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.QueryTerm;

/**
 * What a count question counts ("hur många variabler", "how many people"), as the index
 * holds its words and their alternatives, and whether a unit counts it: a figure with the
 * thing soon after ("drygt 200 variabler", "sju av länets kommuner"). A unit that counts
 * something else ("efter tre år") holds a figure, not the answer.
 *
 * @param terms the counted thing's terms; empty when the question counts nothing named
 */
record CountedThing(Set<String> terms) {

	// "hur många utskrivningsklara dagar": the thing may follow a word that describes
	// it.
	private static final Pattern ASKED = Pattern.compile("\\b(?:hur många|how many)\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern FIGURE = Pattern
		.compile(
				"\\d[\\d\\s,.]*|\\b(?:" + NumberWords.SWEDISH_TWO_TO_TWELVE + "|" + NumberWords.SWEDISH_LARGER + "|"
						+ NumberWords.SWEDISH_ROUGH + ")\\b",
				Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// "sju av länets kommuner": the thing stands within a few words after its figure.
	private static final Pattern FOLLOWING = Pattern.compile("\\s*(?:[\\p{L}-]+[\\s,]*){1,4}",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SPACES = Pattern.compile("\\s+");

	// A span of time ("under de två senaste åren", "i tre timmar"): it counts
	// no thing but time. The word between may only say which span ("senaste").
	private static final Pattern SPAN_OF_TIME = Pattern.compile(
			"\\b(?:\\d+|" + NumberWords.SWEDISH_TWO_TO_TWELVE
					+ ")\\s+(?:(?:senaste|första|sista|kommande|närmaste|följande|gångna|hela)\\s+)?(år|åren|månader"
					+ "|månaderna|veckor|veckorna|dagar|dagarna|timmar|timmarna|minuter)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	static final CountedThing NONE = new CountedThing(Set.of());

	CountedThing {
		terms = Set.copyOf(terms);
	}

	static CountedThing of(AnalyzedQuestion question, Analyzer analyzer) {
		Matcher asked = ASKED.matcher(question.question().toLowerCase(Locale.ROOT));
		if (!asked.find()) {
			return NONE;
		}
		Set<String> written = new HashSet<>();
		Set<String> words = new HashSet<>();
		for (int group = 1; group <= asked.groupCount(); group++) {
			if (asked.group(group) != null) {
				written.addAll(SwedishAnalysis.tokens(analyzer, asked.group(group)));
				words.add(asked.group(group));
			}
		}
		Set<String> terms = new HashSet<>(written);
		// The thing's thesaurus alternatives, and its Swedish for an English word (the
		// concept the glossary gives for "people" is "person").
		for (Concept concept : question.concepts()) {
			List<String> alternatives = concept.terms()
				.stream()
				.filter(term -> term.role() != TermRole.PART)
				.map(QueryTerm::term)
				.toList();
			if (alternatives.stream().anyMatch(written::contains) || written.contains(concept.word())
					|| words.containsAll(SPACES.splitAsStream(concept.phrase().toLowerCase(Locale.ROOT)).toList())) {
				terms.addAll(alternatives);
			}
		}
		return new CountedThing(terms);
	}

	/**
	 * Whether a unit's text counts the thing: a figure with one of its terms just after.
	 */
	boolean countedIn(String text, Analyzer analyzer) {
		if (terms.isEmpty()) {
			return false;
		}
		Matcher figure = FIGURE.matcher(text);
		while (figure.find()) {
			Matcher after = FOLLOWING.matcher(text);
			after.region(figure.end(), text.length());
			if (after.lookingAt()
					&& SwedishAnalysis.tokens(analyzer, after.group()).stream().anyMatch(terms::contains)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a sentence of a text names the thing and holds a count, wherever in it
	 * ("Med en karta som trycks upp i 12 000 exemplar"): looser than {@link #countedIn},
	 * for telling an answer that counts something else.
	 */
	boolean namedWithACountIn(String text, Analyzer analyzer) {
		return Sentences.split(text)
			.stream()
			.map(span -> text.substring(span.start(), span.end()))
			.anyMatch(sentence -> QuestionKind.holdsCount(withoutSpansOfTime(sentence, analyzer))
					&& SwedishAnalysis.tokens(analyzer, sentence).stream().anyMatch(terms::contains));
	}

	/**
	 * A sentence without its spans of time, but for one of the thing counted ("timmar").
	 */
	private String withoutSpansOfTime(String sentence, Analyzer analyzer) {
		return SPAN_OF_TIME.matcher(sentence)
			.replaceAll(span -> SwedishAnalysis.tokens(analyzer, span.group(1)).stream().anyMatch(terms::contains)
					? Matcher.quoteReplacement(span.group()) : " ");
	}

}
