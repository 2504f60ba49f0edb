package se.fyren.bot.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.answer.AnswerSettings;
import se.fyren.knowledge.ingest.ReadLimits;
import se.fyren.knowledge.search.SearchSettings;

/**
 * The library's search and answer tuning, set from Fyren's settings as Spring binds them:
 * one value replaces its default, the rest keep theirs, and a misspelt name or a bad
 * value stops the start naming the setting.
 */
class KnowledgePropertiesTest {

	@Test
	void oneTuningValueReplacesItsDefaultAndTheRestKeepTheirs() {
		KnowledgeSettings settings = bind(
				Map.of("fyren.knowledge.answer.min-coverage", "0.35", "fyren.knowledge.search.rerank-pool", "80"))
			.settings();

		assertThat(settings.answer().minCoverage()).isEqualTo(0.35);
		assertThat(settings.answer().maxChars()).isEqualTo(AnswerSettings.DEFAULT.maxChars());
		assertThat(settings.search().rerankPool()).isEqualTo(80);
		assertThat(settings.search().synonymWeight()).isEqualTo(SearchSettings.DEFAULT.synonymWeight());
	}

	@Test
	void withoutTuningTheLibrarysOwnValuesApply() {
		KnowledgeSettings settings = bind(Map.of()).settings();

		assertThat(settings.search()).isEqualTo(SearchSettings.DEFAULT);
		assertThat(settings.answer()).isEqualTo(AnswerSettings.DEFAULT);
	}

	@Test
	void aMisspeltOrOutOfRangeTuningValueStopsTheStartNamingIt() {
		assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.answer.min-coverag", "0.35")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("fyren.knowledge.answer.min-coverag is not a setting")
			.hasMessageContaining("min-coverage");
		assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.search.title-boost", "mycket"))).rootCause()
			.hasMessageContaining("fyren.knowledge.search.title-boost must be a number, was 'mycket'");
		assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.answer.min-coverage", "1.5"))).rootCause()
			.hasMessageContaining("fyren.knowledge.answer")
			.hasMessageContaining("[0, 1]");
		assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.search.rerank-pool", "0"))).rootCause()
			.hasMessageContaining("rerankPool at least 1");
		// More than the whole of what the headings add would let a sentence cover more
		// than its passage; NaN would make every score NaN.
		assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.search.sentence-section-share", "1.5"))).rootCause()
			.hasMessageContaining("sentenceSectionShare must lie in [0, 1], was 1.5");
		for (String share : new String[] { "1.5", "-0.1", "NaN" }) {
			assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.answer.section-share", share))).rootCause()
				.hasMessageContaining("sectionShare must lie in [0, 1], was " + Double.parseDouble(share));
		}
		assertThat(bind(Map.of("fyren.knowledge.answer.section-share", "0")).settings().answer().sectionShare())
			.isZero();
	}

	@Test
	void theUnpackedLimitIsSetInMegabytesAndIsTheLibrarysOwnWhenUnset() {
		assertThat(bind(Map.of("fyren.knowledge.max-unpacked-size", "20MB")).settings().read())
			.isEqualTo(new ReadLimits(20L << 20));
		assertThat(bind(Map.of()).settings().read()).isEqualTo(ReadLimits.DEFAULT);
	}

	@Test
	void anUnpackedLimitOfNothingOrPastAGigabyteStopsTheStartNamingIt() {
		for (String limit : new String[] { "0B", "2GB" }) {
			assertThatThrownBy(() -> bind(Map.of("fyren.knowledge.max-unpacked-size", limit)))
				.hasStackTraceContaining("fyren.knowledge.max-unpacked-size must be positive and at most 1GB");
		}
	}

	private static KnowledgeProperties bind(Map<String, String> tuning) {
		Map<String, String> properties = new LinkedHashMap<>(Map.of("fyren.knowledge.reports", "../../shared/corpus",
				"fyren.knowledge.data-dir", "./data", "fyren.knowledge.thesaurus", ""));
		properties.putAll(tuning);
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("fyren.knowledge", KnowledgeProperties.class)
			.get();
	}

}
