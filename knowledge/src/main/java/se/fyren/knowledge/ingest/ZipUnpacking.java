package se.fyren.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipInputStream;

/**
 * How much a ZIP package (a DOCX) unpacks to, counted by unpacking it, not by the sizes
 * its entries claim: a zip bomb can claim anything.
 */
final class ZipUnpacking {

	/** Every ZIP file begins with a local file header: {@code PK\3\4}. */
	private static final byte[] SIGNATURE = { 'P', 'K', 3, 4 };

	private static final int BUFFER_BYTES = 64 * 1024;

	private ZipUnpacking() {
	}

	/**
	 * Whether the bytes are a ZIP package whose entries unpack to more than {@code limit}
	 * bytes in all; it stops unpacking at the limit. Bytes that are no ZIP, or one the
	 * JDK cannot walk, are not over it: Tika reads those and says what is wrong with
	 * them.
	 */
	static boolean exceeds(byte[] bytes, long limit) {
		if (!isZip(bytes)) {
			return false;
		}
		long unpacked = 0;
		byte[] buffer = new byte[BUFFER_BYTES];
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			while (in.getNextEntry() != null) {
				for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
					unpacked += read;
					if (unpacked > limit) {
						return true;
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// A damaged package or an entry name that is not UTF-8: left to Tika, whose
			// message for it names the damage.
			return false;
		}
		return false;
	}

	private static boolean isZip(byte[] bytes) {
		return bytes.length >= SIGNATURE.length
				&& Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
	}

}
