package se.fyren.knowledge.analysis;

import java.util.regex.Pattern;

/**
 * How a question asks which municipality or town: one or more ("vilken dalakommun",
 * "vilka kommuner"), which search and answer read alike, or the list of them in the
 * plural ("vilka kommuner var med i Samlingen"), which the passage naming most of them
 * answers. Both read a question in lower case.
 */
public final class MunicipalitiesAsked {

	// Which municipality or town is asked ("vilken dalakommun", "vilka kommuner",
	// "which Swedish municipality", "vilka är kommunerna"): only a place's name
	// answers. A definite form after another word is the subject of an indirect
	// question ("jag undrar vilket stöd kommunerna får"), not what is asked.
	private static final Pattern WHICH = Pattern.compile(
			"\\b(?:vilken|vilket|vilka|which)\\s+(?:(?:är|var)\\s+\\p{L}*kommun(?:en|erna)|(?:\\p{L}+\\s+)?"
					+ "(?:\\p{L}*kommun(?:er)?|städer|stad|orter|ort|municipalit(?:y|ies)|towns?|city|cities))\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A plural noun for places after the question word, perhaps past a verb, an article,
	// "of" and a word that describes them: "vilka kommuner", "vilka är kommunerna",
	// "vilka andra orter", "vilka av länets kommuner", "which Swedish municipalities",
	// "which of the towns". Another noun between them makes the places its subject
	// ("jag undrar vilka insatser kommunerna gör", "which services towns offer").
	private static final Pattern LIST = Pattern.compile(
			"\\b(?:vilka|which)\\s+(?:(?:är|var|e|va|are|were|the|de|dom|av|of|länets)\\s+)*"
					+ "(?:(?:\\p{L}+[ae]|other|swedish|participating)\\s+)?"
					+ "(?:\\p{L}*kommuner(?:na)?|städer(?:na)?|orter(?:na)?|municipalities|towns|cities)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	private MunicipalitiesAsked() {
	}

	/** Whether a question asks which municipality or town, one or more. */
	public static boolean which(String lower) {
		return WHICH.matcher(lower).find();
	}

	/** Whether a question asks which municipalities or towns, in the plural. */
	public static boolean list(String lower) {
		return LIST.matcher(lower).find();
	}

}
