package se.fyren.bot.wheel.calendar;

import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Date rules on the shipped wheels and on small calendars, across years, election years
 * and leap years.
 */
public class DateRulesTest {

	public static final Path WHEELS = Path.of("..", "config", "wheel").toAbsolutePath().normalize();

	private final Map<String, Wheel> wheels = new CalendarFiles(WHEELS).load();

	private final Wheel kommun = wheels.get("kommun");

	@Test
	void generalElectionIsTheSecondSundayOfSeptemberEveryFourthYear() {
		assertThat(dates(kommun, "val", 2025, 2034)).containsExactly(LocalDate.of(2026, 9, 13),
				LocalDate.of(2030, 9, 8), LocalDate.of(2034, 9, 10));
	}

	@Test
	void newAssemblyTakesOfficeInOctoberAndTheBoardOnFirstJanuaryAfter() {
		assertThat(dates(kommun, "nya-fullmaktige", 2026, 2030)).containsExactly(LocalDate.of(2026, 10, 15),
				LocalDate.of(2030, 10, 15));
		assertThat(dates(kommun, "ny-kommunstyrelse", 2026, 2031)).containsExactly(LocalDate.of(2027, 1, 1),
				LocalDate.of(2031, 1, 1));
	}

	@Test
	void budgetBillComesOnTwentiethSeptemberExceptInElectionYears() {
		assertThat(dates(kommun, "budgetpropositionen", 2026, 2027)).containsExactly(LocalDate.of(2027, 9, 20));
		// 20 September 2025 is a Saturday: the working day before.
		assertThat(dates(kommun, "budgetpropositionen", 2025, 2025)).containsExactly(LocalDate.of(2025, 9, 19));
		assertThat(dates(kommun, "budgetpropositionen-valar", 2025, 2030)).containsExactly(LocalDate.of(2026, 11, 13),
				LocalDate.of(2030, 11, 15));
	}

	@Test
	void budgetDecisionMovesBackToAWorkingDayBeforeDecemberAndTheDeadlineFollowsIt() {
		// 30 Nov 2025 is a Sunday, 30 Nov 2026 a Monday.
		assertThat(dates(kommun, "budget", 2025, 2026)).containsExactly(LocalDate.of(2025, 11, 28),
				LocalDate.of(2026, 11, 30));
		assertThat(dates(kommun, "budgetunderlag", 2026, 2026)).containsExactly(LocalDate.of(2026, 10, 5));
	}

	@Test
	void organisationFileOverridesOnlyTheDatesItGives() {
		Wheel falun = wheels.get("falun");
		assertThat(dates(falun, "budget", 2026, 2026)).containsExactly(LocalDate.of(2026, 11, 19));
		assertThat(falun.event("budget").orElseThrow().checklist())
			.isEqualTo(kommun.event("budget").orElseThrow().checklist());
		// Relative rules follow the overridden base.
		assertThat(dates(falun, "budgetunderlag", 2026, 2026)).containsExactly(LocalDate.of(2026, 9, 24));
		assertThat(falun.events()).hasSameSizeAs(kommun.events());
	}

	@Test
	void leapDayFallsOnTheLastDayOfFebruaryInCommonYears() {
		Wheel wheel = wheel(
				"""
						events:
						  - {id: skottdag, title: Skottdag, stream: problem, kind: möte, date: {yearly: 02-29}}
						  - {id: efter, title: Efter, stream: problem, kind: möte, date: {relative: {to: skottdag, offset: +1 days}}}
						""");
		assertThat(dates(wheel, "skottdag", 2027, 2028)).containsExactly(LocalDate.of(2027, 2, 28),
				LocalDate.of(2028, 2, 29));
		assertThat(dates(wheel, "efter", 2028, 2028)).containsExactly(LocalDate.of(2028, 3, 1));
	}

	@Test
	void workingDaysSkipEasterMidsummerAndChristmas() {
		Wheel wheel = wheel(
				"""
						events:
						  - {id: langfredag, title: L, stream: problem, kind: möte, date: {fixed: 2027-03-26, working-day: next}}
						  - {id: fore-pask, title: F, stream: problem, kind: möte, date: {relative: {to: langfredag, offset: -2 working days}}}
						  - {id: midsommar, title: M, stream: problem, kind: möte, date: {yearly: 06-19, working-day: next}}
						  - {id: jul, title: J, stream: problem, kind: möte, date: {yearly: 12-24, working-day: next}}
						  - {id: sista-fredag, title: S, stream: problem, kind: möte, date: {nth-weekday: last friday februari}}
						""");
		// Good Friday 26 March 2027, Easter Monday 29 March: the next working day is
		// Tuesday 30 March.
		assertThat(dates(wheel, "langfredag", 2027, 2027)).containsExactly(LocalDate.of(2027, 3, 30));
		// Two working days before Tuesday 30 March skip Easter Monday to Good Friday:
		// Wednesday 24 March.
		assertThat(dates(wheel, "fore-pask", 2027, 2027)).containsExactly(LocalDate.of(2027, 3, 24));
		// Midsommarafton 2026 is Friday 19 June: the next working day is Monday 22 June.
		assertThat(dates(wheel, "midsommar", 2026, 2026)).containsExactly(LocalDate.of(2026, 6, 22));
		// 24-26 Dec 2026 Thu-Sat, then Sunday: Monday 28 December.
		assertThat(dates(wheel, "jul", 2026, 2026)).containsExactly(LocalDate.of(2026, 12, 28));
		assertThat(dates(wheel, "sista-fredag", 2028, 2028)).containsExactly(LocalDate.of(2028, 2, 25));
	}

	@Test
	void easterFollowsTheGregorianComputus() {
		assertThat(SwedishHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(SwedishHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(SwedishHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
		assertThat(new SwedishHolidays().isHoliday(LocalDate.of(2026, 10, 31))).isTrue();
		assertThat(new SwedishHolidays().isHoliday(LocalDate.of(2026, 5, 14))).isTrue();
		assertThat(new SwedishHolidays().isHoliday(LocalDate.of(2026, 5, 13))).isFalse();
	}

	static List<LocalDate> dates(Wheel wheel, String event, int fromYear, int toYear) {
		return wheel.occurrences(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))
			.stream()
			.filter(occurrence -> occurrence.event().id().equals(event))
			.map(Occurrence::date)
			.toList();
	}

	static Wheel wheel(String yaml) {
		return CalendarFilesTest.load(java.util.Map.of("test.yml", yaml)).get("test");
	}

}
