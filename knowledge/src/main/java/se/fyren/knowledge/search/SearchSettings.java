package se.fyren.knowledge.search;

/**
 * Ranking weights, tuned on the dev questions only.
 *
 * @param synonymWeight weight of a thesaurus alternative relative to the word as written
 * @param partWeight weight of a compound part
 * @param correctionWeight weight of a spelling correction
 * @param sectionBoost weight of a match in the section heading relative to the text
 * @param titleBoost weight of a match in the report title
 * @param proximityBoost weight of two neighbouring question words found close together
 * @param proximitySlop how far apart those two words may be
 * @param rerankPool how many of Lucene's best passages are re-ranked by coverage
 * @param coverageWeight weight of coverage against the BM25 score scaled to the best hit
 * @param relatedWeight weight of a word of like meaning from the general synonym lexicon
 * @param sentenceCoverageWeight weight of the coverage of a passage's best sentence (see
 * {@link SentenceCoverage}); 0 leaves it out
 * @param sentenceSectionShare how much of what a passage's section path adds to its best
 * sentence's coverage counts: a sentence need not repeat its heading's words to be about
 * them, but one that names them itself counts for more
 */
public record SearchSettings(float synonymWeight, float partWeight, float correctionWeight, float sectionBoost,
		float titleBoost, float proximityBoost, int proximitySlop, int rerankPool, double coverageWeight,
		float relatedWeight, double sentenceCoverageWeight, double sentenceSectionShare) {

	// A pool of 30: the coverage re-rank moved no dev, validation or hold-out figure at
	// 20 to 50 (10 did), and a smaller pool lets Lucene skip more. The best sentence's
	// weight: recall@5 rose on five read sets and fell on none at 0.15 to 0.4 (0.25
	// the middle); a window of two sentences lowered three. The section's share: 0.3
	// raised the read sets' right answers, 0.6 and 1.0 lowered recall@5.
	public static final SearchSettings DEFAULT = new SearchSettings(0.9f, 0.5f, 0.8f, 0.2f, 0.15f, 0.6f, 4, 30, 0.5,
			0.3f, 0.25, 0.3);

	public SearchSettings {
		for (double weight : new double[] { synonymWeight, partWeight, correctionWeight, sectionBoost, titleBoost,
				proximityBoost, coverageWeight, relatedWeight, sentenceCoverageWeight, sentenceSectionShare }) {
			if (!(weight >= 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException(
						"weights and boosts must be zero or positive numbers, was " + weight);
			}
		}
		// At most 1, a sentence read with its headings covers no more than its passage:
		// the re-rank passes over candidates by that bound (PassageSearcher).
		if (sentenceSectionShare > 1) {
			throw new IllegalArgumentException("sentenceSectionShare must lie in [0, 1], was " + sentenceSectionShare);
		}
		if (proximitySlop < 0 || rerankPool < 1) {
			throw new IllegalArgumentException("proximitySlop must be zero or more and rerankPool at least 1: "
					+ proximitySlop + ", " + rerankPool);
		}
	}

}
