package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.analysis.NounLemmas;
import se.fyren.knowledge.analysis.PlaceNames;

/**
 * The names and places a question names, read with the real dictionary and Sweden's
 * places, as the abstain rules use them.
 */
class QuestionNamesTest {

	final QuestionNames names = new QuestionNames(NounLemmas.swedish().wordClasses(), PlaceNames.swedish());

	@Test
	void aPlaceTypedInLowerCaseIsOneOnlyWhereThePassagesNameItAsOne() {
		String question = "vad är medellivslängden i malung-sälen";
		assertThat(names.placesAbout(question, false, "Malung-Sälens kommun deltog i projektet."))
			.containsExactly("malung-sälen");
		assertThat(names.placesAbout(question, false, "Mora kommun deltog i projektet.")).isEmpty();
	}

	@Test
	void aContactAddressOfAnotherMunicipalityIsAContactElsewhere() {
		Set<String> ludvika = Set.of("ludvika");
		assertThat(names.contactElsewhere("Elevhälsochef Ninni Holm 0250-55 23 78 ninni.holm@orsa.se", ludvika))
			.isTrue();
		assertThat(names.contactElsewhere("Kontakt: anna.berg@rattvik.se", ludvika)).isTrue();
		// The place asked's own, a region's or none: not elsewhere.
		assertThat(names.contactElsewhere("kontakt: eva@ludvika.se, ninni.holm@orsa.se", ludvika)).isFalse();
		assertThat(names.contactElsewhere("anette.gerlstrom@ltdalarna.se", ludvika)).isFalse();
		assertThat(names.contactElsewhere("ninni.holm@orsa.se", Set.of())).isFalse();
		assertThat(names.contactElsewhere("Kontakt: per@malung-salen.se", Set.of("malung-sälen"))).isFalse();
	}

	@Test
	void aMonthAfterAPrepositionIsATimeNotAPlace() {
		assertThat(names.placesAbout("Vad beslutades i Oktober", false, "")).isEmpty();
		assertThat(names.placesAbout("Hur många bor i Borlänge", false, "")).containsExactly("borlänge");
	}

	@Test
	void aFunctionWordBeforeAPlaceKindIsNoNameUnlessAPlaceIsSoNamed() {
		assertThat(names.names("Vilken kommun har flest invånare", false)).doesNotContain("vilken");
		assertThat(names.names("Vara kommun, vad gör de för unga", false)).contains("vara");
	}

	@Test
	void aWordTheDictionaryKnowsTypedInLowerCaseIsAPlaceOnlyWhenSwedensPlacesHoldIt() {
		// "skrev" is a noun too, and "kommunsidor" reads as the word for a place's kind.
		String question = "vilka kommuner skrev kommunsidor i slutrapporten?";
		assertThat(names.names(question, false)).isEmpty();
		assertThat(names.placesAbout(question, false, "")).isEmpty();
		assertThat(names.names("hur många bor i hela kommunen", false)).isEmpty();
		assertThat(names.names("vad gör sala kommun för unga", false)).containsExactly("sala");
		// The dictionary holds no names: a word it lacks may be a place it does not list.
		assertThat(names.names("vad gör ankeborgs kommun för unga", false)).containsExactly("ankeborg");
	}

	@Test
	void aPlaceWhoseNameEndsInSIsNamedWholeBeforeItsKind() {
		// "västerås kommun" was read as the genitive of "västerå", and the chat said
		// "Rapporterna nämner inte Västerå".
		assertThat(names.names("vad tycker västerås kommun om dialogkedjan", false)).contains("västerås")
			.doesNotContain("västerå");
		assertThat(names.names("Vad gör Gävles kommun", false)).contains("gävle");
		assertThat(names.names("What does Västerås municipality do", true)).contains("västerås");
	}

	@Test
	void anEnglishAdjectiveOfNationalityIsNoPlace() {
		assertThat(names.names("Which Swedish municipality did the most", true)).doesNotContain("swedish");
		assertThat(names.names("What did Borlänge municipality decide", true)).contains("borlänge");
	}

	@Test
	void aPlaceThatIsAlsoAWordIsNamedInEnglishOnlyCapitalised() {
		assertThat(names.knownPlaces("what happened in Kinda", true)).containsExactly("kinda");
		assertThat(names.knownPlaces("that was kinda odd", true)).isEmpty();
	}

}
