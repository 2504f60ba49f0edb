package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a chat question says of the asker's own work ("ska träffa nämnden på torsdag") is
 * told from what it asks, part by part, with the real analysis.
 */
class AskersContextTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void aPartThatOpensWithTheAskersPlansAndAsksNothingIsLeftOut() {
		assertThat(wordsLeftOut("ska träffa nämnden på torsdag, vad säger rapporterna om barnfattigdom i dalarna"))
			.containsExactlyInAnyOrder("träff", "nämnd", "torsdag");
		assertThat(wordsLeftOut("vilka mål har länsstyrelsen? chefen vill ha det till budgetmötet"))
			.containsExactlyInAnyOrder("chef", "vill", "budgetmöt");
		assertThat(wordsLeftOut("we're writing a policy paper - what does the course manual say about stakeholders?"))
			.containsExactlyInAnyOrder("writing", "policy", "pap");
	}

	@Test
	void aPartThatAsksOrSpeaksOfTheReportsIsKept() {
		// "går vi" is the name of a walk, not the asker; "ska" within a clause is not
		// the asker's plan.
		assertThat(wordsLeftOut("kristianstad 'kom så går vi' – vem i kommunen drev det?")).isEmpty();
		assertThat(wordsLeftOut("kristianstad byggde om gator så att äldre ska röra sig mer – hur fick dom med folk?"))
			.isEmpty();
	}

	@Test
	void aYesOrNoQuestionAsksThoughItOpensWithAVerbOfPlans() {
		assertThat(wordsLeftOut("behöver kommunerna göra mer mot ensamhet bland äldre? vilka insatser föreslås?"))
			.isEmpty();
		assertThat(wordsLeftOut("we’re writing a policy paper — what does the course manual say about stakeholders?"))
			.containsExactlyInAnyOrder("writing", "policy", "pap");
	}

	@Test
	void aQuestionWithNoPartThatAsksKeepsEveryWord() {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), "ska skriva om barnfattigdom i dalarna");

		assertThat(AskersContext.without(question, corpus.snapshot().analysis().indexAnalyzer())).isSameAs(question);
	}

	@Test
	void aYearInTheAskersPartStillSaysWhich() {
		assertThat(wordsLeftOut("vad hände med lärprojektet? ska skriva om 2023")).containsExactly("skriv");
	}

	private List<String> wordsLeftOut(String text) {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), text);
		List<Concept> kept = AskersContext.without(question, corpus.snapshot().analysis().indexAnalyzer()).concepts();
		return question.concepts().stream().filter(concept -> !kept.contains(concept)).map(Concept::word).toList();
	}

}
