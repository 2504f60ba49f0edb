package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which municipality is asked in one place: one or more for the answer's rules, the list
 * of them in the plural for the search.
 */
class MunicipalitiesAskedTest {

	@Test
	void whichMunicipalityOneOrMoreIsAskedInEitherLanguage() {
		for (String question : List.of("vilken dalakommun har flest unga?", "vilka kommuner var med i samlingen",
				"which swedish municipality signed first?", "vilka är kommunerna som deltog")) {
			assertThat(MunicipalitiesAsked.which(question)).as(question).isTrue();
		}
		assertThat(MunicipalitiesAsked.which("jag undrar vilket stöd kommunerna får")).isFalse();
	}

	@Test
	void onlyThePluralAsksForTheListOfThem() {
		for (String question : List.of("vilka kommuner var med i samlingen", "vilka av länets kommuner deltog",
				"which of the towns took part", "vilka andra orter nämns")) {
			assertThat(MunicipalitiesAsked.list(question)).as(question).isTrue();
		}
		for (String question : List.of("vilken kommun började först", "jag undrar vilka insatser kommunerna gör",
				"which services towns offer")) {
			assertThat(MunicipalitiesAsked.list(question)).as(question).isFalse();
		}
	}

}
