package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.fyren.knowledge.analysis.PlaceNames;

class MunicipalityListTest {

	private final MunicipalityList list = new MunicipalityList(PlaceNames.swedish());

	@Test
	void onlyThePluralAsksForAList() {
		assertThat(list.asked("vilka kommuner var med i samlingen")).isTrue();
		assertThat(list.asked("Vilka är kommunerna i Samlingen?")).isTrue();
		assertThat(list.asked("vilka andra orter gjorde så")).isTrue();
		assertThat(list.asked("Which Swedish municipalities took part?")).isTrue();
		assertThat(list.asked("vilken kommun i dalarna har lägst medellivslängd?")).isFalse();
		assertThat(list.asked("Which municipality turned a car park into a park?")).isFalse();
		assertThat(list.asked("jag undrar vilket stöd kommunerna får")).isFalse();
		assertThat(list.asked("vilka av länets kommuner var med?")).isTrue();
		assertThat(list.asked("which of the towns took part?")).isTrue();
		// Another noun between makes the places its subject.
		assertThat(list.asked("jag undrar vilka insatser kommunerna gör för barn")).isFalse();
		assertThat(list.asked("which services towns offer")).isFalse();
	}

	@Test
	void aPassageGainsByTheMunicipalitiesItNamesAsFarAsItCoversTheQuestion() {
		String fifteen = "tjänstepersoner från Avesta, Hedemora, Säter, Borlänge, Leksands, Mora, Älvdalens, "
				+ "Ludvika, Orsa, Rättviks, Falu, Gagnefs, Smedjebackens, Vansbro och Malung-Sälens kommun";
		String two = "i Leksands och Rättviks kommun";

		assertThat(list.bonus(fifteen, 1)).isEqualTo(MunicipalityList.BOOST);
		assertThat(list.bonus(two, 1)).isLessThan(list.bonus(fifteen, 1)).isPositive();
		assertThat(list.bonus(fifteen, 0.5)).isLessThan(list.bonus(fifteen, 1));
		// Lower case is no name: "länets kommuner", "ett hållbart dalarna".
		assertThat(list.bonus("länets kommuner och mora by", 1)).isZero();
	}

}
