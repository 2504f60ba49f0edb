package se.fyren.bot.chat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Refuses to start on an embedded H2 database file that exists but is empty or cut short:
 * H2 would silently create a new, empty database in its place, and every dialogue chain,
 * rating and sent-reminder record would be gone. Checked before the data source is first
 * used (Flyway).
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseFile {

	/**
	 * An MVStore file starts with two 4 KB header blocks, each beginning "H:2,"; anything
	 * shorter was cut short.
	 */
	static final int HEADER_BLOCKS = 2 * 4096;

	private static final byte[] HEADER = "H:".getBytes(StandardCharsets.US_ASCII);

	private static final String H2 = "jdbc:h2:";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFile.class);

	@Bean
	static BeanPostProcessor refuseEmptyDatabaseFile(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DataSource) {
					file(environment.getProperty("spring.datasource.url", "")).ifPresent(EmbeddedDatabaseFile::check);
				}
				return bean;
			}
		};
	}

	/** The MVStore file of an embedded H2 URL; none for memory, server or other URLs. */
	static Optional<Path> file(String url) {
		if (!url.toLowerCase(Locale.ROOT).startsWith(H2)) {
			return Optional.empty();
		}
		String name = url.substring(H2.length()).split(";", 2)[0];
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
				|| lower.startsWith("zip:")) {
			return Optional.empty();
		}
		if (lower.startsWith("file:")) {
			name = name.substring("file:".length());
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(Path.of(name + ".mv.db"));
	}

	static void check(Path file) {
		if (!Files.exists(file)) {
			return;
		}
		try {
			long size = Files.size(file);
			String problem = size == 0 ? "is empty (0 bytes)" : size < HEADER_BLOCKS || !startsWithHeader(file)
					? "is truncated or not an H2 database (" + size + " bytes)" : null;
			if (problem != null) {
				String message = "The database file " + file.toAbsolutePath() + " " + problem
						+ ". Fyren does not start on it: H2 would replace it with an empty database and every "
						+ "dialogue chain, rating and sent-reminder record would be lost. Restore the file from your "
						+ "backup, or move it away to start with an empty database.";
				log.error(message);
				throw new IllegalStateException(message);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the database file " + file, ex);
		}
	}

	private static boolean startsWithHeader(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(HEADER.length), HEADER);
		}
	}

}
