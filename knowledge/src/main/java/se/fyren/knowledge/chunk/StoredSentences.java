package se.fyren.knowledge.chunk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.lucene.util.BytesRef;

/**
 * A passage's sentences in their {@link AnalysedSentences#encode stored form}, as the
 * index keeps them: UTF-8 bytes, decoded only when an answer reads them. A search reads
 * ten passages and an answer the sentences of three to five; turning the rest into
 * Strings was a good part of reading a passage back.
 */
public final class StoredSentences {

	// As AnalysedSentences writes them: no term holds either, and in UTF-8 neither byte
	// stands inside another character's bytes.
	private static final byte SENTENCE_END = '\n';

	private static final byte SEPARATOR = ' ';

	private final byte[] utf8;

	private StoredSentences(byte[] utf8) {
		this.utf8 = utf8;
	}

	/** The sentences' stored form, in UTF-8 as the index writes a String. */
	public static StoredSentences of(AnalysedSentences sentences) {
		return new StoredSentences(BytesRef.deepCopyOf(new BytesRef(sentences.encode())).bytes);
	}

	/** The stored form as read from the index: the bytes are kept, not copied. */
	public static StoredSentences of(byte[] utf8) {
		return new StoredSentences(utf8);
	}

	/** The stored form's bytes, for the index to write; not to be changed. */
	public byte[] utf8() {
		return utf8;
	}

	/**
	 * The sentences: a line a sentence, its start and end offsets, then its terms, each
	 * after a space.
	 */
	public AnalysedSentences decode() {
		List<Sentences.Span> spans = new ArrayList<>();
		List<Set<String>> terms = new ArrayList<>();
		List<String> sentence = new ArrayList<>();
		read(new Reader() {

			@Override
			public void sentence(int start, int end) {
				spans.add(new Sentences.Span(start, end));
			}

			@Override
			public void term(BytesRef term) {
				// The JDK decodes UTF-8 straight into a Latin-1 String, as most Swedish
				// terms are; Lucene's utf8ToString goes through a char array.
				sentence.add(new String(term.bytes, term.offset, term.length, StandardCharsets.UTF_8));
			}

			@Override
			public void sentenceEnd() {
				// written from a set: no term twice
				terms.add(Set.of(sentence.toArray(String[]::new)));
				sentence.clear();
			}

		});
		return new AnalysedSentences(spans, terms);
	}

	/**
	 * Reads the sentences in their stored form, a term at a time as its UTF-8 bytes: a
	 * search can weigh the sentences of every candidate without turning their terms into
	 * Strings.
	 */
	public void read(Reader reader) {
		BytesRef term = new BytesRef(utf8);
		// One pass over the bytes: every line, the last too, ends in SENTENCE_END.
		int at = 0;
		while (at < utf8.length) {
			int start = 0;
			while (utf8[at] != SEPARATOR) {
				start = start * 10 + utf8[at++] - '0';
			}
			at++;
			int stop = 0;
			while (utf8[at] != SEPARATOR && utf8[at] != SENTENCE_END) {
				stop = stop * 10 + utf8[at++] - '0';
			}
			reader.sentence(start, stop);
			while (utf8[at] != SENTENCE_END) {
				int from = ++at;
				while (utf8[at] != SEPARATOR && utf8[at] != SENTENCE_END) {
					at++;
				}
				term.offset = from;
				term.length = at - from;
				reader.term(term);
			}
			reader.sentenceEnd();
			at++;
		}
	}

	/** What {@link #read} tells, sentence by sentence in the passage's order. */
	public interface Reader {

		/** A sentence begins, at these offsets of the passage's text. */
		void sentence(int start, int end);

		/**
		 * One of the sentence's terms, in the order their Strings compare; the bytes are
		 * the stored form's own, and the reference is reused for the next term.
		 */
		void term(BytesRef term);

		/** The sentence's terms are all told. */
		void sentenceEnd();

	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoredSentences that && Arrays.equals(utf8, that.utf8);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(utf8);
	}

}
