package se.fyren.knowledge.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import se.fyren.knowledge.analysis.TermRole;

/**
 * A question as Fyren understood it: its concepts in order.
 *
 * @param english whether the question reads as English; its words missing from the
 * glossary are then no sign that the reports lack the answer
 * @param reportNames the question's terms that name a report by its title or publisher
 * ({@link ReportNames}): "lärprojektet", "landstinget"; known to the search alone
 */
public record AnalyzedQuestion(String question, List<Concept> concepts, boolean english, Set<String> reportNames) {

	/**
	 * The end of a word that names a document ("slutrapporten", "kursmanualen", "the
	 * course manual", "minnesanteckningarna", "protokollet", "inbjudan", "the
	 * invitation"), as lemmatised or stemmed ("slutrappor", "minnesanteckningarn",
	 * "inbjuda"): a compound that ends in one names a document too
	 * ("lärprojektsrapporten", "leksandsanteckningarna"). Compared as endings: a pattern
	 * anchored at the end was tried from every letter of every word, several times a
	 * question.
	 */
	private static final List<String> DOCUMENT_NOUN = List.of("rappor", "rapport", "manual", "anteckning",
			"anteckningar", "anteckningarn", "anteckningarna", "protokoll", "report", "inbjuda");

	// Words for any report.
	private static final Set<String> GENERIC_DOCUMENT = Set.of("rapport", "rappor", "report");

	// How much a word that names a document weighs beside the question's other words: too
	// little to pick the passages that merely name it over those on the topic asked, yet
	// still a word of the question.
	private static final float DOCUMENT_WEIGHT = 0.3f;

	// A question that names a document and one word more asks about the document itself
	// ("vem skrev kursmanualen?", "sammanfatta slutrapporten"): its name keeps its
	// weight.
	private static final int MIN_TOPIC_WORDS = 2;

	public AnalyzedQuestion {
		concepts = List.copyOf(concepts);
		reportNames = Set.copyOf(reportNames);
	}

	public AnalyzedQuestion(String question, List<Concept> concepts, boolean english) {
		this(question, concepts, english, Set.of());
	}

	/** The same question, knowing which of its terms name a report by its name. */
	public AnalyzedQuestion naming(Set<String> names) {
		return new AnalyzedQuestion(question, concepts, english, names);
	}

	/** The same question read as {@code kept}: a part of its concepts, or others. */
	public AnalyzedQuestion withConcepts(List<Concept> kept) {
		return new AnalyzedQuestion(question, kept, english, reportNames);
	}

	public boolean isEmpty() {
		return concepts.isEmpty();
	}

	/**
	 * The question with the words that name the document it asks about ("vad säger
	 * slutrapporten om …") weighed low: they say where to look more than what, and the
	 * reports' titles say which report they name (matched by the rescoring). At full
	 * weight they would pick the passages that speak of the report itself (its foreword,
	 * "Detta är slutrapporten …"). The question itself when it names no document, or
	 * little else the reports know.
	 */
	public AnalyzedQuestion content() {
		List<Concept> topic = concepts.stream().filter(concept -> !namesDocument(concept)).toList();
		if (topic.size() == concepts.size()
				|| topic.size() < MIN_TOPIC_WORDS && topic.stream().allMatch(Concept::known)) {
			return this;
		}
		return withConcepts(
				concepts.stream().map(concept -> namesDocument(concept) ? weighedLow(concept) : concept).toList());
	}

	/**
	 * The concepts but those naming the document asked about: what the question asks
	 * about ("'sociala kontraktet' i slutrapporten" asks about the social contract). All
	 * of them when each names a document ("vad är slutrapporten?").
	 */
	public List<Concept> topic() {
		List<Concept> topic = concepts.stream().filter(concept -> !namesDocument(concept)).toList();
		return topic.isEmpty() ? concepts : topic;
	}

	/**
	 * The terms of the words that name a chapter or a module ("kap 9", see
	 * {@link NamedPart}): a passage of that part holds them by where it stands.
	 */
	public Set<String> partNamedTerms() {
		return NamedPart.of(question)
			.map(part -> concepts.stream()
				.filter(concept -> concept.phrase() != null
						&& part.words().contains(concept.phrase().toLowerCase(Locale.ROOT)))
				.flatMap(concept -> concept.terms().stream())
				.map(QueryTerm::term)
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	/**
	 * The terms by which the question names a report: its words for a document
	 * ("kursmanualen", "inbjudan", "the final report"), as written or glossed, but
	 * "rapporten" alone, which names any report (and matches the part "rapport" of
	 * "slutrapport" in a title).
	 */
	public Set<String> reportNamingTerms() {
		return concepts.stream()
			.filter(AnalyzedQuestion::namesDocumentByKind)
			.flatMap(concept -> concept.terms().stream())
			.filter(term -> term.role() == TermRole.WRITTEN || term.role() == TermRole.SYNONYM)
			.map(QueryTerm::term)
			.filter(term -> !GENERIC_DOCUMENT.contains(term))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static Concept weighedLow(Concept concept) {
		return new Concept(concept.word(),
				concept.terms()
					.stream()
					.map(term -> new QueryTerm(term.term(), term.role(), term.weight() * DOCUMENT_WEIGHT))
					.toList(),
				concept.idf() * DOCUMENT_WEIGHT, concept.known(), concept.phrase());
	}

	// By its kind or by its name.
	private boolean namesDocument(Concept concept) {
		return namesDocumentByKind(concept) || reportNames.contains(concept.word())
				|| english && concept.terms()
					.stream()
					.anyMatch(term -> term.role() == TermRole.SYNONYM && reportNames.contains(term.term()));
	}

	// By the word or its gloss: "final report" is read as "slutrapport".
	private static boolean namesDocumentByKind(Concept concept) {
		return namesDocument(concept.word()) || concept.terms()
			.stream()
			.anyMatch(term -> term.role() == TermRole.SYNONYM && namesDocument(term.term()));
	}

	/** Whether {@code word} is a word for a document ("slutrapporten", "inbjudan"). */
	static boolean namesDocument(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return DOCUMENT_NOUN.stream().anyMatch(lower::endsWith);
	}

}
