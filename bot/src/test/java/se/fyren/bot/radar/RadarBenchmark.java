package se.fyren.bot.radar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.FyrenApplication;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.wheel.KingdonStream;

/**
 * How fast the radar answers with 200 followed issues and 10 000 signals in one channel
 * (the worst case for {@code radar}, which reads every issue of the place): prints p50,
 * p95 and p99 with min and max, for {@code radar}, {@code radar <namn>} (with the
 * manual's advice searched in the real index) and the nightly watch over all issues. A
 * figure, not a test: run from bot/ after {@code fyren.jar index} has built the data
 * directory given as the first argument.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.fyren.bot.radar.RadarBenchmark /tmp/radar-data
 * </pre>
 */
public final class RadarBenchmark {

	static final int ISSUES = 200;

	static final int SIGNALS = 10_000;

	static final int RUNS = 200;

	static final int WARM_UP = 20;

	private static final String CHANNEL = "C-BENCH";

	private RadarBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "/tmp/radar-data").toAbsolutePath();
		Path shared = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();
		Path config = Path.of("..", "config").toAbsolutePath().normalize();
		Files.createDirectories(data);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FyrenApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--spring.quartz.auto-startup=false",
				"--spring.datasource.url=jdbc:h2:mem:radar-bench;DB_CLOSE_DELAY=-1",
				"--fyren.knowledge.index-on-start=false", "--fyren.knowledge.data-dir=" + data,
				"--fyren.knowledge.reports=" + shared.resolve("corpus"),
				"--fyren.knowledge.thesaurus=" + config.resolve("knowledge/synonyms-sv.txt") + ","
						+ config.resolve("knowledge/glossary-en-sv.txt"),
				"--fyren.wheel.calendars=" + config.resolve("wheel"), "--logging.level.root=warn")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			seed(jdbc);
			Conversation conversation = context.getBean(Conversation.class);
			WindowWatch watch = context.getBean(WindowWatch.class);
			Random random = new Random(16);
			report("radar (all 200 issues)", measure(() -> say(conversation, "radar")));
			report("radar <namn>", measure(() -> say(conversation, "radar fraga" + random.nextInt(ISSUES))));
			report("nightly watch, all issues", measure(watch::checkAll, 3, 20));
		}
	}

	private static void seed(JdbcClient jdbc) {
		Random random = new Random(42);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < ISSUES; i++) {
			String id = UUID.randomUUID().toString();
			ids.add(id);
			jdbc.sql("""
					insert into radar_issue (id, place, name, description, calendar, created_by, created_at, export_key)
					values (:id, :place, :name, :description, 'kommun', 'U1', :at, :key)""")
				.param("id", id)
				.param("place", "slack:" + CHANNEL)
				.param("name", "fraga" + i)
				.param("description", "ekonomisk utsatthet bland barn, fråga " + i)
				.param("at", OffsetDateTime.now())
				.param("key", "k" + i)
				.update();
		}
		KingdonStream[] streams = KingdonStream.values();
		for (int i = 0; i < SIGNALS; i++) {
			jdbc.sql("""
					insert into radar_signal (issue_id, number, stream, text, happened_on, logged_by, logged_at)
					values (:issue, :number, :stream, :text, :date, 'U1', :at)""")
				.param("issue", ids.get(random.nextInt(ISSUES)))
				.param("number", i + 1)
				.param("stream", streams[random.nextInt(streams.length)].key())
				.param("text", "Signal " + i + ": något hände som rör frågan")
				.param("date", today.minusDays(random.nextInt(400)))
				.param("at", OffsetDateTime.now())
				.update();
		}
	}

	private static int say(Conversation conversation, String text) {
		conversation.handle(new Inbound(Channel.SLACK, "U1", CHANNEL, text, Inbound.SWEDISH));
		return 0;
	}

	private static long[] measure(IntSupplier action) {
		return measure(action, WARM_UP, RUNS);
	}

	private static long[] measure(IntSupplier action, int warmUp, int runs) {
		for (int i = 0; i < warmUp; i++) {
			action.getAsInt();
		}
		long[] micros = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			action.getAsInt();
			micros[i] = (System.nanoTime() - start) / 1000;
		}
		Arrays.sort(micros);
		return micros;
	}

	private static void report(String what, long[] micros) {
		System.out.printf("%-28s n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  min %.1f ms  max %.1f ms%n", what,
				micros.length, at(micros, 0.50), at(micros, 0.95), at(micros, 0.99), micros[0] / 1000.0,
				micros[micros.length - 1] / 1000.0);
	}

	private static double at(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
	}

}
