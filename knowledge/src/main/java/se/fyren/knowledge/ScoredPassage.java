package se.fyren.knowledge;

/** A passage found for a question, with its ranking score (higher is better). */
public record ScoredPassage(Passage passage, double score) {
}
