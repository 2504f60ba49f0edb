package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Sweden's laws named in Swedish, by abbreviation or in English, as people write them.
 */
class LawNamesTest {

	final LawNames laws = LawNames.swedish();

	@Test
	void findsALawByItsEnglishNameInAnyCase() {
		assertThat(laws.in("what does the Work Environment Act say")).extracting(LawNames.Law::name)
			.containsExactly("arbetsmiljölagen");
		assertThat(laws.in("the social services act, does it cover this?")).extracting(LawNames.Law::name)
			.containsExactly("socialtjänstlagen");
	}

	@Test
	void namesEachLawAsItsStatuteIsTitled() {
		// LKBR is "lag om kommunal bokföring och redovisning" (2018:597), which replaced
		// the "lag om kommunal redovisning"; LVM is the "Care of Substance Abusers Act".
		assertThat(laws.in("vad kräver lagen om kommunal bokföring och redovisning?")).extracting(LawNames.Law::name)
			.containsExactly("lagen om kommunal bokföring och redovisning");
		assertThat(laws.in("is this covered by the Care of Substance Abusers Act?")).extracting(LawNames.Law::name)
			.containsExactly("lagen om vård av missbrukare i vissa fall");
	}

	@Test
	void findsALawByItsSwedishNameInflected() {
		assertThat(laws.in("enligt socialtjänstlagens kapitel 5")).extracting(LawNames.Law::name)
			.containsExactly("socialtjänstlagen");
		assertThat(laws.in("vad står i miljöbalken")).extracting(LawNames.Law::name).containsExactly("miljöbalken");
	}

	@Test
	void findsAnAbbreviationOnlyAsWritten() {
		assertThat(laws.in("vad säger SoL om det?")).extracting(LawNames.Law::name)
			.containsExactly("socialtjänstlagen");
		// The sun, and a word that merely holds the letters.
		assertThat(laws.in("sol och bad i sommar, lssverige")).isEmpty();
	}

	@Test
	void aLawOfSeveralWordsIsToldByItsAbbreviation() {
		assertThat(laws.in("gäller LSS för det här?")).singleElement().satisfies(law -> {
			assertThat(law.oneWord()).isFalse();
			assertThat(law.abbreviations()).containsExactly("LSS");
		});
	}

	@Test
	void findsTheLawsEveryPatternFindsThoughOnlyTextsHoldingANameAreTried() {
		List<String> texts = new ArrayList<>();
		for (LawNames.Law law : laws.all()) {
			for (String name : law.names()) {
				for (String written : List.of(name, name.toUpperCase(Locale.ROOT), name.toLowerCase(Locale.ROOT),
						Character.toUpperCase(name.charAt(0)) + name.substring(1))) {
					texts.add("vad säger " + written + " om det?");
					texts.add("enligt " + written + "s kapitel 5");
					texts.add(written);
				}
			}
		}
		texts.add("ÖVERSIKTSPLANEN OCH PLAN- OCH BYGGLAGEN");
		texts.add("Plan- och bygglagens krav");
		for (String text : texts) {
			assertThat(laws.in(text)).as(text)
				.containsExactlyElementsOf(laws.all().stream().filter(law -> law.namedIn(text)).toList());
		}
		// the texts name laws, so the comparison compared something
		assertThat(texts.stream().filter(text -> !laws.in(text).isEmpty())).hasSizeGreaterThan(laws.all().size());
	}

}
