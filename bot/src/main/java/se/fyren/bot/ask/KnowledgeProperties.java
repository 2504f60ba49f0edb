package se.fyren.bot.ask;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.answer.AnswerSettings;
import se.fyren.knowledge.ingest.ReadLimits;
import se.fyren.knowledge.search.SearchSettings;

/**
 * Where Fyren finds its reports and keeps its index; defaults in {@code application.yml}.
 *
 * @param reports folders of reports (.txt, .md, .pdf, .docx, .html), each optionally with
 * sources.yml
 * @param dataDir where the index is kept; built on first use
 * @param thesaurus synonym and glossary files (Solr format) applied to questions
 * @param indexOnStart whether the web application refreshes the index when it starts
 * @param search ranking weights that replace the library's tuned ones, by name
 * ({@code synonym-weight: 0.8}); none by default
 * @param answer how answers are drawn, replacing the library's tuned values by name
 * ({@code min-coverage: 0.35}); none by default
 * @param maxUnpackedSize the most a package (a DOCX) may unpack to, in a report folder or
 * an upload; more is refused as a zip bomb. Unset: the library's 100MB
 */
@ConfigurationProperties("fyren.knowledge")
public record KnowledgeProperties(List<String> reports, String dataDir, List<String> thesaurus, boolean indexOnStart,
		Map<String, String> search, Map<String, String> answer, DataSize maxUnpackedSize) {

	public KnowledgeProperties {
		search = search == null ? Map.of() : Map.copyOf(search);
		answer = answer == null ? Map.of() : Map.copyOf(answer);
		// Checked here, so a misspelt weight stops the start rather than the first
		// question.
		searchSettings(search);
		answerSettings(answer);
		readLimits(maxUnpackedSize);
	}

	/** The knowledge library's settings. */
	public KnowledgeSettings settings() {
		return new KnowledgeSettings(reportFolders(), dataDirectory(), thesaurusFiles(), searchSettings(search),
				answerSettings(answer), readLimits(maxUnpackedSize));
	}

	private static ReadLimits readLimits(DataSize maxUnpackedSize) {
		if (maxUnpackedSize == null) {
			return ReadLimits.DEFAULT;
		}
		try {
			return new ReadLimits(maxUnpackedSize.toBytes());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("fyren.knowledge.max-unpacked-size must be positive and at most "
					+ DataSize.ofBytes(ReadLimits.MOST_UNPACKED_BYTES).toGigabytes() + "GB, was " + maxUnpackedSize,
					ex);
		}
	}

	private static SearchSettings searchSettings(Map<String, String> set) {
		return Tuning.of(SearchSettings.DEFAULT, set, "fyren.knowledge.search");
	}

	private static AnswerSettings answerSettings(Map<String, String> set) {
		return Tuning.of(AnswerSettings.DEFAULT, set, "fyren.knowledge.answer");
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
