package se.fyren.bot.wheel;

import se.fyren.bot.wheel.calendar.CalendarFiles;
import se.fyren.bot.wheel.calendar.DateRulesTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Windows derived from the shipped wheels. */
class WindowFinderTest {

	private final Map<String, Wheel> wheels = new CalendarFiles(DateRulesTest.WHEELS).load();

	private final WindowFinder finder = new WindowFinder(Duration.ofDays(120), 1);

	@Test
	void autumnOfTheElectionYearIsAWindowWhereAllThreeStreamsMeet() {
		Window budget = only(
				finder.windows(wheels.get("kommun"), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)));
		assertThat(budget.decision().event().id()).isEqualTo("budget");
		assertThat(budget.decision().date()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(budget.strength()).isEqualTo(3);
		assertThat(ids(budget.politics())).containsExactly("val", "nya-fullmaktige");
		assertThat(ids(budget.problem())).containsExactly("delarsrapport");
	}

	@Test
	void budgetInAnOrdinaryYearHasDataButNoPoliticalChange() {
		Window budget = only(
				finder.windows(wheels.get("kommun"), LocalDate.of(2027, 11, 1), LocalDate.of(2027, 12, 31)));
		assertThat(budget.strength()).isEqualTo(2);
		assertThat(budget.politics()).isEmpty();
	}

	@Test
	void regionsBudgetFramesInSpringMeetTheAnnualReport() {
		Window plan = only(finder.windows(wheels.get("region"), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 30)));
		assertThat(plan.decision().event().id()).isEqualTo("strategisk-plan");
		assertThat(ids(plan.problem())).containsExactly("arsredovisning");
		assertThat(plan.strength()).isEqualTo(2);
	}

	@Test
	void minimumStrengthLeavesOutWeakerWindows() {
		WindowFinder strict = new WindowFinder(Duration.ofDays(120), 3);
		assertThat(strict.windows(wheels.get("kommun"), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)))
			.extracting(window -> window.decision().date())
			.containsExactly(LocalDate.of(2026, 11, 30));
	}

	private static Window only(List<Window> windows) {
		assertThat(windows).hasSize(1);
		return windows.get(0);
	}

	private static List<String> ids(List<Occurrence> occurrences) {
		return occurrences.stream().map(occurrence -> occurrence.event().id()).toList();
	}

}
