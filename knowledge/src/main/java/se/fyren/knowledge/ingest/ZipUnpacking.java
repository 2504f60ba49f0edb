package se.fyren.knowledge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * How much a ZIP package (a DOCX) unpacks to, counted by unpacking it, not by the sizes
 * its entries claim: a zip bomb can claim anything. The entries are found through the
 * central directory, as POI finds them, so local headers that disagree with it hide
 * nothing; packages inside the package (a document under {@code word/embeddings/}) are
 * counted unpacked too, against the same limit.
 */
final class ZipUnpacking {

	/** Every ZIP file begins with a local file header: {@code PK\3\4}. */
	private static final byte[] SIGNATURE = { 'P', 'K', 3, 4 };

	private static final int BUFFER_BYTES = 64 * 1024;

	/**
	 * How deep packages may lie inside packages. A report embeds a workbook or a
	 * document, which may embed a chart's workbook in turn; deeper nesting is how a
	 * recursive zip bomb multiplies, so it counts as over the limit.
	 */
	static final int MAX_NESTING = 3;

	private final long limit;

	private long unpacked;

	private ZipUnpacking(long limit) {
		this.limit = limit;
	}

	/**
	 * Whether the bytes are a ZIP package whose entries, and the packages among them,
	 * unpack to more than {@code limit} bytes in all, or nest packages deeper than
	 * {@link #MAX_NESTING}; it stops unpacking at the limit. Bytes that are no ZIP are
	 * not over it: Tika reads those.
	 * @throws IOException if the bytes begin as a ZIP but it cannot be walked: what
	 * cannot be counted is not passed on to a parser
	 */
	static boolean exceeds(byte[] bytes, long limit) throws IOException {
		return isZip(bytes) && new ZipUnpacking(limit).exceeds(bytes, 1);
	}

	private boolean exceeds(byte[] bytes, int depth) throws IOException {
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (!zip.canReadEntryData(entry)) {
					throw new IOException("an entry is encrypted or packed by an unsupported method");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					if (exceeds(in, depth)) {
						return true;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			// Commons Compress may fail on a malformed directory with an unchecked
			// exception; that is damage all the same.
			throw new IOException("the package's directory cannot be walked", ex);
		}
		return false;
	}

	/** Counts one entry; one that is itself a package is walked too. */
	private boolean exceeds(InputStream entry, int depth) throws IOException {
		byte[] start = entry.readNBytes(SIGNATURE.length);
		if (count(start.length)) {
			return true;
		}
		if (!isZip(start)) {
			return drain(entry, null);
		}
		if (depth >= MAX_NESTING) {
			return true;
		}
		// Held in memory to be walked by its directory: no more than the limit, as every
		// byte held is counted.
		ByteArrayOutputStream nested = new ByteArrayOutputStream();
		nested.write(start);
		return drain(entry, nested) || exceeds(nested.toByteArray(), depth + 1);
	}

	/** Reads the entry to its end, or until the limit is passed; keeps it if asked. */
	private boolean drain(InputStream entry, ByteArrayOutputStream kept) throws IOException {
		byte[] buffer = new byte[BUFFER_BYTES];
		for (int read = entry.read(buffer); read >= 0; read = entry.read(buffer)) {
			if (count(read)) {
				return true;
			}
			if (kept != null) {
				kept.write(buffer, 0, read);
			}
		}
		return false;
	}

	private boolean count(int bytes) {
		unpacked += bytes;
		return unpacked > limit;
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length >= SIGNATURE.length
				&& Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
	}

}
