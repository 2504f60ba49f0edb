package se.fyren.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report folders: which report files they hold, with their metadata, and loading
 * them.
 */
public final class ReportFolders {

	private static final Logger log = LoggerFactory.getLogger(ReportFolders.class);

	private final List<Path> folders;

	private final ReportLoader loader;

	public ReportFolders(List<Path> folders) {
		this(folders, ReadLimits.DEFAULT);
	}

	public ReportFolders(List<Path> folders, ReadLimits limits) {
		this.folders = List.copyOf(folders);
		this.loader = new ReportLoader(limits);
	}

	/**
	 * The report files of the folders, by normalised absolute path in a stable order, and
	 * the files refused (each "name: reason").
	 */
	public record ReportFiles(Map<String, Path> files, List<String> refused) {
	}

	/**
	 * The folders that are not there (or are no folder), by absolute path: their reports
	 * are none, so whoever watches the index can say why it answers nothing.
	 */
	public List<Path> missing() {
		return folders.stream()
			.filter(folder -> !Files.isDirectory(folder))
			.map(folder -> folder.toAbsolutePath().normalize())
			.toList();
	}

	/** Report files by normalised absolute path, in a stable order. */
	public Map<String, Path> files() {
		return scan().files();
	}

	/**
	 * The report files, without links that lead out of their folder (a link to
	 * /etc/passwd named passwd.txt must not be quoted in answers) and without a second
	 * file whose name gives the same doc id ({@code x.md} beside {@code x.txt}): the
	 * first in path order keeps the id, the other is refused until it is renamed.
	 */
	public ReportFiles scan() {
		Map<String, Path> files = new TreeMap<>();
		List<String> refused = new ArrayList<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				log.warn("Report folder {} does not exist", folder);
				continue;
			}
			Path realFolder = realPath(folder);
			try (Stream<Path> paths = Files.list(folder)) {
				paths.filter(DocumentReader::isReport).sorted().forEach(path -> {
					if (Files.isSymbolicLink(path) && !realPath(path).startsWith(realFolder)) {
						refused.add(path.getFileName() + ": a link to outside the reports folder; not followed");
						return;
					}
					// The path the index records its passages under is the one the files
					// are listed by, so a file gone from a folder named relatively
					// ("../shared/corpus") is found in the index and dropped.
					Path absolute = path.toAbsolutePath().normalize();
					files.put(absolute.toString(), absolute);
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list report folder " + folder, ex);
			}
		}
		Map<String, Path> byDocId = new HashMap<>();
		files.values().removeIf(path -> {
			Path first = byDocId.putIfAbsent(DocumentReader.docId(path.getFileName().toString()), path);
			if (first != null) {
				refused.add(path.getFileName() + ": has the same name as " + first + " (doc id "
						+ DocumentReader.docId(path.getFileName().toString()) + "); rename one of them");
				return true;
			}
			return false;
		});
		return new ReportFiles(files, refused);
	}

	private static Path realPath(Path path) {
		try {
			return path.toRealPath();
		}
		catch (IOException ex) {
			// A dangling link leads nowhere inside the folder.
			return Path.of("/nonexistent").resolve(path.getFileName());
		}
	}

	/**
	 * The metadata of every folder's sources.yml, read afresh so that edits are picked
	 * up.
	 */
	public MetadataCatalog metadata() {
		MetadataCatalog metadata = new MetadataCatalog();
		folders.forEach(metadata::load);
		return metadata;
	}

	public Report load(Path file, MetadataCatalog metadata) throws UnreadableReportException {
		return loader.load(file, metadata.find(DocumentReader.docId(file.getFileName().toString())));
	}

	/** Every readable report; unreadable ones are skipped with a log line naming them. */
	public List<Report> loadAll() {
		MetadataCatalog metadata = metadata();
		List<Report> reports = new ArrayList<>();
		ReportFiles scan = scan();
		scan.refused().forEach(refused -> log.warn("Skipped report {}", refused));
		for (Path path : scan.files().values()) {
			try {
				reports.add(load(path, metadata));
			}
			catch (UnreadableReportException ex) {
				log.warn("Skipped report {}", ex.getMessage());
			}
		}
		return reports;
	}

}
