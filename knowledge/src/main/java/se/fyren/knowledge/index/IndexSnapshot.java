package se.fyren.knowledge.index;

import org.apache.lucene.search.IndexSearcher;

import se.fyren.knowledge.analysis.SwedishAnalysis;

/**
 * A searcher over one commit, with the analysis that commit was built with. Release it
 * after use.
 */
public record IndexSnapshot(IndexSearcher searcher, SwedishAnalysis analysis) {
}
