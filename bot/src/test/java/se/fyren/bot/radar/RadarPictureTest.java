package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.fyren.bot.wheel.KingdonStream;

/** Where the radar picture puts a signal's dot, at the edges of the time it shows. */
class RadarPictureTest {

	private static final LocalDate FROM = LocalDate.of(2026, 3, 1);

	private static final LocalDate TO = LocalDate.of(2027, 9, 7);

	@Test
	void aSignalBeforeThePictureWhoseSpanReachesIntoItStandsOnItsFirstDay() {
		assertThat(RadarPicture.dotDay(chart(), problem("2026-02-28"))).contains(FROM);
		// 120 days after 1 November 2025 is 1 March 2026, the span's last live day.
		assertThat(RadarPicture.dotDay(chart(), problem("2025-11-01"))).contains(FROM);
		assertThat(RadarPicture.dotDay(chart(), problem("2025-10-31"))).isEmpty();
	}

	@Test
	void aSignalInThePictureStandsOnItsOwnDayToTheLast() {
		assertThat(RadarPicture.dotDay(chart(), problem("2026-03-01"))).contains(FROM);
		assertThat(RadarPicture.dotDay(chart(), problem("2026-12-31"))).contains(LocalDate.of(2026, 12, 31));
		assertThat(RadarPicture.dotDay(chart(), problem("2027-09-07"))).contains(TO);
		assertThat(RadarPicture.dotDay(chart(), problem("2027-09-08"))).isEmpty();
	}

	private static Signal problem(String date) {
		return new Signal(1, 1, "issue", KingdonStream.PROBLEM, "text", LocalDate.parse(date), null, null, null);
	}

	private static RadarPicture.Chart chart() {
		return new RadarPicture.Chart("issue", FROM, TO, LocalDate.of(2026, 12, 7), List.of(),
				Map.of(KingdonStream.PROBLEM, 120L, KingdonStream.POLITICS, 120L, KingdonStream.POLICY, 365L),
				List.of(), Map.of(), "fönster", Locale.forLanguageTag("sv"));
	}

}
