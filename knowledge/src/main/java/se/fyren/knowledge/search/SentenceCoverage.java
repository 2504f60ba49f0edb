package se.fyren.knowledge.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.FixedBitSet;

import se.fyren.knowledge.chunk.StoredSentences;

/**
 * How much of a question a passage's best sentence covers ({@link Coverage}, sentence by
 * sentence). A passage that names the question's words in one sentence more likely
 * answers it than one that names them scattered over a long section, which the passage's
 * coverage and Lucene's score cannot tell apart. One per search: not thread-safe (a
 * {@link BytesRefHash} looks terms up through its own scratch bytes).
 */
final class SentenceCoverage {

	private final AnalyzedQuestion question;

	// The question's terms as the stored sentences hold them (UTF-8), so that a
	// candidate's terms are looked up without becoming Strings.
	private final BytesRefHash asked = new BytesRefHash();

	private final Map<String, Integer> ids = new HashMap<>();

	// How many of a term's first bytes tell it from most others: two (a 64 Kbit set).
	private static final int OPENING_BYTES = 2;

	// The first two bytes of the question's terms: most of a sentence's terms begin
	// otherwise and are passed over without hashing them (the hash and its comparisons
	// were most of reading a candidate's sentences).
	private final FixedBitSet openings = new FixedBitSet(1 << (OPENING_BYTES * Byte.SIZE));

	SentenceCoverage(AnalyzedQuestion question) {
		this.question = question;
		for (Concept concept : question.concepts()) {
			if (concept.known()) {
				for (QueryTerm term : concept.terms()) {
					BytesRef bytes = new BytesRef(term.term());
					int id = asked.add(bytes);
					if (id >= 0) {
						ids.put(term.term(), id);
						if (bytes.length >= OPENING_BYTES) {
							openings.set(opening(bytes));
						}
					}
				}
			}
		}
	}

	/** Whether a term may be one of the question's: a shorter term is looked up. */
	private boolean mayBeAsked(BytesRef term) {
		return term.length < OPENING_BYTES || openings.get(opening(term));
	}

	private static int opening(BytesRef term) {
		return (term.bytes[term.offset] & 0xFF) << Byte.SIZE | term.bytes[term.offset + 1] & 0xFF;
	}

	/** The coverage of the passage's sentence that covers most of the question. */
	double best(StoredSentences sentences) {
		if (ids.isEmpty()) {
			return 0;
		}
		BestSentence best = new BestSentence();
		sentences.read(best);
		return best.coverage;
	}

	/** Reads a passage's sentences, keeping the best one's coverage. */
	private final class BestSentence implements StoredSentences.Reader {

		private final boolean[] held = new boolean[ids.size()];

		private boolean any;

		private double coverage;

		@Override
		public void sentence(int start, int end) {
			Arrays.fill(held, false);
			any = false;
		}

		@Override
		public void term(BytesRef term) {
			if (!mayBeAsked(term)) {
				return;
			}
			int id = asked.find(term);
			if (id >= 0) {
				held[id] = true;
				any = true;
			}
		}

		@Override
		public void sentenceEnd() {
			// Most sentences hold none of the question's terms.
			if (any) {
				coverage = Math.max(coverage, Coverage.of(question, this::holds));
			}
		}

		private boolean holds(String term) {
			Integer id = ids.get(term);
			return id != null && held[id];
		}

	}

}
