package se.fyren.knowledge.answer;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;

/**
 * Words of chat and of the meeting a question is asked from, and single letters (chat's
 * "m" for "med", "e" for "är"): they say nothing about what is asked, so they neither
 * count as words the reports do not know nor pick the answer ("typ" would pick a sentence
 * about "typer"). Their terms are analysed once per analyzer (one per index commit), not
 * once per question. Thread-safe.
 */
final class ChatWords {

	/**
	 * Words of chat and of the meeting a question is asked from ("nån", "kör", "typ",
	 * "tisdag", "ska citera i en dragning"), the abbreviations of chat ("enl", "sept")
	 * and the names for the document asked about ("protokollet"): they never count as
	 * words the reports do not know.
	 */
	private static final String WORDS = "nån någon nåt något nåra några kör körde typ sånt sådant asså alltså "
			+ "liksom lixom ba bara iaf btw pls plz snälla tack hej hejsan undrar undra vet ngn ngt mkt o å el va dom mej "
			+ "dej sen okej ok hmm fattar kolla kollar hallå idag imorgon igår måndag tisdag onsdag torsdag fredag "
			+ "mötet möte chefen kollega kollegan kollegor presentation presentera ska behöver behövde jobbar jobba "
			+ "minns kommer ihåg fort snabbt ungefär cirka nu då här där hey hi thanks please quick quickly remind "
			+ "colleague meeting tomorrow today tmrw asap enl bl.a jan feb febr mar apr jun jul aug sep sept okt nov dec "
			+ "protokoll protokollet dokument dokumentet pdf pdf:en grej grejen grejer grejerna grejor "
			+ "dragning dragningen citera slide slides powerpoint ppt mejl mejla mail maila email deck briefing";

	/**
	 * The words that ask for a count ("hur många", "hur mycket"): they say what kind of
	 * answer is wanted, not what it is about, so "Många av barnen …" does not answer "hur
	 * många barn …" by its "många".
	 */
	private static final String ASKING = "många mycket mkt";

	private volatile Analysed analysed = new Analysed(null, Set.of());

	/** The chat words' terms as one analyzer makes them. */
	private record Analysed(Analyzer analyzer, Set<String> terms) {
	}

	/**
	 * The question without its chat words; the question itself when nothing else is left.
	 */
	AnalyzedQuestion without(AnalyzedQuestion question, Analyzer analyzer) {
		Set<String> chat = terms(analyzer);
		List<Concept> kept = question.concepts()
			.stream()
			.filter(concept -> !chat.contains(concept.word()) && !singleLetter(concept.word()))
			.toList();
		return kept.isEmpty() ? question : question.withConcepts(kept);
	}

	private Set<String> terms(Analyzer analyzer) {
		Analysed known = analysed;
		if (known.analyzer() != analyzer) {
			// Two threads may both analyse after a new commit: the same terms, no harm.
			known = new Analysed(analyzer, Set.copyOf(SwedishAnalysis.tokens(analyzer, WORDS + " " + ASKING)));
			analysed = known;
		}
		return known.terms();
	}

	/** "m", "e": not a figure, which numbers what it follows ("målområde 5"). */
	private static boolean singleLetter(String word) {
		return word.length() == 1 && Character.isLetter(word.charAt(0));
	}

}
