package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fyren.bot.MutableClock.stockholm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.ClockDrivenApp;
import se.fyren.bot.InProcessFyren;
import se.fyren.bot.MutableClock;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheels;
import se.fyren.bot.wheel.reminders.RecordingOutbox;
import se.fyren.bot.wheel.reminders.Reminders;

/**
 * A decision point's first reminder can go out the day before its window opens: a lead
 * time of whole days and hours (here 56 days and 12 hours) is due the evening before, and
 * the window opens on the first whole day. That reminder says when the window opens; the
 * next morning's says that it is open, and until when.
 */
@ClockDrivenApp
@Import(RadarReminderBeforeTheWindowTest.Config.class)
class RadarReminderBeforeTheWindowTest {

	private static final LocalDate BUDGET = LocalDate.parse("2026-11-30");

	/** Eight weeks and half a day before, and eight weeks before, 30 November 2026. */
	private static final Path CALENDARS = calendars("""
			title: Radartest
			events:
			  - id: budget
			    title: Budget
			    stream: policy
			    kind: beslutspunkt
			    date: {fixed: 2026-11-30}
			    lead-times: [P56DT12H, P56D]
			    checklist: [Ett färdigt förslag]
			""");

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		InProcessFyren.knowledge("radar-before-window").forEach((name, value) -> registry.add(name, () -> value));
		registry.add("fyren.knowledge.index-on-start", () -> "false");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-radar-eve;DB_CLOSE_DELAY=-1");
		registry.add("fyren.wheel.calendars", CALENDARS::toString);
		registry.add("fyren.wheel.home-calendar", () -> "test");
	}

	@Autowired
	MutableClock clock;

	@Autowired
	Conversation conversation;

	@Autowired
	Reminders reminders;

	@Autowired
	RecordingOutbox outbox;

	@Autowired
	RadarReminderNotes radarNotes;

	@Autowired
	Wheels wheels;

	@Test
	void theEveningBeforeTheWindowOpensTheReminderSaysWhenAndTheNextMorningThatItIsOpen() {
		String channel = "C-RADAR-EVE";
		clock.set(stockholm("2026-09-01T10:00"));
		follow(channel, "2026-09-01", "2026-09-01", "2026-09-01");

		clock.set(stockholm("2026-10-04T20:00"));
		reminders.sendDue();
		assertThat(notes(channel)).containsExactly("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: alla tre strömmarna är levande; fönstret öppnas den 5 oktober.""");

		clock.set(stockholm("2026-10-05T08:00"));
		reminders.sendDue();
		assertThat(notes(channel)).last().isEqualTo("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: fönstret är öppet till och med den 30 november, alla tre strömmarna är levande.""");
		assertThat(inEnglish(channel)).isEqualTo("""
				Followed issues that could land here:
				• *barnfattigdom*: the window is open through 30 November, all three streams are live.""");
	}

	/**
	 * The policy signal of a year before and the other two of four months before all grow
	 * too old on 29 October, before the budget: the note lists the three as prose does,
	 * not "problem och politik och policy".
	 */
	@Test
	void whenAllThreeStreamsGrowTooOldOnOneDayTheOpenWindowsNoteListsThemWithCommasAndAnAnd() {
		String channel = "C-RADAR-AGEING";
		clock.set(stockholm("2026-09-01T10:00"));
		follow(channel, "2026-07-01", "2026-07-01", "2025-10-29");

		clock.set(stockholm("2026-10-05T08:00"));
		reminders.sendDue();
		assertThat(notes(channel)).last().isEqualTo("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: fönstret är öppet till och med den 29 oktober, alla tre strömmarna är levande; \
				sedan behövs en ny signal för problem, politik och policy.""");
		assertThat(inEnglish(channel)).isEqualTo("""
				Followed issues that could land here:
				• *barnfattigdom*: the window is open through 29 October, all three streams are live; \
				after that, problem, politics and policy will need a new signal.""");
	}

	/**
	 * The political motion of 6 June keeps its stream live through 4 October, the last
	 * day before the budget's window opens: the evening reminder says the window will not
	 * open without a new political signal, not that it opens the next day.
	 */
	@Test
	void whenAStreamGrowsTooOldBeforeTheWindowOpensTheReminderSaysWhichNeedsANewSignal() {
		String channel = "C-RADAR-EVE-STALE";
		clock.set(stockholm("2026-09-01T10:00"));
		follow(channel, "2026-09-01", "2026-06-06", "2026-09-01");

		clock.set(stockholm("2026-10-04T20:00"));
		reminders.sendDue();
		assertThat(notes(channel)).containsExactly("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: alla tre strömmarna är levande till och med den 4 oktober; \
				för att fönstret ska öppnas den 5 oktober behövs en ny signal för politik.""");
		assertThat(inEnglish(channel)).isEqualTo("""
				Followed issues that could land here:
				• *barnfattigdom*: all three streams are live through 4 October; \
				for the window to open on 5 October, politics will need a new signal.""");

		clock.set(stockholm("2026-10-05T08:00"));
		reminders.sendDue();
		assertThat(notes(channel)).last().isEqualTo("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: nästan öppet, politik saknas.""");
	}

	/**
	 * Subscribes the channel and follows barnfattigdom, one signal a stream, dated so.
	 */
	private void follow(String channel, String problem, String politics, String policy) {
		say(channel, "prenumerera test");
		say(channel, "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say(channel, "signal barnfattigdom politik: Motion i fullmäktige " + politics);
		say(channel, "signal barnfattigdom problem: HLV 2026 visar ökning " + problem);
		say(channel, "signal barnfattigdom policy: Kostnadsberäknad modell från Falun " + policy);
	}

	/** Each budget reminder's note on the issues followed, in the order sent. */
	private List<String> notes(String channel) {
		return outbox.cards(channel, "Budget")
			.stream()
			.flatMap(card -> card.paragraphs().stream())
			.filter(paragraph -> paragraph.startsWith("Bevakade frågor"))
			.toList();
	}

	/**
	 * The note the budget's reminder would carry now in English (reminders go out in
	 * Swedish).
	 */
	private String inEnglish(String channel) {
		Occurrence budget = wheels.named("test").flatMap(wheel -> wheel.occurrence("budget", BUDGET)).orElseThrow();
		List<String> notes = radarNotes.notes("test", budget, new Audience(Channel.SLACK, channel), Locale.ENGLISH);
		assertThat(notes).hasSize(1);
		return notes.get(0);
	}

	private Reply say(String channel, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, "U-LEAD", channel, text, Inbound.SWEDISH));
	}

	private static Path calendars(String calendar) {
		try {
			Path calendars = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "radar-eve-");
			Files.writeString(calendars.resolve("test.yml"), calendar, StandardCharsets.UTF_8);
			return calendars;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a calendar under target/", ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		RecordingOutbox recordingOutbox() {
			return new RecordingOutbox();
		}

	}

}
