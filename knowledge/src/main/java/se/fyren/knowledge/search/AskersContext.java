package se.fyren.knowledge.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * What a chat question tells of the asker's own work around what it asks ("ska träffa
 * nämnden på torsdag, vad säger rapporterna om barnfattigdom"; "…? ska förbereda mötet"):
 * a part of the question that asks nothing itself and opens by speaking of the asker. Its
 * words say why the question is asked, not what the answer is about, so they do not pick
 * the answer ("nämnden" would pick a sentence about the reports' own nämnder).
 */
public final class AskersContext {

	// Where a chat question's parts meet: a comma, a colon, a dash between spaces, a
	// question or exclamation mark, a semicolon.
	private static final Pattern PARTS = Pattern.compile("[,:;?!]|\\s[–—-]\\s");

	// The words that ask, in Swedish and in English.
	private static final Pattern ASKS = Pattern.compile(
			"\\b(?:vad|va|vilka|vilken|vilket|vem|vems|när|hur|varför|var finns|finns det|stämmer det|är det|e det|what|which|who|whom"
					+ "|when|where|why|how|does|do|did|is|are|was|were|can|could|should)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How a part that speaks of the asker opens: with themself, their team, their boss or
	// their plans ("ska skriva en rad", "vi har möte", "chefen vill veta", "inför
	// nämnden", "need it for our plan"), after a chat word or two ("asså", "ok").
	private static final Pattern ASKER = Pattern.compile(
			"^\\s*(?:(?:asså|alltså|ok|okej|hej|btw|och|o)\\s+){0,2}(?:(?:jag|vi)\\s+(?:ska|skall|har|behöver|vill)|chefen|ska|skall"
					+ "|inför|behöver|vill|i need|i'm|i am|i want|i have|we need|we're|we are|we have|need)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private AskersContext() {
	}

	/**
	 * The question without the concepts only its asker's context names; the question
	 * itself when it has no such part, or when nothing else would be left.
	 */
	public static AnalyzedQuestion without(AnalyzedQuestion question, Analyzer analyzer) {
		Set<String> context = terms(question, analyzer);
		List<Concept> kept = question.concepts().stream().filter(concept -> !context.contains(concept.word())).toList();
		return kept.isEmpty() || kept.size() == question.concepts().size() ? question : question.withConcepts(kept);
	}

	/** The terms only the asker's context names. */
	private static Set<String> terms(AnalyzedQuestion question, Analyzer analyzer) {
		// A phone's apostrophe ("we’re") as a keyboard's.
		String text = question.question().toLowerCase(Locale.ROOT).replace('’', '\'');
		List<String> context = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		boolean asks = false;
		Matcher end = PARTS.matcher(text);
		for (int start = 0; start < text.length(); start = end.end()) {
			boolean ended = end.find();
			String part = text.substring(start, ended ? end.start() : text.length());
			// A part that closes with a question mark asks, whatever its words: a yes or
			// no
			// question opens with its verb ("behöver kommunerna …?").
			boolean asking = ended && end.group().equals("?") || ASKS.matcher(part).find();
			asks |= asking;
			if (!part.isBlank()) {
				(!asking && ASKER.matcher(part).find() ? context : asked).add(part);
			}
			if (!ended) {
				break;
			}
		}
		if (context.isEmpty() || !asks) {
			return Set.of();
		}
		Set<String> terms = new HashSet<>(SwedishAnalysis.tokens(analyzer, String.join(" ", context)));
		terms.removeAll(SwedishAnalysis.tokens(analyzer, String.join(" ", asked)));
		// A year or a figure says which, wherever the question gives it.
		terms.removeIf(term -> term.chars().anyMatch(Character::isDigit));
		return terms;
	}

}
