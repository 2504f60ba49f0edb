package se.fyren.bot.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.wheel.calendar.CalendarFiles;
import se.fyren.bot.wheel.calendar.DateRulesTest;

/**
 * Why a decision point is a window, in words, on the shipped wheels and the message
 * files: the streams said to meet are the ones whose events are named, and English agrees
 * with one event or several.
 */
class WindowTextTest {

	private final Map<String, Wheel> wheels = new CalendarFiles(DateRulesTest.WHEELS).load();

	private final WindowFinder finder = new WindowFinder(Duration.ofDays(120), 1);

	private final WindowText text = new WindowText(messages());

	@Test
	void twoDataReleasesBeforeTheBudgetFramesMeetThePolicyStreamNotEachOther() {
		Window frames = only(finder.windows(wheels.get("kommun"), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 30)));
		assertThat(frames.problem()).extracting(occurrence -> occurrence.event().stream())
			.containsOnly(KingdonStream.PROBLEM)
			.hasSize(2);

		assertThat(text.explanation(frames, Inbound.SWEDISH)).isEqualTo(
				"Problemströmmen möter policyströmmen: Årsredovisningen lämnas (15 april) och Resultat från Hälsa på lika villkor (15 juni) ger nya data inför Fullmäktige beslutar om budgetramar, torsdag den 17 juni 2027. Använd siffrorna i ett förslag till beslutet.");
		assertThat(text.explanation(frames, Locale.ENGLISH)).isEqualTo(
				"The problem stream meets the policy stream: Årsredovisningen lämnas (15 April) and Resultat från Hälsa på lika villkor (15 June) bring fresh data before Fullmäktige beslutar om budgetramar on Thursday 17 June 2027. Use the figures in a proposal for the decision.");
	}

	@Test
	void oneDataReleaseBringsItsDataInEnglish() {
		Window plan = only(finder.windows(wheels.get("region"), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 30)));

		assertThat(text.explanation(plan, Locale.ENGLISH))
			.startsWith("The problem stream meets the policy stream: Årsredovisning")
			.contains(") brings fresh data before ");
	}

	@Test
	void politicalChangeAloneMeetsThePolicyStreamWithItsOwnEvents() {
		Window budget = only(
				finder.windows(wheels.get("kommun"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
		Window politicsOnly = new Window(budget.wheel(), budget.decision(), List.of(), budget.politics());

		assertThat(text.explanation(politicsOnly, Inbound.SWEDISH)).startsWith(
				"Politikströmmen möter policyströmmen: Allmänna val (13 september) och Nya kommunfullmäktige tillträder (15 oktober) ger politisk förändring inför Fullmäktige beslutar om budget");
		assertThat(text.explanation(politicsOnly, Locale.ENGLISH)).contains("(15 October) bring political change");
	}

	/**
	 * The decision's date stands in a sentence, so Swedish says "den" after its weekday;
	 * a heading or a list line keeps the short form.
	 */
	@Test
	void aDecisionsDateInTheSentenceReadsAsSwedishProseDoes() {
		Window budget = only(
				finder.windows(wheels.get("kommun"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
		Window alone = new Window(budget.wheel(), budget.decision(), List.of(), List.of());

		assertThat(text.explanation(budget, Inbound.SWEDISH))
			.contains("ger politisk förändring inför Fullmäktige beslutar om budget, måndag den 30 november 2026.");
		assertThat(text.explanation(alone, Inbound.SWEDISH))
			.startsWith("Fullmäktige beslutar om budget, måndag den 30 november 2026, är en beslutspunkt, men varken");
		assertThat(text.explanation(alone, Locale.ENGLISH))
			.startsWith("Fullmäktige beslutar om budget on Monday 30 November 2026 is a decision point");
		assertThat(text.date(budget.decision().date(), Inbound.SWEDISH)).isEqualTo("måndag 30 november 2026");
	}

	@Test
	void aStreamIsCalledAStreamInItsOwnNameToo() {
		// A window's card counts "2 av 3 strömmar" and says "Problemströmmen möter
		// policyströmmen"; its dates named their stream "Problemflödet", the Samling
		// report's word, one line below.
		for (KingdonStream stream : KingdonStream.values()) {
			assertThat(messages().getMessage(stream.label(), null, Inbound.SWEDISH)).endsWith("strömmen");
			assertThat(messages().getMessage(stream.label(), null, Locale.ENGLISH)).endsWith("stream");
		}
	}

	private static Window only(List<Window> windows) {
		assertThat(windows).hasSize(1);
		return windows.get(0);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/wheel");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
