package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ScoredPassage;

/**
 * What a passage is about includes the headings it stands under and the report it is part
 * of: the re-rank counts a question's word as covered there too, so a question that names
 * a report and a topic gets that report's section on the topic, not another report's
 * paragraph that repeats the topic's word.
 */
class HeadingCoverageTest {

	private static final String COURSE_MANUAL = "jamlik-halsa-sektorsovergripande-kursmanual";

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	@Test
	void aQuestionNamingAReportAndATopicGetsThatReportsSectionOnIt() {
		List<Passage> best = corpus.knowledge()
			.ask("vad står det i kursmanualen om intressenter")
			.passages()
			.stream()
			.limit(3)
			.map(ScoredPassage::passage)
			.toList();

		assertThat(best).extracting(Passage::doc).containsOnly(COURSE_MANUAL);
		assertThat(best).extracting(Passage::section).anyMatch(section -> section.contains("INTRESSENTER"));
	}

}
