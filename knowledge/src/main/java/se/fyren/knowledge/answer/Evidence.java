package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.Coverage;

/**
 * What the abstain rules read, worked out once per question: the question, what was found
 * for it, and the best answer unit.
 *
 * @param question the analysed question
 * @param kind the kind of answer it asks for
 * @param read the passages the answer is read from
 * @param best the best answer unit with the unit after it, or null when none covers the
 * question
 * @param analyzer the index's analyzer
 * @param vocabulary the reports' words
 * @param text the question as asked
 * @param lower the question in lower case
 * @param found the passages' text, one passage a line
 * @param titles the passages' report titles, one a line
 * @param coverage the share of the question's weight the best passage covers
 * @param unknownShare the share of the question's weight carried by words the reports
 * never use
 * @param unknown the question's words the reports never use
 * @param places the places the question is about (see {@link QuestionNames#placesAbout})
 */
record Evidence(AnalyzedQuestion question, QuestionKind kind, List<ScoredPassage> read, BestUnit best,
		Analyzer analyzer, Vocabulary vocabulary, String text, String lower, String found, String titles,
		double coverage, double unknownShare, List<String> unknown, Set<String> places) {

	static Evidence of(AnalyzedQuestion question, QuestionKind kind, List<ScoredPassage> read, BestUnit best,
			Analyzer analyzer, Vocabulary vocabulary, QuestionNames names) {
		List<String> unknown = new ArrayList<>();
		double total = 0;
		double unknownWeight = 0;
		for (Concept concept : question.concepts()) {
			total += concept.idf();
			if (!concept.known()) {
				unknownWeight += concept.idf();
				unknown.add(concept.word());
			}
		}
		double unknownShare = total == 0 ? 0 : unknownWeight / total;
		double coverage = 0;
		StringBuilder found = new StringBuilder();
		StringBuilder titles = new StringBuilder();
		Set<String> partNamed = question.partNamedTerms();
		for (ScoredPassage passage : read) {
			// A passage of the chapter named holds the words that name it by where it
			// stands, but only if it speaks of something else the question asks: chapter
			// 6 does not answer "vad säger kapitel 6 om kollektivtrafik?" by being
			// chapter 6.
			Set<String> heldByPlace = passage.inPartNamed()
					&& Coverage.of(question, term -> !partNamed.contains(term) && passage.sentences().holds(term)) > 0
							? partNamed : Set.of();
			coverage = Math.max(coverage,
					Coverage.of(question, term -> passage.sentences().holds(term) || heldByPlace.contains(term)));
			found.append(passage.passage().text()).append('\n');
			titles.append(passage.passage().title()).append('\n');
		}
		String text = question.question();
		String foundText = found.toString();
		return new Evidence(question, kind, read, best, analyzer, vocabulary, text, text.toLowerCase(Locale.ROOT),
				foundText, titles.toString(), coverage, unknownShare, List.copyOf(unknown),
				names.placesAbout(text, question.english(), foundText));
	}

	boolean english() {
		return this.question.english();
	}

	/** The kind of answer asked for, by its label ({@code list}, {@code when}, …). */
	String asked() {
		return this.kind.label();
	}

	Abstain abstain(String reason, String detail) {
		return abstain(reason, detail, null);
	}

	Abstain abstain(String reason, String detail, String subject) {
		return new Abstain(reason, detail, subject, round(this.coverage), round(this.unknownShare), this.unknown,
				asked());
	}

	/**
	 * A subject found as a word in the question's lower-cased text, as the question wrote
	 * it ("Hedemora" for "hedemora"); as given where lower-casing changes the text's
	 * length.
	 */
	String asWritten(String subject) {
		if (this.lower.length() != this.text.length()) {
			return subject;
		}
		Matcher word = Pattern.compile(wordStart(subject) + "(?![\\p{L}\\d])", Pattern.UNICODE_CHARACTER_CLASS)
			.matcher(this.lower);
		return word.find() ? this.text.substring(word.start(), word.end()) : subject;
	}

	/**
	 * Whether the question holds a word that starts with this one, in lower case
	 * ("leksands" with "leksand"); one found inside a word ("nora" in "ignorera") is not
	 * held.
	 */
	boolean holdsWordStarting(String lowerWord) {
		return Pattern.compile(wordStart(lowerWord), Pattern.UNICODE_CHARACTER_CLASS).matcher(this.lower).find();
	}

	private static String wordStart(String word) {
		return "(?<![\\p{L}\\d])" + Pattern.quote(word);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
