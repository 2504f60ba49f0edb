package se.fyren.knowledge.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Metadata from {@code sources.yml} files beside the reports, keyed by file name. A
 * report in another format than the one named (the PDF of a listed .txt) is matched by
 * its doc id.
 */
public final class MetadataCatalog {

	public static final String FILE_NAME = "sources.yml";

	private final Map<String, SourceMetadata> byDocId = new HashMap<>();

	public void load(Path folder) {
		Path file = folder.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return;
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (root instanceof Map<?, ?> entries) {
				entries.forEach((name, value) -> {
					if (value instanceof Map<?, ?> fields) {
						byDocId.put(DocumentReader.docId(String.valueOf(name)), toMetadata(fields));
					}
				});
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	public SourceMetadata find(String docId) {
		return byDocId.getOrDefault(docId, SourceMetadata.NONE);
	}

	private static SourceMetadata toMetadata(Map<?, ?> fields) {
		Object year = fields.get("year");
		return new SourceMetadata(text(fields.get("title")), text(fields.get("publisher")),
				year instanceof Number n ? n.intValue() : null, text(fields.get("kind")), text(fields.get("link")));
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
