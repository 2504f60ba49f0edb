package se.fyren.bot.wheel.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.InProcessFyren;
import se.fyren.bot.PostgresCluster;

/**
 * Two Fyren instances on one real PostgreSQL, Quartz clustered: a reminder missed before
 * they started fires once (misfire: fire now) on one of them; the one that sent it is
 * shut down, and the other sends the next reminder when it falls due. Each is sent
 * exactly once. Runs on real time (Quartz's), so it waits with Awaitility.
 */
class ClusteredRemindersTest {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/**
	 * One cluster: the same scheduler name on both instances (tests otherwise get one
	 * each).
	 */
	@RegisterExtension
	static final PostgresCluster cluster = new PostgresCluster("fyren-cluster");

	@Test
	void twoInstancesSendEachReminderOnceAndTheSurvivorTakesOver() throws IOException {
		// One event three days ahead: its first reminder was due an hour ago, its second
		// falls due in 40 s.
		Instant now = Instant.now();
		LocalDate day = LocalDate.ofInstant(now, STOCKHOLM).plusDays(3);
		Instant event = day.atTime(LocalTime.NOON).atZone(STOCKHOLM).toInstant();
		Duration missed = Duration.between(now.minus(Duration.ofHours(1)), event).withNanos(0);
		Duration next = Duration.between(now.plusSeconds(40), event).withNanos(0);
		Path calendars = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "cluster-wheels-");
		Files.writeString(calendars.resolve("test.yml"), """
				title: Klustertest
				events:
				  - id: budget
				    title: Budget
				    stream: policy
				    kind: beslutspunkt
				    date: {fixed: %s}
				    lead-times: [%s, %s]
				    audiences: [slack:C-CLUSTER]
				""".formatted(day, missed, next), StandardCharsets.UTF_8);

		RecordingOutbox first = new RecordingOutbox();
		RecordingOutbox second = new RecordingOutbox();
		ConfigurableApplicationContext one = start("one", calendars, first);
		ConfigurableApplicationContext two = start("two", calendars, second);
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> first.all().size() + second.all().size() == 1);
			// Both instances keep running a while: the reminder stays sent once.
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(5))
				.until(() -> first.all().size() + second.all().size() == 1);
			boolean oneSent = first.all().size() == 1;
			RecordingOutbox survivor = oneSent ? second : first;
			(oneSent ? one : two).close();

			await().atMost(Duration.ofSeconds(90)).until(() -> survivor.all().size() == 1);
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(5))
				.until(() -> first.all().size() + second.all().size() == 2);
			JdbcClient jdbc = cluster.jdbc();
			List<String> sent = jdbc
				.sql("select lead_key from windows_sent_reminder where event_id = 'budget' order by sent_at")
				.query(String.class)
				.list();
			assertThat(sent).containsExactly(missed.toString(), next.toString());
		}
		finally {
			one.close();
			two.close();
		}
	}

	private static ConfigurableApplicationContext start(String name, Path calendars, RecordingOutbox outbox) {
		Map<String, String> settings = new HashMap<>(InProcessFyren.knowledge("cluster-" + name));
		// Notice the other instance and due triggers within a second, so the test waits
		// seconds, not half a minute.
		settings.put("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000");
		settings.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "1000");
		settings.put("fyren.wheel.calendars", calendars.toAbsolutePath().toString());
		settings.put("fyren.wheel.reminder-time", "12:00");
		settings.put("fyren.knowledge.index-on-start", "false");
		return cluster.clusteredInstance(name, settings,
				beans -> beans.registerBean("recordingOutbox", RecordingOutbox.class, () -> outbox));
	}

}
