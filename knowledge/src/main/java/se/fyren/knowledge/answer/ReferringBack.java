package se.fyren.knowledge.answer;

import java.util.regex.Pattern;

/**
 * A sentence whose subject points back to the sentence before: a pronoun and its verb
 * ("De var ofta …", "Dessa kan finnas inom …", "Det gäller särskilt …"), not a determiner
 * ("De flesta …") nor an empty "det" ("Det är viktigt att …", "Det gäller att …"). Such a
 * sentence is read with the one before it: alone it does not say what it is about. So is
 * a conclusion ("Därför läggs tyngdpunkten …"): alone it does not say why.
 */
final class ReferringBack {

	private static final Pattern OPENING = Pattern.compile("(?:(?:De|Den|Dessa|Denna|Han|Hon|They|These|He|She)"
			+ "\\s+(?:var|är|har|hade|kan|kunde|ska|skulle|blev|blir|gäller|gällde|innebär|innebar|visar|visade|omfattar"
			+ "|omfattade|bygger|byggde|består|bestod|syftar|syftade|handlar|handlade|kräver|krävde|leder|ledde|ger|gav"
			+ "|was|were|is|are|has|have|had|can|could|include|included|show|showed|consist|consists|aim|aims|require|requires)"
			+ "|(?:Det|Detta|This|It)\\s+(?:gäller|gällde|innebär|innebar|betyder|handlar|means|meant|applies)(?!\\s+att))\\b");

	// A reason or a purpose given for the sentence before: "Detta för att fördela ansvar
	// …", "Syftet är att slippa rundgång …" (not "Syftet med X är", which says whose),
	// "Risken är annars att …", "Annars riskerar …" (not "Annars, se bilaga 3").
	private static final Pattern REASON = Pattern.compile("(?:(?:Det|Detta|This|That|It)\\s+(?:(?:är|var|is|was)\\s+)?"
			+ "(?:för att|eftersom|beror på att|because|so that|in order to)"
			+ "|(?:Syftet|Målet|Tanken|Poängen)(?:\\s+med\\s+(?:detta|det|det här|dem|dessa))?\\s+(?:är|var)\\s+att"
			+ "|(?:Anledningen|Skälet|Orsaken)(?:\\s+till\\s+(?:detta|det|det här|dem|dessa))?\\s+(?:är|var)"
			+ "|Risken\\s+(?:är|var)\\s+annars|Annars\\s+(?:riskerar|finns|kan|skulle|blir|hinner|kommer)"
			+ "|The\\s+reason\\s+(?:is|was)|The\\s+(?:aim|purpose|point)\\s+(?:is|was)\\s+to)\\b");

	// "Därför läggs tyngdpunkten …", "… kan därför vara ett steg …": a conclusion whose
	// reason is the sentence before. Not one the sentence reaches itself ("… och därmed
	// har hög risk", "Eftersom …, därför …"), nor "därför att", which gives its reason,
	// nor "thus far". The lookahead for the words' first letters spares the lookbehinds
	// at every other place of the sentence (two thirds of the time it took).
	private static final Pattern CONCLUDES = Pattern
		.compile("(?=[DdSsTtHh])(?<!\\b(?:och|samt|men|att|eller|and|but)\\s{1,3})"
				+ "(?<![,;]\\s{0,3})\\b(?:[Dd]ärför(?!\\s+att\\b)|[Dd]ärmed|[Ss]åledes|[Tt]herefore|[Hh]ence"
				+ "|[Tt]hus(?!\\s+far\\b))\\b|^(?:This|That) is why\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// A title or a quotation ("rapporten ”Därför mår unga sämre”") is not the sentence's
	// own reasoning.
	private static final Pattern QUOTED = Pattern.compile("[”\"“][^”\"“]*[”\"“]");

	private ReferringBack() {
	}

	static boolean opens(String sentence) {
		return OPENING.matcher(sentence).lookingAt();
	}

	/**
	 * Whether a sentence gives the reason or the purpose of the one before it, referring
	 * back to it.
	 */
	static boolean givesReason(String sentence) {
		return REASON.matcher(sentence).lookingAt();
	}

	/**
	 * Whether a sentence concludes from the one before it, and so says why only with it.
	 */
	static boolean concludes(String sentence) {
		return CONCLUDES.matcher(QUOTED.matcher(sentence).replaceAll("")).find();
	}

}
