package se.fyren.bot.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class of the test class path run in a JVM of its own, its standard output and error
 * in a file: for what a test JVM that already holds other contexts cannot show (logging
 * set up from scratch, a SIGTERM).
 */
final class ChildJvm implements AutoCloseable {

	private final Process process;

	private final Path output;

	ChildJvm(Path output, Class<?> main, String... args) {
		this(output, null, main, args);
	}

	/**
	 * Standard error in a file of its own ({@code errors}), or with standard output when
	 * null: a command whose output is parsed keeps its log apart.
	 */
	ChildJvm(Path output, Path errors, Class<?> main, String... args) {
		this(output, errors, null, main, args);
	}

	/**
	 * Started in {@code folder}, as an administrator starts it from a folder of their
	 * own.
	 */
	static ChildJvm inFolder(Path folder, Path output, Class<?> main, String... args) {
		return new ChildJvm(output, null, folder, main, args);
	}

	private ChildJvm(Path output, Path errors, Path folder, Class<?> main, String... args) {
		this.output = output;
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(output.toFile());
			// The child's settings are its arguments and its folder's: an environment
			// variable of Fyren's or Spring's where the tests run would decide for it.
			builder.environment().keySet().removeIf(name -> name.startsWith("FYREN_") || name.startsWith("SPRING_"));
			if (folder != null) {
				builder.directory(folder.toFile());
			}
			if (errors == null) {
				builder.redirectErrorStream(true);
			}
			else {
				builder.redirectError(errors.toFile());
			}
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start a JVM for " + main.getName(), ex);
		}
	}

	String output() {
		try {
			return Files.readString(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGTERM, as systemd or a container runtime stops Fyren; the exit code. */
	int terminate(Duration patience) {
		process.destroy();
		return waitFor(patience);
	}

	int waitFor(Duration patience) {
		try {
			if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("The child JVM did not end within " + patience + ":\n" + output());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}

}
