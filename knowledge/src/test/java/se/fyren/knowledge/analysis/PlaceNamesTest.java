package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Places are found at each word, the longest name first: a name of two words across any
 * spaces, one of a single word (hyphens and all) in any case or in the genitive.
 */
class PlaceNamesTest {

	private final PlaceNames places = PlaceNames.swedish();

	@Test
	void aPlaceIsFoundByOneWordOrTwoAcrossAnySpaces() {
		assertThat(places.in("hur jobbar Upplands \n  Väsby och gävle med Malung-Sälens skolor, och Lilla Edet?"))
			.extracting(PlaceNames.Mention::name)
			.containsExactly("upplands väsby", "gävle", "malung-sälen", "lilla edet");
		assertThat(places.in("i Falun, Borlänge")).extracting(PlaceNames.Mention::name)
			.containsExactly("falun", "borlänge");
		assertThat(places.in("arbetet med barnen")).isEmpty();
	}

}
