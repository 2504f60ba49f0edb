package se.fyren.knowledge;

import java.util.Objects;

import se.fyren.knowledge.chunk.AnalysedSentences;
import se.fyren.knowledge.chunk.StoredSentences;

/**
 * A passage found for a question, with its ranking score (higher is better) and its
 * sentences and their terms as the index split and analysed them. The sentences are
 * decoded from their stored form when first read: an answer reads those of its first
 * three to five passages, not of all ten. Immutable once decoded; two threads reading at
 * once at worst decode the same sentences twice.
 */
public final class ScoredPassage {

	private final Passage passage;

	private final double score;

	private final StoredSentences storedSentences;

	private final boolean inPartNamed;

	private AnalysedSentences sentences;

	/**
	 * @param storedSentences the sentences as the index stores them
	 * @param inPartNamed whether the passage lies in the chapter or module the question
	 * names ("kap 9")
	 */
	public ScoredPassage(Passage passage, double score, StoredSentences storedSentences, boolean inPartNamed) {
		this.passage = Objects.requireNonNull(passage);
		this.score = score;
		this.storedSentences = Objects.requireNonNull(storedSentences);
		this.inPartNamed = inPartNamed;
	}

	public Passage passage() {
		return passage;
	}

	public double score() {
		return score;
	}

	/**
	 * Whether the passage lies in the chapter or module the question names: it holds the
	 * words that name the part by where it stands, whether or not it says them.
	 */
	public boolean inPartNamed() {
		return inPartNamed;
	}

	/** The passage's sentences and their terms, for the answer to read. */
	public AnalysedSentences sentences() {
		AnalysedSentences decoded = sentences;
		if (decoded == null) {
			decoded = storedSentences.decode();
			sentences = decoded;
		}
		return decoded;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ScoredPassage that && passage.equals(that.passage)
				&& Double.compare(score, that.score) == 0 && storedSentences.equals(that.storedSentences)
				&& inPartNamed == that.inPartNamed;
	}

	@Override
	public int hashCode() {
		return Objects.hash(passage, score, storedSentences, inPartNamed);
	}

	@Override
	public String toString() {
		return "ScoredPassage[passage=" + passage + ", score=" + score + ", inPartNamed=" + inPartNamed + "]";
	}

}
