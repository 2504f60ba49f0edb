package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static se.fyren.bot.MutableClock.stockholm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

	private static final String CHANNEL = "C-RADAR-EVE";

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

	@Test
	void theEveningBeforeTheWindowOpensTheReminderSaysWhenAndTheNextMorningThatItIsOpen() {
		clock.set(stockholm("2026-09-01T10:00"));
		say("prenumerera test");
		say("bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say("signal barnfattigdom politik: Motion i fullmäktige");
		say("signal barnfattigdom problem: HLV 2026 visar ökning");
		say("signal barnfattigdom policy: Kostnadsberäknad modell från Falun");

		clock.set(stockholm("2026-10-04T20:00"));
		reminders.sendDue();
		assertThat(notes()).containsExactly("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: alla tre strömmarna är levande; fönstret öppnas den 5 oktober.""");

		clock.set(stockholm("2026-10-05T08:00"));
		reminders.sendDue();
		assertThat(notes()).last().isEqualTo("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: fönstret är öppet till och med den 30 november, alla tre strömmarna är levande.""");
	}

	/** Each budget reminder's note on the issues followed, in the order sent. */
	private List<String> notes() {
		return outbox.cards(CHANNEL, "Budget")
			.stream()
			.flatMap(card -> card.paragraphs().stream())
			.filter(paragraph -> paragraph.startsWith("Bevakade frågor"))
			.toList();
	}

	private Reply say(String text) {
		return conversation.handle(new Inbound(Channel.SLACK, "U-LEAD", CHANNEL, text, Inbound.SWEDISH));
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
