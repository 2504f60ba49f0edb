package se.fyren.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Fyren in a child JVM on this test's classpath, so a test can kill it with SIGKILL
 * ({@link Process#destroyForcibly} on Linux) and start it again on the same data
 * directory. Its output goes to a log file in the data directory.
 */
public final class ChildFyren implements AutoCloseable {

	private static final Duration START = Duration.ofSeconds(180);

	private final Process process;

	private final int port;

	private final Path log;

	private ChildFyren(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts {@code main} (FyrenApplication, or a test main around it) with these Spring
	 * properties as command-line arguments, and waits until it serves HTTP.
	 */
	public static ChildFyren start(String main, Path dataDir, Map<String, String> properties) {
		int port = freePort();
		List<String> command = command(main, dataDir, properties, port);
		try {
			Files.createDirectories(dataDir);
			Path log = Files.createTempFile(dataDir, "child-", ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			ChildFyren child = new ChildFyren(process, port, log);
			await().atMost(START).pollInterval(Duration.ofMillis(200)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							"Fyren exited with " + process.exitValue() + ":\n" + child.output());
				}
				return child.serves();
			});
			return child;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Fyren in a child JVM", ex);
		}
	}

	/**
	 * Runs {@code main} until it exits by itself (a refused start), or kills it when it
	 * has not within the start time; its exit code and output.
	 */
	public static Exited run(String main, Path dataDir, Map<String, String> properties) {
		List<String> command = command(main, dataDir, properties, freePort());
		try {
			Files.createDirectories(dataDir);
			Path log = Files.createTempFile(dataDir, "child-", ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			boolean exited = process.waitFor(START.toSeconds(), TimeUnit.SECONDS);
			if (!exited) {
				process.destroyForcibly().waitFor();
			}
			String output = Files.readString(log);
			return new Exited(exited ? process.exitValue() : NOT_EXITED, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start Fyren in a child JVM", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The exit code {@link #run} gives when Fyren kept running and was killed. */
	public static final int NOT_EXITED = -1;

	public record Exited(int code, String output) {
	}

	/**
	 * The shared corpus, thesaurus and shipped year wheels, as Fyren run from the
	 * project's root reads them; the test's own settings are added to these.
	 */
	public static Map<String, String> settings(Map<String, String> extra) {
		Path shared = Path.of(System.getProperty("fyren.shared", "../../shared")).toAbsolutePath().normalize();
		Path config = Path.of("..", "config").toAbsolutePath().normalize();
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("fyren.knowledge.reports", shared.resolve("corpus").toString());
		settings.put("fyren.knowledge.thesaurus",
				config.resolve("knowledge/synonyms-sv.txt") + "," + config.resolve("knowledge/glossary-en-sv.txt"));
		settings.put("fyren.wheel.calendars", config.resolve("wheel").toString());
		settings.put("fyren.dialogue.templates", config.resolve("dialogue").toString());
		settings.putAll(extra);
		return settings;
	}

	private static List<String> command(String main, Path dataDir, Map<String, String> properties, int port) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
						System.getProperty("java.class.path"), main));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		command.add("--server.port=" + port);
		command.add("--fyren.knowledge.data-dir=" + dataDir);
		return command;
	}

	public int port() {
		return port;
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	/** What the child wrote so far. */
	public String output() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + log, ex);
		}
	}

	/** SIGKILL: no shutdown hook, no flush, no close. */
	public void kill() {
		process.destroyForcibly();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Fyren survived SIGKILL");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		// 128 + 9: the JVM was killed by SIGKILL, it did not stop on its own.
		if (process.exitValue() != 137) {
			throw new IllegalStateException("Fyren exited with " + process.exitValue() + ", not by SIGKILL");
		}
	}

	private boolean serves() {
		try {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url("/api/texts"))).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port", ex);
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			kill();
		}
	}

}
