package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A run of commas ending in "och" is a list when its pieces are short and open no clause;
 * an article before an adjective opens a noun phrase, and what the last item is said to
 * mean ("dvs. …") is no further item.
 */
class InlineListTest {

	@Test
	void anArticleBeforeAnAdjectiveOpensAnItemNotAClause() {
		assertThat(InlineList.in("Dessa kan finnas inom hälsa, det sociala området, utbildning, bostäder, "
				+ "arbetsmarknad och det bredare samhället."))
			.hasValueSatisfying(list -> assertThat(list.items()).containsExactly("Dessa kan finnas inom hälsa",
					"det sociala området", "utbildning", "bostäder", "arbetsmarknad", "det bredare samhället."));
	}

	@Test
	void whatTheLastItemMeansIsNoFurtherItem() {
		assertThat(InlineList.in("Dessa kan finnas inom hälsa, det sociala området, utbildning, bostäder, "
				+ "arbetsmarknad och det bredare samhället, dvs. frivilligorganisationer och liknande."))
			.hasValueSatisfying(list -> assertThat(list.items()).endsWith("arbetsmarknad", "det bredare samhället"));
	}

	@Test
	void aPronounAndItsVerbStillOpenAClause() {
		assertThat(InlineList.in("Verksamheten bedrivs på heltid, det är viktigt, den har öppet och alla är välkomna."))
			.isEmpty();
		assertThat(InlineList.in("Vi träffas varje vecka, det ska vara enkelt, kort och roligt.")).isEmpty();
	}

	@Test
	void aPieceOpeningWithGenomAttIsAClause() {
		assertThat(InlineList.in("Prioritera åtgärder som minskar ojämlikheten, genom att skapa offentliga platser "
				+ "och grönområden av god kvalitet, det vill säga för grupper som är mer utsatta."))
			.isEmpty();
	}

	@Test
	void partsGivenOneByOneWithDelsAreItemsHoweverLong() {
		assertThat(InlineList.in("Nämnden har två uppdrag, dels att följa upp hur skolorna arbetar med närvaro i "
				+ "alla årskurser, och dels att föreslå hur stödet till familjerna kan samordnas bättre."))
			.hasValueSatisfying(list -> {
				assertThat(list.leadIn()).isEqualTo("Nämnden har två uppdrag");
				assertThat(list.items()).containsExactly(
						"att följa upp hur skolorna arbetar med närvaro i alla årskurser",
						"att föreslå hur stödet till familjerna kan samordnas bättre.");
			});
	}

	@Test
	void partsGivenWithDelsInCapitalsAreItemsToo() {
		// the sentence is looked at for "dels" in any case before its parts are read
		assertThat(InlineList.in("Nämnden har två uppdrag, DELS att följa upp närvaron, och DELS att samordna stödet."))
			.hasValueSatisfying(
					list -> assertThat(list.items()).containsExactly("att följa upp närvaron", "att samordna stödet."));
	}

	@Test
	void oneDelsOrADelsWithNothingBeforeItListsNothing() {
		assertThat(InlineList.in("Arbetet sker dels i skolan men också hemma.")).isEmpty();
		assertThat(InlineList.in("Dels behöver man tid, dels pengar.")).isEmpty();
		assertThat(InlineList.in("Vi gick igenom varje delsteg noga och delstegen tog tid.")).isEmpty();
	}

}
