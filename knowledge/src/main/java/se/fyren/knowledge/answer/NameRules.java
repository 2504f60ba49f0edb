package se.fyren.knowledge.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.analysis.MunicipalitiesAsked;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Coverage;

/**
 * The rules on names: a law, a name or a place the question names, and the reports never
 * name it ({@code law_not_in_reports}, {@code name_not_in_reports}) or the passage that
 * answers best does not ({@code place_not_in_answer}), or the answer names no place where
 * the question asks which ({@code municipality_not_in_answer}), or a law's section asked
 * is cited nowhere in the answer ({@code section_not_in_answer}), or names asked and the
 * answer gives none ({@code names_not_in_answer}). Each returns the reason, or null when
 * it does not apply.
 */
final class NameRules {

	// How a law's name ends: "-lag", "-lagen", "-lagar", "-lagarna", "-lags".
	private static final String LAW_ENDING = "(?:en|ar|arna|s)?";

	// A law by name: "socialtjänstlagen", "skollagen", "LSS-lagen".
	private static final Pattern LAW = Pattern.compile("\\b[\\p{L}-]{2,}lag" + LAW_ENDING + "\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Words that end as a law's name does and are none: a proposal, a grant, a basis,
	// a company ("programförslagen", "anslag", "beslutsunderlag", "bolagen"); the
	// cohabitation act "sambolagen" is a law.
	private static final Pattern NOT_A_LAW = Pattern.compile(
			"(?:(?:för|an|ut|in|be|om|till|upp|av|genom|på)slag|underlag|(?<!sam)bolag)" + LAW_ENDING + "$",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Names asked for as such: "namnen", a closing "namn?", "vad heter dom", "their
	// names". "Vill ha namn o mejl" asks for a contact, which its own rule judges; a
	// name changed ("har den bytt namn?") is no name asked.
	private static final Pattern NAMES_ASKED = Pattern.compile("\\bnamnen\\b"
			+ "|(?<!\\bbyt(?:a|er|t|te)\\s|\\bändra(?:r|t|de)?\\s|\\bnytt\\s|\\bmånga\\s)\\bnamn\\W*(?:pls|tack|please)?\\W*$"
			+ "|\\bvad (?:heter|hette) (?:dom|de|dem)\\b|\\b(?:their|the) names\\b|\\bnames\\W*(?:pls|please|thanks)?\\W*$"
			+ "|\\bwhat are they called\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// What each alternative of NAMES_ASKED holds as written.
	private static final List<String> NAMES_ASKED_WORDS = List.of("namn", "names", "vad he", "called");

	// A proper name: a capitalised word within a sentence, after a word, a figure, a
	// comma, a colon or an item's mark ("… av Hestra", "Orsa, Älvdalen", "Arrangör:
	// Hestra", "› Mora"), or an abbreviation in capitals ("SKL", "IF"). A sentence's
	// first word is capitalised whatever it is; a heading in capitals ("FÖRSTA
	// HJÄLPEN") names nothing.
	private static final Pattern NAME_WITHIN = Pattern.compile(
			"(?<=[\\p{L}\\d,;:›]\\s)\\p{Lu}\\p{Ll}+|\\b\\p{Lu}{2,5}\\b(?!\\s+\\p{Lu}{2,})",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A name's shortest part that still names it ("mora" in "Moraborna").
	private static final int MIN_NAME_PREFIX = 4;

	// A law's section or chapter asked for: "paragrafen", "vilket kapitel i skollagen",
	// "which section of the act". A chapter of a report is named by its heading, not
	// cited.
	private static final Pattern SECTION_ASKED = Pattern.compile("\\bparagraf(?:en|er|erna)?\\b"
			+ "|\\b(?:vilket|which|what) (?:kapitel|chapter|section)\\b(?=.*(?:\\p{L}lagen|\\blag\\b|\\bact\\b|\\blaw\\b))",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A section or chapter cited: "§ 2", "1 kap.", "kapitel 7", "chapter 3".
	private static final Pattern SECTION_CITED = Pattern.compile(
			"§|\\b\\d+\\s*kap\\b|\\b(?:kap(?:itel)?|chapter)\\.?\\s*\\d+",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	private final WordClasses wordClasses;

	private final LawNames lawNames;

	private final QuestionNames questionNames;

	NameRules(WordClasses wordClasses, LawNames lawNames, QuestionNames questionNames) {
		this.wordClasses = wordClasses;
		this.lawNames = lawNames;
		this.questionNames = questionNames;
	}

	/**
	 * A law's section or chapter asked ("behöver paragrafen", "i vilket kapitel i
	 * skollagen") is answered by one cited where the answer stands ("1 kap., § 2"): a
	 * sentence that says what the law requires does not say where.
	 */
	Abstain sectionNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && SECTION_ASKED.matcher(evidence.lower()).find()
				&& !SECTION_CITED.matcher(best.text() + "\n" + best.answer()).find()) {
			return evidence.abstain("section_not_in_answer",
					"the question asks for a law's section or chapter; the answer cites none");
		}
		return null;
	}

	/** A law named as one ("skollagen") that the reports never name. */
	Abstain lawWordNotInReports(Evidence evidence) {
		for (String law : LAW.matcher(evidence.lower()).results().map(MatchResult::group).toList()) {
			if (!NOT_A_LAW.matcher(law).find() && !writtenKnown(law, evidence)) {
				return evidence.abstain("law_not_in_reports", "the reports never name " + law, evidence.asWritten(law));
			}
		}
		return null;
	}

	/** A law by any of its names: "the Social Services Act" is socialtjänstlagen. */
	Abstain lawNameNotInReports(Evidence evidence) {
		for (LawNames.Law law : this.lawNames.in(evidence.text())) {
			if (!lawKnown(law, evidence.analyzer(), evidence.vocabulary())) {
				return evidence.abstain("law_not_in_reports", "the reports never name " + law.name(),
						law.asNamedIn(evidence.text()));
			}
		}
		return null;
	}

	/**
	 * A name the question holds (see {@link QuestionNames#names}) the reports never use.
	 */
	Abstain nameNotInReports(Evidence evidence) {
		for (String name : this.questionNames.names(evidence.text(), evidence.english())) {
			if (!nameKnown(name, evidence.question(), evidence.analyzer(), evidence.vocabulary())) {
				return evidence.abstain("name_not_in_reports", "the reports never name " + name,
						evidence.asWritten(name));
			}
		}
		return null;
	}

	/** A place is named by its own name: "norrköping" is not known because "norr" is. */
	Abstain placeNameNotInReports(Evidence evidence) {
		for (String place : this.questionNames.knownPlaces(evidence.text(), evidence.english())) {
			if (!placeKnown(place, evidence.analyzer(), evidence.vocabulary())) {
				return evidence.abstain("name_not_in_reports", "the reports never name " + place,
						evidence.asWritten(place));
			}
		}
		return null;
	}

	/**
	 * Names the reports use (in either language) must be named where the answer stands:
	 * an answer about Mora does not answer a question about Borlänge.
	 */
	Abstain placeNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		for (String place : evidence.places()) {
			if (best != null && writtenKnown(place, evidence) && !named(place, best.passage(), evidence.analyzer())) {
				return evidence.abstain("place_not_in_answer", "the passage that answers best does not name " + place,
						evidence.asWritten(place));
			}
		}
		return null;
	}

	/**
	 * Which municipality or town asked, and the answer names no place besides those the
	 * question names: "Skillnaden … mellan kommunerna med den kortaste …" tells that
	 * there is one, not which.
	 */
	Abstain municipalityNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && MunicipalitiesAsked.which(evidence.lower())
				&& this.questionNames.municipalitiesNamedBesides(best.answer(), evidence.text()).isEmpty()) {
			return evidence.abstain("municipality_not_in_answer",
					"the question asks which municipality or town; the answer names none");
		}
		return null;
	}

	/**
	 * Names asked ("vilka föreningar anordnar kurserna, namnen") are answered by names
	 * the question does not hold, in the best unit or the one after it: "tre olika
	 * föreningar" says how many, not which, and a name further on in the answer comes
	 * with another sentence (a later one of the page, another passage's).
	 */
	Abstain namesNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best == null || !namesAsked(evidence.lower())) {
			return null;
		}
		Matcher name = NAME_WITHIN.matcher(best.text());
		while (name.find()) {
			// A name the question holds at a word's start is its own ("leksands"); one
			// inside a word is not ("Nora" in "ignorera").
			if (!evidence.holdsWordStarting(name.group().toLowerCase(Locale.ROOT))) {
				return null;
			}
		}
		return evidence.abstain("names_not_in_answer", "the question asks for names; the answer names none");
	}

	/**
	 * Whether a question (in lower case) asks for names. Every way {@link #NAMES_ASKED}
	 * matches holds one of {@link #NAMES_ASKED_WORDS}: a question without any is not
	 * walked by the pattern, whose look-behind is tried at every character (a hundredth
	 * of a question's time).
	 */
	private static boolean namesAsked(String lower) {
		return NAMES_ASKED_WORDS.stream().anyMatch(lower::contains) && NAMES_ASKED.matcher(lower).find();
	}

	/**
	 * Whether a text names what the question names: the name itself or a compound it
	 * leads or that leads it ("Leksands kommun", "Leksandsmötet").
	 */
	private boolean named(String name, String text, Analyzer analyzer) {
		List<String> tokens = SwedishAnalysis.tokens(analyzer, name);
		if (tokens.isEmpty()) {
			return true;
		}
		String written = tokens.get(0);
		// A word that begins with the name names it unless it is a word of its own:
		// "Hedemora" does not name Mora, nor "orsakerna" Orsa; "Moraborna" and
		// "Leksandsmötet" do. The name as typed first: its analysed form may be another
		// word's lemma ("mora" is a form of "mor").
		String lower = text.toLowerCase(Locale.ROOT);
		for (String form : new LinkedHashSet<>(List.of(name, written))) {
			Matcher word = Pattern.compile("\\b" + Pattern.quote(form) + "\\p{L}*", Pattern.UNICODE_CHARACTER_CLASS)
				.matcher(lower);
			while (word.find()) {
				if (namesBy(word.group(), form)) {
					return true;
				}
			}
		}
		for (String term : Coverage.terms(analyzer, text)) {
			if (term.length() >= MIN_NAME_PREFIX && (written.startsWith(term) || term.startsWith(written))
					&& namesBy(term, written)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a word beginning with (or begun by) a name is the name or a compound of it.
	 */
	private boolean namesBy(String word, String name) {
		return word.equals(name) || word.equals(name + "s") || !this.wordClasses.knows(word);
	}

	/**
	 * Whether the reports use a name, a typo of it, its translation from the glossary (an
	 * alternative that is not a part of the word: "Sweden" is "Sverige"), or the name
	 * that leads it as a compound ("Leksandsmötet" is a meeting in Leksand).
	 */
	private static boolean nameKnown(String name, AnalyzedQuestion question, Analyzer analyzer, Vocabulary vocabulary) {
		List<String> tokens = SwedishAnalysis.tokens(analyzer, name);
		if (tokens.isEmpty() || vocabulary.hasNear(tokens.get(0))) {
			return true;
		}
		String written = tokens.get(0);
		return question.concepts()
			.stream()
			.filter(concept -> concept.word().equals(written))
			.flatMap(concept -> concept.terms().stream())
			// A word of like meaning from the general lexicon is another word, not the
			// name.
			.filter(term -> term.role() != TermRole.RELATED)
			.anyMatch(term -> vocabulary.has(term.term()) && (term.role() == TermRole.PART
					? written.startsWith(term.term()) : !written.contains(term.term())));
	}

	/**
	 * Whether the reports use a place's name from the list as typed, every word of it: it
	 * was typed right, so one letter off is another place ("lidköping" is not
	 * "linköping"), and "upplands väsby" or "dals-ed" is not named because "uppland" or
	 * "dal" is.
	 */
	private static boolean placeKnown(String place, Analyzer analyzer, Vocabulary vocabulary) {
		return SwedishAnalysis.tokens(analyzer, place).stream().allMatch(vocabulary::has);
	}

	/**
	 * Whether the reports name a law: by its Swedish name when that is one word (a typo
	 * away counts, as for any word), or by an abbreviation exactly.
	 */
	private static boolean lawKnown(LawNames.Law law, Analyzer analyzer, Vocabulary vocabulary) {
		return law.oneWord() && writtenKnown(law.name(), analyzer, vocabulary) || law.abbreviations()
			.stream()
			.map(abbreviation -> SwedishAnalysis.tokens(analyzer, abbreviation))
			.anyMatch(tokens -> !tokens.isEmpty() && vocabulary.has(tokens.get(0)));
	}

	private static boolean writtenKnown(String word, Evidence evidence) {
		return writtenKnown(word, evidence.analyzer(), evidence.vocabulary());
	}

	/**
	 * Whether the reports use the word itself (or a typo of it), not just parts of it:
	 * "socialtjänstlagen" is not known because "lag" is.
	 */
	private static boolean writtenKnown(String word, Analyzer analyzer, Vocabulary vocabulary) {
		List<String> tokens = SwedishAnalysis.tokens(analyzer, word);
		return tokens.isEmpty() || vocabulary.hasNear(tokens.get(0));
	}

}
