package se.fyren.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

	private final ReportLoader loader = new ReportLoader();

	public ReportFolders(List<Path> folders) {
		this.folders = List.copyOf(folders);
	}

	/** Report files by normalised absolute path, in a stable order. */
	public Map<String, Path> files() {
		Map<String, Path> files = new TreeMap<>();
		for (Path folder : folders) {
			if (!Files.isDirectory(folder)) {
				log.warn("Report folder {} does not exist", folder);
				continue;
			}
			try (Stream<Path> paths = Files.list(folder)) {
				paths.filter(DocumentReader::isReport)
					.forEach(path -> files.put(path.toAbsolutePath().normalize().toString(), path));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list report folder " + folder, ex);
			}
		}
		return files;
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
		for (Path path : files().values()) {
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
