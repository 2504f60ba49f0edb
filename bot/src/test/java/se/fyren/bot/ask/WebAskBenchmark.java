package se.fyren.bot.ask;

import static se.fyren.bot.Latencies.ms;
import static se.fyren.bot.Latencies.percentile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import tools.jackson.databind.json.JsonMapper;

/**
 * Not a unit test: asks a running Fyren's {@code /api/ask} the dev questions from
 * {@code clients} concurrent clients, each sending its next question as soon as the last
 * is answered, and prints the questions answered a second with their latency, to hold
 * beside the in-process limit {@code fyren bench} prints. A warm-up of the same length
 * comes first. Arguments: address, clients, seconds, questions file (JSON lines with a
 * {@code question}).
 */
public final class WebAskBenchmark {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private WebAskBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
		Duration length = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 20);
		Path file = Path.of(args.length > 3 ? args[3] : "../../shared/eval/questions-dev.jsonl");
		List<String> bodies = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			if (!line.isBlank()) {
				String question = JSON.readTree(line).get("question").asString();
				bodies.add(JSON.writeValueAsString(Map.of("question", question)));
			}
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		run(http, base, bodies, clients, length, "warm-up");
		run(http, base, bodies, clients, length, "measured");
	}

	private static void run(HttpClient http, String base, List<String> bodies, int clients, Duration length,
			String label) throws Exception {
		ExecutorService senders = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + length.toNanos();
		long start = System.nanoTime();
		List<Future<long[]>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int first = c;
			done.add(senders.submit(() -> {
				List<Long> latencies = new ArrayList<>();
				long errors = 0;
				for (int i = first; System.nanoTime() < end; i++) {
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ask"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size())))
						.build();
					long before = System.nanoTime();
					int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
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
		senders.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf(Locale.ROOT,
				"%s: %d clients, %.0f s | %.0f questions/s | latency p50 %.1f ms, p99 %.1f ms | errors %d%n", label,
				clients, seconds, sorted.length / seconds, ms(percentile(sorted, 50)), ms(percentile(sorted, 99)),
				errors);
	}

}
