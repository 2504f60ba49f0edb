package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.SharedData;

/** The Swedish chain on its own: compounds, stems, stop words and the thesaurus. */
class SwedishAnalysisTest {

	static final NounLemmas NOUN_LEMMAS = NounLemmas.swedish();

	static SwedishAnalysis corpusAnalysis;

	@BeforeAll
	static void learnFromTheCorpus() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(SharedData.CORPUS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
				.toList()) {
				texts.add(Files.readString(file));
			}
		}
		corpusAnalysis = new SwedishAnalysis(CompoundParts.learn(texts), Thesaurus.load(SharedData.thesaurus()),
				NOUN_LEMMAS);
	}

	@Test
	void splitsACompoundIntoThePartsAQuestionAsksFor() {
		SwedishAnalysis analysis = analysis(List.of("barn barn fattiga fattiga fattigdom fattigdom"));

		assertThat(terms(analysis.indexAnalyzer(), "barnfattigdom"))
			.containsAll(terms(analysis.queryAnalyzer(), "fattiga barn"));
	}

	@Test
	void splitsACompoundWithALinkingVowel() {
		SwedishAnalysis analysis = analysis(List.of("folkhälsa folkhälsa strateg strateg"));

		assertEveryWordMatches(analysis, "strateg för folkhälsa", "folkhälsostrateg");
	}

	@Test
	void splitsCompoundsWithPartsLearnedFromTheCorpus() {
		assertEveryWordMatches(corpusAnalysis, "strategen för folkhälsan", "folkhälsostrategen");
		assertEveryWordMatches(corpusAnalysis, "hälsovård för barn", "barnhälsovården");
	}

	@Test
	void leavesWordsShorterThanACompoundWhole() {
		SwedishAnalysis analysis = analysis(List.of("barn barn mat mat"));

		assertThat(terms(analysis.indexAnalyzer(), "barnmat")).hasSize(1);
	}

	@Test
	void givesInflectedFormsOfANounOneStem() {
		Analyzer analyzer = analysis(List.of()).indexAnalyzer();

		assertThat(terms(analyzer, "kommunerna")).isEqualTo(terms(analyzer, "kommuner"))
			.isEqualTo(terms(analyzer, "Kommunen"))
			.hasSize(1);
	}

	@Test
	void givesTheBareNounTheStemOfItsInflectedForms() {
		Analyzer analyzer = analysis(List.of()).indexAnalyzer();

		assertThat(terms(analyzer, "kommun")).isEqualTo(terms(analyzer, "kommunerna"));
		assertThat(terms(analyzer, "region")).isEqualTo(terms(analyzer, "regionen"));
		assertThat(terms(analyzer, "budget")).isEqualTo(terms(analyzer, "budgeten"));
		assertThat(terms(analyzer, "barn")).isEqualTo(terms(analyzer, "barnen")).isNotEqualTo(terms(analyzer, "bar"));
	}

	@Test
	void keepsTheBareNounWholeAsACompoundPart() {
		SwedishAnalysis analysis = analysis(List.of("barn barn fattigdom fattigdom"));

		assertThat(terms(analysis.indexAnalyzer(), "barnfattigdomen")).contains("barn").doesNotContain("bar");
	}

	@Test
	void bringsNounFormsTheStemmerMissesToTheirLemma() {
		Analyzer analyzer = analysis(List.of()).indexAnalyzer();

		assertThat(terms(analyzer, "syftena")).isEqualTo(terms(analyzer, "syfte"));
		assertThat(terms(analyzer, "strömmar")).isEqualTo(terms(analyzer, "ström"));
		// A verb and its noun still meet; a county is not a valley ("dalarna", "dal").
		assertThat(terms(analyzer, "arbetar")).isEqualTo(terms(analyzer, "arbetet"));
		assertThat(terms(analyzer, "Dalarna")).isNotEqualTo(terms(analyzer, "dal"));
	}

	@Test
	void marksTheWrittenWordItsSynonymsAndItsPartsByRole() {
		Map<String, TermRole> roles = roles(corpusAnalysis.queryAnalyzer(), "barnfattigdom");

		assertThat(roles).containsEntry("barnfattigdom", TermRole.WRITTEN)
			.containsEntry("fattig", TermRole.SYNONYM)
			.containsEntry("fattigdom", TermRole.PART);
		assertThat(roles(corpusAnalysis.queryAnalyzer(), "children")).containsEntry("barn", TermRole.SYNONYM);
	}

	@Test
	void readsAnOrdinalAsItsFigureToo() {
		// The reports head their meetings "Träff 3"; a question asks for "tredje
		// träffen" or "the third meeting". "andra" is mostly "other" and keeps no figure.
		assertThat(roles(corpusAnalysis.swedishQueryAnalyzer(), "tredje träffen"))
			.containsEntry("tredj", TermRole.WRITTEN)
			.containsEntry("3", TermRole.SYNONYM);
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "the third meeting")).contains("tredj", "3");
		assertThat(terms(corpusAnalysis.swedishQueryAnalyzer(), "andra kommuner")).doesNotContain("2");
	}

	@Test
	void aSwedishQuestionsMenIsButNotTheEnglishPluralOfMan() {
		// The glossary translates English "men" to "män"; in Swedish "men" is "but".
		assertThat(terms(corpusAnalysis.swedishQueryAnalyzer(), "men vad säger rapporten om kvinnor"))
			.doesNotContain("män", "man");
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "life expectancy of men")).contains("män");
	}

	@Test
	void bridgesKommunAndItsInflectedFormsThroughTheThesaurus() {
		assertEveryWordMatches(corpusAnalysis, "kommun", "kommunerna");
		assertEveryWordMatches(corpusAnalysis, "kommunerna", "kommun");
	}

	@Test
	void keepsAPlaceNameWhole() {
		// "mora" is a compound part the reports teach; split at it, Hedemora answered
		// questions about Mora. Other compounds are split as before.
		assertThat(terms(corpusAnalysis.indexAnalyzer(), "Hedemora")).doesNotContain("mora", "mor");
		assertThat(terms(corpusAnalysis.indexAnalyzer(), "barnfattigdom")).contains("barn");
	}

	@Test
	void dropsSwedishStopWords() {
		assertThat(terms(analysis(List.of()).indexAnalyzer(), "och att det är en fråga för oss"))
			.containsExactly("fråg");
	}

	@Test
	void dropsQuestionWordsOfBothLanguages() {
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "What does the report say about")).isNotEmpty()
			.doesNotContain("what", "does", "the", "say", "about");
	}

	@Test
	void dropsChatsFillers() {
		// Left in, "egentligen" found the sentences that hold it, which answer nothing.
		assertThat(
				terms(corpusAnalysis.queryAnalyzer(), "medskapande, vad menas egentligen? faktiskt, what is it really"))
			.isNotEmpty()
			.noneMatch(term -> term.startsWith("egentlig") || term.startsWith("faktisk") || term.startsWith("real"));
	}

	@Test
	void dropsEnglishContractions() {
		// Left in, "don't" became the unknown word "don'" of a question.
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "why don't the figures match, isn't it odd"))
			.noneMatch(term -> term.contains("'") || term.startsWith("isn") || term.startsWith("don"));
	}

	@Test
	void dropsEnglishFunctionWordsButKeepsThoseOfAmount() {
		// Snowball's English stop words: a question's pronouns, auxiliaries and
		// prepositions ask about nothing the reports hold.
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "anything being said because of it, through them, before"))
			.isEmpty();
		// "more than one role" asks how many.
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "more")).isNotEmpty();
	}

	@Test
	void dropsEnglishContractionsWrittenWithATypographicApostrophe() {
		// Chat clients and phones turn "don't" into "don’t" (U+2019) as it is typed.
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "why don\u2019t the figures match, isn\u2019t it odd"))
			.noneMatch(term -> term.contains("\u2019") || term.startsWith("isn") || term.startsWith("don"));
	}

	@Test
	void mapsEnglishGlossaryWordsToSwedishStems() {
		assertEveryWordMatches(corpusAnalysis, "municipality", "kommun");
		assertEveryWordMatches(corpusAnalysis, "municipalities", "kommunerna");
		assertEveryWordMatches(corpusAnalysis, "poverty", "fattigdom");
		assertEveryWordMatches(corpusAnalysis, "children", "barn");
	}

	@Test
	void mapsEnglishMonthsToTheReportsSwedishOnes() {
		assertEveryWordMatches(corpusAnalysis, "march", "mars");
		assertEveryWordMatches(corpusAnalysis, "october", "oktober");
	}

	@Test
	void findsTheGlossaryRowOfAnInflectedEnglishWord() {
		Analyzer query = corpusAnalysis.queryAnalyzer();

		// Plural, -ies plural, past with a silent "e", present participle: the glossary
		// names only "challenge", "study", "decide" and "develop".
		assertThat(terms(query, "challenges")).isEqualTo(terms(query, "challenge")).isEqualTo(terms(query, "utmaning"));
		assertThat(terms(query, "studies")).isEqualTo(terms(query, "study")).isEqualTo(terms(query, "studie"));
		assertThat(terms(query, "decided")).isEqualTo(terms(query, "decide")).containsAll(terms(query, "besluta"));
		assertThat(terms(query, "developing")).isEqualTo(terms(query, "develop")).isEqualTo(terms(query, "utveckla"));
	}

	@Test
	void findsAGlossaryPhraseWhoseWordIsReadAsItsBaseForm() {
		// "conditions" is read "condition", which has a row of its own; the phrase
		// "living conditions" must still find "livsvillkor".
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "living conditions"))
			.containsAll(terms(corpusAnalysis.indexAnalyzer(), "livsvillkor"));
	}

	@Test
	void leavesASwedishWordThatLooksLikeAnEnglishInflectionAlone() {
		// "mening" is no "men" + "-ing": "men" would become "män".
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "mening"))
			.isEqualTo(terms(corpusAnalysis.indexAnalyzer(), "mening"));
	}

	@Test
	void expandsSwedishSynonymsInQuestionsOnly() {
		assertThat(terms(corpusAnalysis.queryAnalyzer(), "landsting"))
			.containsAll(terms(corpusAnalysis.indexAnalyzer(), "region"));
		assertThat(terms(corpusAnalysis.indexAnalyzer(), "landsting"))
			.doesNotContainAnyElementsOf(terms(corpusAnalysis.indexAnalyzer(), "region"));
	}

	@Test
	void keepsPartsAcrossSerialization() {
		CompoundParts parts = CompoundParts.learn(List.of("folkhälsa folkhälsa strateg strateg en en"));
		CompoundParts restored = CompoundParts.deserialize(parts.serialize());

		assertThat(restored.size()).isEqualTo(parts.size());
		assertThat(restored.serialize()).isEqualTo(parts.serialize())
			.contains("strateg", "folkhäls")
			.doesNotContain("\nen\n");
	}

	/**
	 * Each word of the question, analysed as a question, shares a term with the text as
	 * indexed.
	 */
	private static void assertEveryWordMatches(SwedishAnalysis analysis, String question, String text) {
		List<String> indexed = terms(analysis.indexAnalyzer(), text);
		for (String word : question.split(" ")) {
			List<String> asked = terms(analysis.queryAnalyzer(), word);
			if (asked.isEmpty()) {
				continue; // a stop word
			}
			assertThat(asked).as("'%s' asked, '%s' indexed as %s", word, text, indexed).containsAnyElementsOf(indexed);
		}
	}

	private static SwedishAnalysis analysis(List<String> texts) {
		return new SwedishAnalysis(CompoundParts.learn(texts), Thesaurus.EMPTY, NOUN_LEMMAS);
	}

	/** Each term of a text with the role it arose in (the first role, if it recurs). */
	private static Map<String, TermRole> roles(Analyzer analyzer, String text) {
		Map<String, TermRole> roles = new LinkedHashMap<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			TermRoleAttribute role = stream.addAttribute(TermRoleAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				roles.putIfAbsent(term.toString(), role.role());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return roles;
	}

	static List<String> terms(Analyzer analyzer, String text) {
		return SwedishAnalysis.tokens(analyzer, text);
	}

}
