package se.fyren.bot.slack;

import static se.fyren.bot.Latencies.ms;
import static se.fyren.bot.Latencies.percentile;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.fyren.bot.FyrenApplication;

/**
 * Not a unit test: starts Fyren against a {@link FakeSlack}, fires concurrent signed
 * {@code /fyren} commands over loopback and prints how fast Slack got its acknowledgement
 * and the answer. In this package because it reuses the tests' fake Slack and signer. Run
 * with the command in the Slack section of the report:
 * {@code java ... se.fyren.bot.slack.SlackLoadBenchmark [requests] [rounds] [warm-up] [file]}.
 * The JVM is warmed up with bursts of the same size first (4 unless given; 20, a thousand
 * answers, for a server that has run a while), and each measured burst is printed, so the
 * spread over rounds shows; waiting for answers sleeps rather than spins, so the
 * benchmark leaves both cores to the application. With {@code file}, Fyren keeps its
 * records in its default database, an H2 file that each commit is written to, as a server
 * does; otherwise in memory, as the tests do. Each burst also prints the process's CPU
 * time a request, which a busy machine does not stretch as it does the latencies, the
 * part of it the benchmark's own threads took (its senders, over HttpURLConnection, which
 * costs less than java.net.http's client; the fake Slack; the polling), and the JIT
 * compiler's time during the burst: a JVM still compiling is not yet a warm server.
 */
public final class SlackLoadBenchmark {

	private static final String[] QUESTIONS = { "Vilka tre strömmar ingår i Kingdons modell?",
			"Vad är dialogkedjan och hur lång tid tar den?", "Vilka åtta målområden har folkhälsopolitiken?",
			"Vad är proportionell universalism?", "Vilka kommuner deltog i lärprojektet?" };

	// Bursts before measuring unless given: enough for the JIT to compile the search and
	// answer paths (a cold JVM's first burst took seconds), not for all of it.
	private static final int WARMUP_BURSTS = 4;

	private static final long POLL_MILLIS = 1;

	private static final String SENDER = "bench-sender-";

	/** The thread of the JDK's HTTP server that accepts and parses for the fake Slack. */
	private static final String FAKE_SLACK_DISPATCHER = "HTTP-Dispatcher";

	// Late duplicates would arrive within a moment of the answers.
	private static final long LATE_MILLIS = 500;

	private SlackLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int requests = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : WARMUP_BURSTS;
		boolean fileDatabase = args.length > 3 && "file".equals(args[3]);
		// HttpURLConnection keeps 5 idle connections a server unless told: every sender
		// keeps its own, as java.net.http's client did, so each burst is not 45 new
		// connections.
		System.setProperty("http.maxConnections", String.valueOf(requests));
		try (FakeSlack slack = new FakeSlack();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(FyrenApplication.class)
					.run(arguments(slack, fileDatabase))) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			SignedSlack signed = new SignedSlack(port);
			// One pool for every burst: threads started afresh for each would be the
			// benchmark's CPU, not Fyren's.
			ExecutorService senders = Executors.newFixedThreadPool(requests, named(SENDER));
			try {
				for (int i = 0; i < warmUp; i++) {
					run(slack, signed, senders, requests, "warm-up " + (i + 1));
				}
				for (int i = 0; i < rounds; i++) {
					run(slack, signed, senders, requests, "measured " + (i + 1));
				}
			}
			finally {
				senders.shutdownNow();
			}
		}
	}

	/**
	 * As command-line arguments, which win over application.yml (builder properties would
	 * not).
	 */
	private static String[] arguments(FakeSlack slack, boolean fileDatabase) {
		List<String> arguments = new ArrayList<>();
		Map<String, String> properties = SlackTestApp.properties(slack);
		if (fileDatabase) {
			properties.remove("spring.datasource.url");
		}
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.addAll(List.of("--server.port=0", "--logging.level.root=warn", "--logging.level.se.fyren=warn"));
		return arguments.toArray(String[]::new);
	}

	private static void run(FakeSlack slack, SignedSlack signed, ExecutorService senders, int requests, String label)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<long[]>> sent = new ArrayList<>();
		String run = label.replace(' ', '-') + "-" + System.nanoTime();
		for (int i = 0; i < requests; i++) {
			String url = slack.responseUrl(run + "-" + i);
			var request = signed.slashCommand("UBENCH" + i, "CBENCH", QUESTIONS[i % QUESTIONS.length], url,
					run + "-trigger-" + i);
			sent.add(senders.submit(() -> {
				start.await();
				long before = System.nanoTime();
				int status = signed.post(request);
				return new long[] { before, System.nanoTime() - before, status };
			}));
		}
		long cpuBefore = processCpuNanos();
		long ownBefore = benchmarkCpuNanos();
		long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		start.countDown();
		long[] acks = new long[requests];
		long[] starts = new long[requests];
		int errors = 0;
		for (int i = 0; i < requests; i++) {
			long[] result = sent.get(i).get(30, TimeUnit.SECONDS);
			starts[i] = result[0];
			acks[i] = result[1];
			if (result[2] != 200) {
				errors++;
			}
		}
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<Long> answered = new ArrayList<>();
		int duplicates = 0;
		int missing = 0;
		for (int i = 0; i < requests; i++) {
			String url = slack.responseUrl(run + "-" + i);
			while (slack.responses(url).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(POLL_MILLIS);
			}
			List<FakeSlack.Call> responses = slack.responses(url);
			if (responses.isEmpty()) {
				missing++;
				continue;
			}
			duplicates += responses.size() - 1;
			answered.add(responses.get(0).receivedNanos() - starts[i]);
		}
		long cpu = processCpuNanos() - cpuBefore;
		long own = benchmarkCpuNanos() - ownBefore;
		long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
		Thread.sleep(LATE_MILLIS);
		int late = 0;
		for (int i = 0; i < requests; i++) {
			late += Math.max(0, slack.responses(slack.responseUrl(run + "-" + i)).size() - 1);
		}
		Arrays.sort(acks);
		long[] answers = answered.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"%s: %d concurrent /fyren | ack p50 %.1f ms, p99 %.1f ms, max %.1f ms | answer posted p50 %.0f ms, p95 %.0f ms, max %.0f ms | process CPU a request %.2f ms (the benchmark's own threads %.2f), JIT compiling %d ms | ack errors %d, unanswered %d, duplicates %d%n",
				label, requests, ms(percentile(acks, 50)), ms(percentile(acks, 99)), ms(acks[acks.length - 1]),
				ms(percentile(answers, 50)), ms(percentile(answers, 95)),
				ms(answers.length == 0 ? 0 : answers[answers.length - 1]), ms(cpu) / requests, ms(own) / requests, jit,
				errors, missing, Math.max(duplicates, late));
	}

	/**
	 * The CPU time of the benchmark's own threads, which are not Fyren: its senders, the
	 * fake Slack's server and main's polling for answers. The JIT's compiling for them is
	 * not in it.
	 */
	private static long benchmarkCpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && isBenchmarks(info.getThreadName())) {
				total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
			}
		}
		return total;
	}

	private static boolean isBenchmarks(String thread) {
		return thread.startsWith(SENDER) || thread.startsWith(FakeSlack.THREAD_NAME)
				|| thread.equals(FAKE_SLACK_DISPATCHER) || thread.equals("main");
	}

	private static ThreadFactory named(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return work -> {
			Thread thread = new Thread(work, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/**
	 * The CPU time of this whole process, Fyren with the benchmark's own senders and fake
	 * Slack: unlike the latencies, it does not grow with what else the machine runs.
	 */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

}
