package se.fyren.knowledge;

import java.nio.file.Path;
import java.util.List;

import se.fyren.knowledge.answer.AnswerSettings;
import se.fyren.knowledge.ingest.ReadLimits;
import se.fyren.knowledge.search.SearchSettings;

/**
 * Where the reports are, where the index lives, and the thesaurus files (Solr synonym
 * format).
 *
 * @param reportFolders folders of reports; each may hold a {@code sources.yml} with
 * metadata
 * @param dataDirectory the index lives in its {@code index} folder
 * @param thesaurusFiles synonym and glossary files applied to questions
 * @param read how much reading one report or upload may take
 */
public record KnowledgeSettings(List<Path> reportFolders, Path dataDirectory, List<Path> thesaurusFiles,
		SearchSettings search, AnswerSettings answer, ReadLimits read) {

	public KnowledgeSettings {
		reportFolders = List.copyOf(reportFolders);
		thesaurusFiles = List.copyOf(thesaurusFiles);
	}

	public KnowledgeSettings(List<Path> reportFolders, Path dataDirectory, List<Path> thesaurusFiles) {
		this(reportFolders, dataDirectory, thesaurusFiles, SearchSettings.DEFAULT, AnswerSettings.DEFAULT,
				ReadLimits.DEFAULT);
	}

}
