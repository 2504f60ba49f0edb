package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.fyren.bot.MutableClock;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WindowText;
import se.fyren.bot.wheel.calendar.CalendarFiles;
import se.fyren.bot.wheel.WheelTestSupport;

/**
 * The radar on the shipped kommun wheel in the autumn of 2026, by a clock the test moves:
 * which streams are live, what is missing, the next step in Swedish, and when the window
 * opens and closes.
 */
class RadarTest {

	private static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private static final Wheel KOMMUN = new CalendarFiles(WheelTestSupport.CONFIG.resolve("wheel")).load()
		.get("kommun");

	private final MutableClock clock = new MutableClock(
			LocalDate.of(2026, 9, 1).atStartOfDay(MutableClock.STOCKHOLM).plusHours(9).toInstant(),
			MutableClock.STOCKHOLM);

	private final RadarText text = new RadarText(messages(), new WindowText(messages()));

	private final List<Signal> signals = new ArrayList<>();

	@Test
	void saysWhichStreamsAreLiveWhatIsMissingAndTheNextStepBeforeTheNextDecisionPoint() {
		Radar radar = radar(properties(120, 120, 365));
		signal(KingdonStream.PROBLEM, "HLV 2026: andelen barn i hushåll med försörjningsstöd ökade till 9 %",
				"2026-08-20");
		signal(KingdonStream.POLITICS, "Motion om barnfattigdom från (S)", "2026-06-10");

		Radar.Reading reading = read(radar);

		assertThat(reading.missing()).containsExactly(KingdonStream.POLICY);
		assertThat(reading.openFor()).isEmpty();
		assertThat(reading.ahead().get(0).event().id()).isEqualTo("budgetunderlag");
		assertThat(text.state(reading, SWEDISH))
			.isEqualTo("Problem ✓ (HLV 2026, 20 augusti), politik ✓ (Motion om barnfattigdom …, 10 juni), policy saknas"
					+ " → ta fram ett kostnadsberäknat förslag före sista dag för underlag till budgetförslaget"
					+ ", måndag den 5 oktober 2026.");
	}

	/** Three steps read "a, b och c": joined by "och" alone they read "a och b och c". */
	@Test
	void listsTheStepsForThreeMissingStreamsWithCommasAndAnAndBeforeTheLast() {
		Radar.Reading nothing = read(radar(properties(120, 120, 365)));

		assertThat(text.state(nothing, SWEDISH)).isEqualTo("Problem saknas, politik saknas, policy saknas"
				+ " → lyft fram färska siffror eller en händelse som gör problemet synligt"
				+ ", knyt frågan till en politisk prioritering (majoritetens program, en motion, en ny ordförande)"
				+ " och ta fram ett kostnadsberäknat förslag"
				+ " före sista dag för underlag till budgetförslaget, måndag den 5 oktober 2026.");
		assertThat(text.state(nothing, Locale.ENGLISH)).isEqualTo("Problem missing, politics missing, policy missing"
				+ " → bring forward fresh figures or an event that makes the problem visible"
				+ ", tie the issue to a political priority (the majority's programme, a motion, a new chair)"
				+ " and prepare a costed proposal"
				+ " before sista dag för underlag till budgetförslaget on Monday 5 October 2026.");
	}

	@Test
	void windowOpensWhenAllThreeAreLiveWithinTheDecisionPointsLeadTimeAndClosesWhenAStreamGoesStale() {
		Radar radar = radar(properties(120, 120, 365));
		signal(KingdonStream.PROBLEM, "HLV 2026 visar ökning", "2026-08-20");
		signal(KingdonStream.POLITICS, "Ny ordförande i socialnämnden", "2026-08-28");
		signal(KingdonStream.POLICY, "Kostnadsberäknad modell från Falun", "2026-08-25");

		// All live, but the deadline's three weeks' lead time starts 14 September.
		Radar.Reading waiting = read(radar);
		assertThat(waiting.allLive()).isTrue();
		assertThat(waiting.openFor()).isEmpty();
		assertThat(text.state(waiting, SWEDISH)).endsWith(
				"→ Alla tre strömmarna är levande; håll dem levande fram till sista dag för underlag till budgetförslaget, måndag den 5 oktober 2026.");

		clock.set(LocalDate.of(2026, 9, 14).atTime(9, 0).atZone(MutableClock.STOCKHOLM).toInstant());
		Radar.Reading open = read(radar);
		assertThat(open.openFor()).map(occurrence -> occurrence.event().id()).contains("budgetunderlag");
		assertThat(text.state(open, SWEDISH)).contains(
				"→ *Fönstret är öppet* inför sista dag för underlag till budgetförslaget, måndag den 5 oktober 2026: lägg fram förslaget nu.");
		// English writes the date as the year wheel's English does.
		assertThat(text.state(open, Locale.ENGLISH)).endsWith(
				"→ *The window is open* before sista dag för underlag till budgetförslaget on Monday 5 October 2026: put the proposal forward now.");

		// After the deadline, the budget's eight weeks (from 5 October) keep it open.
		clock.set(LocalDate.of(2026, 10, 20).atTime(9, 0).atZone(MutableClock.STOCKHOLM).toInstant());
		assertThat(read(radar).openFor()).map(occurrence -> occurrence.event().id()).contains("budget");

		// The problem signal of 20 August is stale after 120 days: 18 December.
		clock.set(LocalDate.of(2026, 12, 19).atTime(9, 0).atZone(MutableClock.STOCKHOLM).toInstant());
		Radar.Reading stale = read(radar);
		assertThat(stale.missing()).containsExactly(KingdonStream.PROBLEM);
		assertThat(stale.stream(KingdonStream.PROBLEM).stale()).isTrue();
		assertThat(stale.openFor()).isEmpty();
		assertThat(text.state(stale, SWEDISH)).startsWith("Problem: ingen färsk signal (senast 20 augusti), politik ✓");
	}

	/**
	 * The issue's open window and the reminder's question "is this decision point's
	 * window open?" are one rule: on every day of the autumn the first decision point the
	 * second says yes to is the first, and no event that lands no issue (a data release)
	 * has a window.
	 */
	@Test
	void theOpenWindowOfTheReadingIsTheFirstDecisionPointWhoseWindowIsOpen() {
		Radar radar = radar(properties(120, 120, 365));
		signal(KingdonStream.PROBLEM, "HLV 2026 visar ökning", "2026-08-20");
		signal(KingdonStream.POLITICS, "Ny ordförande i socialnämnden", "2026-08-28");
		signal(KingdonStream.POLICY, "Kostnadsberäknad modell från Falun", "2026-08-25");

		int openDays = 0;
		for (LocalDate day = LocalDate.of(2026, 9, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
			clock.set(day.atTime(9, 0).atZone(MutableClock.STOCKHOLM).toInstant());
			Radar.Reading reading = read(radar);
			List<Occurrence> open = KOMMUN.occurrences(day, day.plusYears(1))
				.stream()
				.filter(occurrence -> radar.isOpen(reading, occurrence))
				.toList();
			assertThat(reading.ahead()).as("on %s", day).containsAll(open);
			assertThat(reading.openFor()).as("on %s", day).isEqualTo(open.stream().findFirst());
			openDays += open.isEmpty() ? 0 : 1;
		}
		assertThat(openDays).as("days with an open window").isPositive();
	}

	@Test
	void theHomeSummaryCountsOneIssueInTheSingular() {
		assertThat(text.message("radar.home.summary", SWEDISH, 1, 0))
			.isEqualTo("1 bevakad fråga, 0 med öppet fönster.");
		assertThat(text.message("radar.home.summary", SWEDISH, 2, 1))
			.isEqualTo("2 bevakade frågor, 1 med öppet fönster.");
		assertThat(text.message("radar.home.summary", Locale.ENGLISH, 1, 1))
			.isEqualTo("1 followed issue, 1 with an open window.");
	}

	@Test
	void spansAreSettingsPerStream() {
		signal(KingdonStream.PROBLEM, "HLV", "2026-08-20");
		signal(KingdonStream.POLITICS, "Motion", "2026-08-28");
		signal(KingdonStream.POLICY, "Förslag", "2026-06-01");
		assertThat(read(radar(properties(120, 120, 365))).allLive()).isTrue();
		assertThat(read(radar(properties(120, 120, 60))).missing()).containsExactly(KingdonStream.POLICY);
		assertThat(read(radar(properties(10, 120, 365))).missing()).containsExactly(KingdonStream.PROBLEM);
	}

	@Test
	void aSignalDatedAheadDoesNotMakeItsStreamLiveYet() {
		signal(KingdonStream.POLITICS, "Motion väntas", "2026-10-01");
		assertThat(read(radar(properties(120, 120, 365))).stream(KingdonStream.POLITICS).live()).isFalse();
	}

	private Radar.Reading read(Radar radar) {
		LocalDate today = radar.today();
		List<Occurrence> occurrences = KOMMUN.occurrences(today, today.plusYears(1));
		return radar.read(signals, occurrences);
	}

	private Radar radar(RadarProperties properties) {
		return new Radar(properties, clock, MutableClock.STOCKHOLM);
	}

	private void signal(KingdonStream stream, String text, String date) {
		signals.add(new Signal(signals.size() + 1, signals.size() + 1, "issue", stream, text, LocalDate.parse(date),
				"U1", null, null));
	}

	static RadarProperties properties(int problem, int politics, int policy) {
		return new RadarProperties(Duration.ofDays(problem), Duration.ofDays(politics), Duration.ofDays(policy),
				Duration.ofDays(56), Duration.ofDays(365), "0 10 3 * * ?",
				new RadarProperties.Advice("data", "politik", "förslag"), Duration.ofDays(7), 730, "0 20 3 * * ?");
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/radar", "i18n/wheel");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
