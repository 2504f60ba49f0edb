package se.fyren.bot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Not a unit test: sends random and pasted questions to {@code /api/ask} and
 * {@code /api/chat} of a running Fyren and prints how many got each HTTP status, so a 500
 * (or a refused connection) shows. Half the questions are excerpts cut from the reports
 * (50 to 3 000 characters, as a strategist pastes a paragraph), half random: words drawn
 * from the reports, invented words, and characters from all over Unicode, including
 * control characters and unpaired surrogates. Seeded, so a run can be repeated:
 * {@code java ... se.fyren.bot.web.QuestionFuzzBenchmark [url] [questions] [seed]}.
 */
public final class QuestionFuzzBenchmark {

	/** The longest excerpt: a page of a report. */
	static final int MAX_EXCERPT = 3_000;

	static final int MIN_EXCERPT = 50;

	/** The most words in a random question: well past what a query can take whole. */
	static final int MAX_WORDS = 400;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private QuestionFuzzBenchmark() {
	}

	record Outcome(String endpoint, String kind, int status, int words) {
	}

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		int questions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 11L;
		Path corpus = Path.of(System.getProperty("fyren.shared", "../../shared"), "corpus");
		List<String> reports = reports(corpus);
		List<String> vocabulary = reports.stream()
			.flatMap(text -> Stream.of(text.split("[^\\p{L}\\p{N}-]+")))
			.filter(word -> word.length() > 1)
			.distinct()
			.toList();
		Random random = new Random(seed);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<Outcome> outcomes = new ArrayList<>();
		for (int i = 0; i < questions; i++) {
			boolean pasted = i % 2 == 0;
			String question = pasted ? excerpt(reports, random) : randomQuestion(vocabulary, random);
			String endpoint = i % 4 < 2 ? "/api/ask" : "/api/chat";
			String body = endpoint.equals("/api/ask") ? JSON.writeValueAsString(Map.of("question", question))
					: JSON.writeValueAsString(Map.of("text", question, "locale", "sv"));
			outcomes.add(new Outcome(endpoint, pasted ? "pasted" : "random", send(http, base + endpoint, body),
					question.split("\\s+").length));
		}
		print(outcomes, questions, seed);
	}

	private static void print(List<Outcome> outcomes, int questions, long seed) {
		System.out.printf("%d questions (seed %d)%n", questions, seed);
		Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
		for (Outcome outcome : outcomes) {
			counts.computeIfAbsent(outcome.endpoint() + " " + outcome.kind(), key -> new TreeMap<>())
				.merge(outcome.status(), 1, Integer::sum);
		}
		counts.forEach((key, statuses) -> System.out.printf("%-18s %s%n", key, statuses));
		Map<Integer, Integer> all = new TreeMap<>();
		outcomes.forEach(outcome -> all.merge(outcome.status(), 1, Integer::sum));
		System.out.printf("%-18s %s%n", "all", all);
		List<Integer> failedWords = outcomes.stream()
			.filter(outcome -> outcome.status() >= 500 || outcome.status() < 0)
			.map(Outcome::words)
			.sorted()
			.toList();
		if (!failedWords.isEmpty()) {
			System.out.printf("server errors: %d, their questions' word counts %s%n", failedWords.size(), failedWords);
		}
	}

	/** The HTTP status, or -1 when the request got no answer at all. */
	private static int send(HttpClient http, String url, String body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static String excerpt(List<String> reports, Random random) {
		String report = reports.get(random.nextInt(reports.size()));
		int length = Math.min(report.length(), MIN_EXCERPT + random.nextInt(MAX_EXCERPT - MIN_EXCERPT));
		int start = random.nextInt(report.length() - length + 1);
		return report.substring(start, start + length);
	}

	private static String randomQuestion(List<String> vocabulary, Random random) {
		int words = 1 + random.nextInt(MAX_WORDS);
		StringBuilder question = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i > 0) {
				question.append(' ');
			}
			switch (random.nextInt(3)) {
				case 0 -> question.append(vocabulary.get(random.nextInt(vocabulary.size())));
				case 1 -> question.append(inventedWord(random));
				default -> question.append(anyCharacters(random));
			}
		}
		return question.append(random.nextBoolean() ? "?" : "").toString();
	}

	private static String inventedWord(Random random) {
		String letters = "abcdefghijklmnopqrstuvwxyzåäö";
		StringBuilder word = new StringBuilder();
		for (int i = 0, n = 2 + random.nextInt(14); i < n; i++) {
			word.append(letters.charAt(random.nextInt(letters.length())));
		}
		return word.toString();
	}

	/** Anything a paste or a broken client can send, surrogate halves included. */
	private static String anyCharacters(Random random) {
		StringBuilder text = new StringBuilder();
		for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
			text.append((char) random.nextInt(Character.MAX_VALUE + 1));
		}
		return text.toString();
	}

	private static List<String> reports(Path corpus) {
		try (Stream<Path> files = Files.list(corpus)) {
			return files.filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".md"))
				.sorted()
				.map(QuestionFuzzBenchmark::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the reports in " + corpus, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

}
