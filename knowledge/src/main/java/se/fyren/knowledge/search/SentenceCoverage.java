package se.fyren.knowledge.search;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import se.fyren.knowledge.chunk.StoredSentences;

/**
 * How much of a question a passage's best sentence covers ({@link Coverage}, sentence by
 * sentence). A passage that names the question's words in one sentence more likely
 * answers it than one that names them scattered over a long section, which the passage's
 * coverage and Lucene's score cannot tell apart. One per search.
 */
final class SentenceCoverage {

	// The lead bytes of U+E000 to U+FFFF, which UTF-16 orders after surrogate pairs.
	private static final int SURROGATE_ORDERED_LEAD = 0xEE;

	// How many of a term's first bytes tell it from most others: two (a 64 Kbit set).
	private static final int OPENING_BYTES = 2;

	// The question's terms as the stored sentences hold them (UTF-8), in the order a
	// sentence's terms are stored (a String's: by UTF-16 unit): a sentence is read
	// against them in one merge, not looked up term by term in a hash (the hash and
	// its comparisons were most of reading a candidate's sentences).
	private final byte[][] asked;

	private final String[] sorted;

	// The first two bytes of the question's terms: most of a sentence's terms begin
	// otherwise and are passed over without comparing them.
	private final FixedBitSet openings = new FixedBitSet(1 << (OPENING_BYTES * Byte.SIZE));

	// A sentence's coverage, summed over the places in asked it holds.
	private final NumberedCoverage byPlace;

	SentenceCoverage(AnalyzedQuestion question) {
		// A String's own order is the stored order.
		String[] sorted = question.concepts()
			.stream()
			.filter(Concept::known)
			.flatMap(concept -> concept.terms().stream())
			.map(QueryTerm::term)
			.distinct()
			.sorted()
			.toArray(String[]::new);
		this.sorted = sorted;
		this.asked = new byte[sorted.length][];
		for (int i = 0; i < sorted.length; i++) {
			// as the index writes a String
			asked[i] = BytesRef.deepCopyOf(new BytesRef(sorted[i])).bytes;
			if (asked[i].length >= OPENING_BYTES) {
				openings.set(opening(asked[i], 0));
			}
		}
		this.byPlace = new NumberedCoverage(question, term -> Arrays.binarySearch(sorted, term));
	}

	/** Whether a term may be one of the question's: a shorter term is compared. */
	private boolean mayBeAsked(BytesRef term) {
		return term.length < OPENING_BYTES || openings.get(opening(term.bytes, term.offset));
	}

	private static int opening(byte[] term, int offset) {
		return (term[offset] & 0xFF) << Byte.SIZE | term[offset + 1] & 0xFF;
	}

	/** The coverage of the passage's sentence that covers most of the question. */
	double best(StoredSentences sentences) {
		return best(sentences, new boolean[asked.length], 0);
	}

	/**
	 * The question's terms by place as {@code numbers} numbers them (-1 for a term it
	 * does not know), for {@link #best(StoredSentences, IntPredicate, int[], double)}:
	 * worked out once a search, not once a candidate.
	 */
	int[] numbered(ToIntFunction<String> numbers) {
		return Arrays.stream(sorted).mapToInt(numbers).toArray();
	}

	/**
	 * The coverage of the passage's sentence that covers most of the question, each
	 * sentence's with {@code share} of what the question's terms its section path holds
	 * add to it. A sentence that holds none of the question's terms still covers nothing:
	 * the headings add to what a sentence names. The section path is the passage's own
	 * (where it opens, as the index holds it), also for the sentences of a later section
	 * the passage runs on into.
	 * @param headed whether the section path holds a term, by its number
	 * @param numbers the question's terms' numbers ({@link #numbered})
	 */
	double best(StoredSentences sentences, IntPredicate headed, int[] numbers, double share) {
		boolean[] heading = new boolean[asked.length];
		boolean anyHeaded = false;
		if (share > 0) {
			for (int place = 0; place < numbers.length; place++) {
				heading[place] = numbers[place] >= 0 && headed.test(numbers[place]);
				anyHeaded |= heading[place];
			}
		}
		// Most passages' headings hold none of the question's terms.
		return best(sentences, heading, anyHeaded ? share : 0);
	}

	private double best(StoredSentences sentences, boolean[] heading, double share) {
		if (asked.length == 0) {
			return 0;
		}
		BestSentence best = new BestSentence(heading, share);
		sentences.read(best);
		return best.coverage;
	}

	/**
	 * Orders UTF-8 terms as their Strings compare (by UTF-16 unit): a character from
	 * U+E000 on (lead bytes 0xEE, 0xEF) sorts after a surrogate pair (lead bytes from
	 * 0xF0 on), though UTF-8 orders it before.
	 */
	private static int compareAsStored(byte[] a, BytesRef b) {
		int common = Math.min(a.length, b.length);
		for (int i = 0; i < common; i++) {
			int x = a[i] & 0xFF;
			int y = b.bytes[b.offset + i] & 0xFF;
			if (x != y) {
				if (x >= SURROGATE_ORDERED_LEAD && y >= SURROGATE_ORDERED_LEAD) {
					x = stillLater(x);
					y = stillLater(y);
				}
				return x - y;
			}
		}
		return a.length - b.length;
	}

	private static int stillLater(int lead) {
		return (lead & 0xFE) == SURROGATE_ORDERED_LEAD ? lead + 0x0E : lead;
	}

	/**
	 * Reads a passage's sentences, keeping the best one's coverage. A sentence's terms
	 * come in the order of the question's terms: each is compared with the first of those
	 * not yet passed.
	 */
	private final class BestSentence implements StoredSentences.Reader {

		private final boolean[] held = new boolean[asked.length];

		// By place: whether the passage's section path holds the term.
		private final boolean[] heading;

		private final double share;

		BestSentence(boolean[] heading, double share) {
			this.heading = heading;
			this.share = share;
		}

		private int next;

		private boolean any;

		private double coverage;

		@Override
		public void sentence(int start, int end) {
			Arrays.fill(held, false);
			next = 0;
			any = false;
		}

		@Override
		public void term(BytesRef term) {
			if (!mayBeAsked(term)) {
				return;
			}
			while (next < asked.length) {
				int order = compareAsStored(asked[next], term);
				if (order > 0) {
					return;
				}
				next++;
				if (order == 0) {
					held[next - 1] = true;
					any = true;
					return;
				}
			}
		}

		@Override
		public void sentenceEnd() {
			// Most sentences hold none of the question's terms.
			if (any) {
				coverage = Math.max(coverage, covered());
			}
		}

		private double covered() {
			double own = byPlace.of(place -> held[place]);
			if (share == 0) {
				return own;
			}
			return own + share * (byPlace.of(place -> held[place] || heading[place]) - own);
		}

	}

}
