package se.fyren.knowledge.answer;

/** The reports' words as the index holds them (analysed terms). */
public interface Vocabulary {

	/** Whether the reports use this term. */
	boolean has(String term);

	/** Whether the reports use this term or one a typo away from it. */
	boolean hasNear(String term);

}
