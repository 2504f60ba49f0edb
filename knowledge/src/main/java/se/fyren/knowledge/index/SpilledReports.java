package se.fyren.knowledge.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ingest.Report;

/**
 * Reports read in one refresh, written to a file in the data directory as they are read
 * and given back one at a time to be indexed: a rebuild must learn the compound parts
 * from every report before it can index the first, and holding them all would take about
 * four bytes of heap per byte of text. The report's cleaned text is not kept (indexing
 * reads only the passages). Not thread-safe; one refresh at a time owns it.
 */
public final class SpilledReports implements Iterable<Report>, AutoCloseable {

	// One file, overwritten by each refresh: a process killed mid-refresh leaves at most
	// this one behind, and the next refresh replaces it.
	private static final String FILE = "refresh.spill";

	private static final int BUFFER = 1 << 16;

	private final Path file;

	private final DataOutputStream out;

	private int count;

	public SpilledReports(Path dataDirectory) {
		this.file = dataDirectory.resolve(FILE);
		try {
			this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	public void add(Report report) {
		try {
			writeString(report.docId());
			writeString(report.path().toString());
			writeString(report.fingerprint());
			writeNullable(report.title());
			out.writeInt(report.pages());
			writeString(report.collection());
			writeNullable(report.publisher());
			out.writeInt(report.passages().size());
			for (Passage passage : report.passages()) {
				writeString(passage.id());
				writeString(passage.doc());
				writeNullable(passage.title());
				writeNullable(passage.section());
				out.writeInt(passage.page() == null ? -1 : passage.page());
				out.writeInt(passage.start());
				out.writeInt(passage.end());
				writeString(passage.text());
				writeNullable(passage.collection());
				out.writeInt(passage.sections().size());
				for (Passage.SectionStart section : passage.sections()) {
					out.writeInt(section.offset());
					writeNullable(section.path());
					out.writeInt(section.page() == null ? -1 : section.page());
				}
			}
			count++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file, ex);
		}
	}

	public boolean isEmpty() {
		return count == 0;
	}

	/** The reports added so far, in order, read back from the file. */
	@Override
	public Iterator<Report> iterator() {
		DataInputStream in;
		try {
			out.flush();
			in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		return new Iterator<>() {

			private int read;

			@Override
			public boolean hasNext() {
				if (read < count) {
					return true;
				}
				close(in);
				return false;
			}

			@Override
			public Report next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				read++;
				try {
					return readReport(in);
				}
				catch (IOException ex) {
					close(in);
					throw new UncheckedIOException("Cannot read " + file, ex);
				}
			}

		};
	}

	private static Report readReport(DataInputStream in) throws IOException {
		String docId = readString(in);
		Path path = Path.of(readString(in));
		String fingerprint = readString(in);
		String title = readNullable(in);
		int pages = in.readInt();
		String collection = readString(in);
		String publisher = readNullable(in);
		int size = in.readInt();
		List<Passage> passages = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			String id = readString(in);
			String doc = readString(in);
			String passageTitle = readNullable(in);
			String section = readNullable(in);
			int page = in.readInt();
			int start = in.readInt();
			int end = in.readInt();
			String text = readString(in);
			String passageCollection = readNullable(in);
			int sectionCount = in.readInt();
			List<Passage.SectionStart> sections = new ArrayList<>(sectionCount);
			for (int s = 0; s < sectionCount; s++) {
				int offset = in.readInt();
				String heading = readNullable(in);
				int sectionPage = in.readInt();
				sections.add(new Passage.SectionStart(offset, heading, sectionPage < 0 ? null : sectionPage));
			}
			passages.add(new Passage(id, doc, passageTitle, section, page < 0 ? null : page, start, end, text,
					passageCollection, sections));
		}
		return new Report(docId, path, fingerprint, title, "", passages, pages, collection, publisher);
	}

	private void writeString(String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private void writeNullable(String value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			writeString(value);
		}
	}

	private static String readString(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			throw new EOFException("Damaged spill file");
		}
		return new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}

	private static String readNullable(DataInputStream in) throws IOException {
		return in.readBoolean() ? readString(in) : null;
	}

	private static void close(DataInputStream in) {
		try {
			in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try (out) {
			// the stream first, then the file
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot close " + file, ex);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot delete " + file, ex);
			}
		}
	}

}
