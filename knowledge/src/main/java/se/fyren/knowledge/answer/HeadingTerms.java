package se.fyren.knowledge.answer;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.search.MemoryPerOwner;

/**
 * The terms the index's analyzer makes of a heading (a section's heading path, the
 * heading a list's context opens with), remembered per analyzer: the headings are the
 * index's own, and the passages questions read share a few of them (analysing each once a
 * question was about a thirtieth of answering at x100). Thread-safe.
 */
final class HeadingTerms {

	private final MemoryPerOwner<String, Set<String>> remembered = new MemoryPerOwner<>();

	Set<String> of(Analyzer analyzer, String heading) {
		return remembered.get(analyzer, heading, text -> Set.copyOf(SwedishAnalysis.tokens(analyzer, text)));
	}

}
