package se.fyren.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.chunk.AnalysedSentences;
import se.fyren.knowledge.chunk.StoredSentences;

/**
 * A passage as the index keeps it for reading back: its fields and its sentences in
 * {@link AnalysedSentences#encode stored form}, in one binary doc value
 * ({@link PassageIndex#PASSAGE}). Binary doc values are not compressed, so reading a
 * candidate is a copy of its bytes; as stored fields, each passage read decompressed the
 * block of neighbouring passages it sat in (about a ninth of a question's time at x100).
 *
 * @param passage the passage with the collection it was indexed in
 * @param sentences its sentences and their terms, as {@link AnalysedSentences#encode}
 * wrote them
 */
public record IndexedPassage(Passage passage, StoredSentences sentences) {

	// The page is written one up, so that 0 can stand for a format without pages.
	private static final int NO_PAGE = 0;

	// The Strings written before the sentences (id, doc, collection, title, section,
	// text), each as its UTF-8 bytes after their count.
	private static final int FIELDS_BEFORE_SENTENCES = 6;

	/** The doc value's bytes. */
	BytesRef encode() {
		ByteBuffersDataOutput out = new ByteBuffersDataOutput();
		try {
			for (String field : List.of(passage.id(), passage.doc(), passage.collection(), passage.title(),
					passage.section(), passage.text())) {
				out.writeString(field);
			}
			// as a String is written: its UTF-8 bytes after their count
			out.writeVInt(sentences.utf8().length);
			out.writeBytes(sentences.utf8(), sentences.utf8().length);
			out.writeVInt(passage.page() == null ? NO_PAGE : passage.page() + 1);
			out.writeVInt(passage.start());
			out.writeVInt(passage.end());
			out.writeVInt(passage.sections().size());
			for (Passage.SectionStart section : passage.sections()) {
				out.writeVInt(section.offset());
				out.writeString(section.path() == null ? "" : section.path());
				out.writeVInt(section.page() == null ? NO_PAGE : section.page() + 1);
			}
		}
		catch (IOException ex) {
			// ByteBuffersDataOutput writes to the heap
			throw new UncheckedIOException("Cannot encode passage " + passage.id(), ex);
		}
		return new BytesRef(out.toArrayCopy());
	}

	/** The passage from its doc value's bytes. */
	static IndexedPassage decode(BytesRef bytes) throws IOException {
		ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
		String id = in.readString();
		String doc = in.readString();
		String collection = in.readString();
		String title = in.readString();
		String section = in.readString();
		String text = in.readString();
		// Kept as the bytes they are stored as, decoded when an answer reads them.
		byte[] sentences = new byte[in.readVInt()];
		in.readBytes(sentences, 0, sentences.length);
		int page = in.readVInt();
		int start = in.readVInt();
		int end = in.readVInt();
		int count = in.readVInt();
		List<Passage.SectionStart> sections = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int offset = in.readVInt();
			String path = in.readString();
			int sectionPage = in.readVInt();
			sections.add(new Passage.SectionStart(offset, path, sectionPage == NO_PAGE ? null : sectionPage - 1));
		}
		return new IndexedPassage(new Passage(id, doc, title, section, page == NO_PAGE ? null : page - 1, start, end,
				text, collection, sections), StoredSentences.of(sentences));
	}

	/** The passage of a document of the index. */
	public static IndexedPassage read(IndexReader reader, int doc) {
		return new Reading(reader).read(doc);
	}

	/**
	 * The sentences alone of a document's passage: its fields before them are skipped,
	 * not decoded.
	 */
	public static StoredSentences sentencesOf(IndexReader reader, int doc) {
		return new Reading(reader).sentencesOf(doc);
	}

	/**
	 * Reads passages of one index, keeping each segment's doc values while the documents
	 * read come in increasing order: a new doc values reader allocates a buffer as long
	 * as the longest passage (most of reading a candidate's sentences). Not thread-safe.
	 */
	public static final class Reading {

		private final IndexReader reader;

		private final BinaryDocValues[] values;

		public Reading(IndexReader reader) {
			this.reader = reader;
			this.values = new BinaryDocValues[reader.leaves().size()];
		}

		/** The passage of a document of the index. */
		public IndexedPassage read(int doc) {
			try {
				return decode(bytesOf(doc));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the passage of document " + doc, ex);
			}
		}

		/**
		 * The sentences alone of a document's passage: its fields before them are
		 * skipped, not decoded.
		 */
		public StoredSentences sentencesOf(int doc) {
			try {
				BytesRef bytes = bytesOf(doc);
				ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
				for (int field = 0; field < FIELDS_BEFORE_SENTENCES; field++) {
					in.skipBytes(in.readVInt());
				}
				byte[] sentences = new byte[in.readVInt()];
				in.readBytes(sentences, 0, sentences.length);
				return StoredSentences.of(sentences);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the sentences of document " + doc, ex);
			}
		}

		private BytesRef bytesOf(int doc) throws IOException {
			int leaf = ReaderUtil.subIndex(doc, reader.leaves());
			LeafReaderContext context = reader.leaves().get(leaf);
			int target = doc - context.docBase;
			// Doc values only go forward.
			if (values[leaf] == null || values[leaf].docID() >= target) {
				values[leaf] = DocValues.getBinary(context.reader(), PassageIndex.PASSAGE);
			}
			if (!values[leaf].advanceExact(target)) {
				throw new IllegalStateException("Document " + doc + " of the index holds no passage");
			}
			return values[leaf].binaryValue();
		}

	}

}
