package se.fyren.bot.ask;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import se.fyren.knowledge.KnowledgeSettings;

/**
 * Where Fyren finds its reports and keeps its index; defaults in {@code application.yml}.
 *
 * @param reports folders of reports (.txt, .md, .pdf, .docx, .html), each optionally with
 * sources.yml
 * @param dataDir where the index is kept; built on first use
 * @param thesaurus synonym and glossary files (Solr format) applied to questions
 * @param indexOnStart whether the web application refreshes the index when it starts
 */
@ConfigurationProperties("fyren.knowledge")
public record KnowledgeProperties(List<String> reports, String dataDir, List<String> thesaurus, boolean indexOnStart) {

	/** The knowledge library's settings. */
	public KnowledgeSettings settings() {
		return new KnowledgeSettings(reportFolders(), dataDirectory(), thesaurusFiles());
	}

	// Kept as text and resolved against the working directory: Spring's String-to-Path
	// conversion resolves a relative path against the file that set it, which breaks
	// "../shared/corpus" in config/application.yml.
	List<Path> reportFolders() {
		return reports.stream().map(Path::of).toList();
	}

	Path dataDirectory() {
		return Path.of(dataDir);
	}

	List<Path> thesaurusFiles() {
		return thesaurus.stream().map(Path::of).toList();
	}
}
