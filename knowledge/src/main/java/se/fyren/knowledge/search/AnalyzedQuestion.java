package se.fyren.knowledge.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.fyren.knowledge.analysis.TermRole;

/**
 * A question as Fyren understood it: its concepts in order.
 *
 * @param english whether the question reads as English; its words missing from the
 * glossary are then no sign that the reports lack the answer
 */
public record AnalyzedQuestion(String question, List<Concept> concepts, boolean english) {

	/**
	 * The end of a word that names a document ("slutrapporten", "kursmanualen", "the
	 * course manual", "minnesanteckningarna"), as lemmatised or stemmed ("slutrappor"): a
	 * compound that ends in one names a document too ("lärprojektsrapporten").
	 */
	private static final Pattern DOCUMENT_NOUN = Pattern
		.compile("(?:rapport?|manual|anteckning(?:ar)?|protokoll|inbjudan|report|notes?)$");

	public AnalyzedQuestion {
		concepts = List.copyOf(concepts);
	}

	public boolean isEmpty() {
		return concepts.isEmpty();
	}

	/**
	 * The question without the words that name the document it asks about ("vad säger
	 * slutrapporten om …"): they say where to look, not what, so they are matched in the
	 * reports' titles only. In the text they would pick the passages that speak of the
	 * report itself (its foreword, "Detta är slutrapporten …"). The question itself when
	 * it names nothing else.
	 */
	public AnalyzedQuestion content() {
		List<Concept> content = concepts.stream().filter(concept -> !namesDocument(concept)).toList();
		return content.isEmpty() || content.size() == concepts.size() ? this
				: new AnalyzedQuestion(question, content, english);
	}

	// By the word or its gloss: "final report" is read as "slutrapport".
	private static boolean namesDocument(Concept concept) {
		return namesDocument(concept.word()) || concept.terms()
			.stream()
			.anyMatch(term -> term.role() == TermRole.SYNONYM && namesDocument(term.term()));
	}

	private static boolean namesDocument(String word) {
		return DOCUMENT_NOUN.matcher(word.toLowerCase(Locale.ROOT)).find();
	}

}
