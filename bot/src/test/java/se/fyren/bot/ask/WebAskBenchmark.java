package se.fyren.bot.ask;

import static se.fyren.bot.Latencies.ms;
import static se.fyren.bot.Latencies.percentile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.sun.management.OperatingSystemMXBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a unit test: asks a running Fyren's {@code /api/ask} the dev questions from
 * {@code clients} concurrent clients, each sending its next question as soon as the last
 * is answered, and prints the questions answered a second with their latency, to hold
 * beside the in-process limit {@code fyren bench} prints. A warm-up of the same length
 * comes first. Arguments: address, clients, seconds, questions file (JSON lines with a
 * {@code question}), and optionally the management address: then it also prints the
 * server's CPU time per question (from {@code process.cpu.time}), which a busy machine
 * does not inflate as it does questions a second.
 * <p>
 * The clients run on the same cores as the server, so their own cost is printed too, and
 * kept low: {@link HttpURLConnection} (blocking, one kept-alive connection per client)
 * costs a fraction of the CPU per request of {@code java.net.http.HttpClient}, whose
 * asynchronous machinery took about a third of both cores at 16 clients.
 */
public final class WebAskBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int CONNECT_TIMEOUT_MS = 5_000;

	private static final int READ_TIMEOUT_MS = 30_000;

	private WebAskBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		Duration length = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
		Path file = Path.of(args.length > 3 ? args[3] : "../../shared/eval/questions-dev.jsonl");
		String management = args.length > 4 ? args[4] : null;
		List<byte[]> bodies = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				String question = JSON.readTree(line).get("question").asString();
				bodies.add(JSON.writeValueAsString(Map.of("question", question)).getBytes(StandardCharsets.UTF_8));
			}
		}
		URL ask = URI.create(base + "/api/ask").toURL();
		run(ask, management, bodies, clients, length, "warm-up");
		run(ask, management, bodies, clients, length, "measured");
	}

	private static void run(URL ask, String management, List<byte[]> bodies, int clients, Duration length, String label)
			throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(clients);
		OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long clientCpuBefore = os.getProcessCpuTime();
		double serverCpuBefore = management == null ? 0 : serverCpuNanos(management);
		long end = System.nanoTime() + length.toNanos();
		long start = System.nanoTime();
		List<Future<long[]>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int first = c;
			done.add(senders.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				long errors = 0;
				for (int i = first; System.nanoTime() < end; i++) {
					long before = System.nanoTime();
					int status = post(ask, bodies.get(i % bodies.size()));
					latencies.add(System.nanoTime() - before);
					if (status != 200) {
						errors++;
					}
				}
				long[] result = new long[latencies.size() + 1];
				result[0] = errors;
				for (int i = 0; i < latencies.size(); i++) {
					result[i + 1] = latencies.get(i);
				}
				return result;
			}));
		}
		List<Long> all = new ArrayList<>();
		long errors = 0;
		for (Future<long[]> client : done) {
			long[] result = client.get();
			errors += result[0];
			for (int i = 1; i < result.length; i++) {
				all.add(result[i]);
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long clientCpu = os.getProcessCpuTime() - clientCpuBefore;
		String server = "";
		if (management != null && !all.isEmpty()) {
			double serverCpu = serverCpuNanos(management) - serverCpuBefore;
			// The benchmark runs beside the server (see above), so its cores are the
			// server's.
			int cores = Runtime.getRuntime().availableProcessors();
			server = String.format(Locale.ROOT, " | server CPU %.2f ms a question (%.0f questions/s on %d cores)",
					ms((long) (serverCpu / all.size())), cores * 1e9 * all.size() / serverCpu, cores);
		}
		senders.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"%s: %d clients, %.0f s | %.0f questions/s | latency p50 %.1f ms, p99 %.1f ms | errors %d"
						+ " | client CPU %.2f ms a question%s%n",
				label, clients, seconds, sorted.length / seconds, ms(percentile(sorted, 50)),
				ms(percentile(sorted, 99)), errors, ms(clientCpu / Math.max(1, sorted.length)), server);
	}

	/**
	 * One question; the answer is read to its end so the connection is kept for the next.
	 */
	private static int post(URL ask, byte[] body) throws IOException {
		HttpURLConnection http = (HttpURLConnection) ask.openConnection();
		http.setConnectTimeout(CONNECT_TIMEOUT_MS);
		http.setReadTimeout(READ_TIMEOUT_MS);
		http.setDoOutput(true);
		http.setRequestMethod("POST");
		http.setRequestProperty("Content-Type", "application/json");
		http.setFixedLengthStreamingMode(body.length);
		try (OutputStream out = http.getOutputStream()) {
			out.write(body);
		}
		int status = http.getResponseCode();
		try (InputStream in = status < 400 ? http.getInputStream() : http.getErrorStream()) {
			if (in != null) {
				in.transferTo(OutputStream.nullOutputStream());
			}
		}
		return status;
	}

	/** The server's process CPU time so far, from its metrics endpoint. */
	private static double serverCpuNanos(String management) throws IOException {
		try (InputStream in = URI.create(management + "/actuator/metrics/process.cpu.time").toURL().openStream()) {
			return JSON.readTree(in).get("measurements").get(0).get("value").asDouble();
		}
	}

}
