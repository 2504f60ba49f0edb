package se.fyren.knowledge;

import se.fyren.knowledge.chunk.AnalysedSentences;

/**
 * A passage found for a question, with its ranking score (higher is better).
 *
 * @param sentences the passage's sentences and their terms as the index split and
 * analysed them, for the answer to read
 */
public record ScoredPassage(Passage passage, double score, AnalysedSentences sentences) {
}
