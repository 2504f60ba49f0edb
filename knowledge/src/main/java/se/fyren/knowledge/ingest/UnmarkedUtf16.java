package se.fyren.knowledge.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells UTF-16 without a byte order mark (some Windows tools save "Unicode" so) by its
 * code units' high bytes: at odd offsets in little-endian, at even ones in big-endian.
 * Text in one script has few of them: Swedish and English text is almost all below U+0100
 * (letters, å ä ö é, digits, punctuation), so nearly every high byte is NUL; text in
 * Cyrillic, Greek, Arabic or Hebrew has its script's block (04, 03, 06, 05) for its
 * letters and NUL for its spaces, digits and punctuation. UTF-8 and Windows-1252 text has
 * no NUL at all, and binary data has its NULs at both offsets alike. Neither Tika's
 * charset detector (ICU's) nor juniversalchardet tells UTF-16 in another script than
 * Latin without a mark. Scripts written without spaces (Chinese, Japanese) are not told.
 */
final class UnmarkedUtf16 {

	/**
	 * At least this share of the code units must have a NUL high byte in Latin-script
	 * text. It gives well over nine in ten (only typographic quotes and dashes, U+2013 to
	 * U+201D, and other scripts' letters have another); half leaves room for a text full
	 * of them and still asks far more of one offset than binary data gives.
	 */
	static final double MIN_NUL_HIGH_BYTES = 0.5;

	/**
	 * At least this share of NUL high bytes in text of another script: its spaces alone
	 * give more (one in six or seven characters in Russian, Greek or Arabic prose), while
	 * UTF-8 and Windows-1252 text gives none.
	 */
	static final double MIN_NUL_HIGH_BYTES_OTHER_SCRIPT = 0.05;

	/**
	 * In text of one script, at least this share of the high bytes is NUL or the script's
	 * own; a dash, a quote or a word in another script may have another.
	 */
	static final double MIN_ONE_SCRIPT_HIGH_BYTES = 0.9;

	/**
	 * At most this share may have a NUL low byte too: text has that only in the rare
	 * character U+xx00 (Ā, Ѐ, ∀), while data of 16-bit values or zeroed blocks has NULs
	 * at both offsets. The same one in a hundred that marks a text file as binary
	 * ({@link DocumentReader#MAX_CONTROL_SHARE}).
	 */
	static final double MAX_NUL_LOW_BYTES = 0.01;

	private UnmarkedUtf16() {
	}

	/**
	 * UTF-16LE or UTF-16BE when the bytes' high bytes fall as UTF-16 text's do; empty for
	 * anything else, which is read as UTF-8 or Windows-1252. Text decoded so is still
	 * checked for control characters, so binary data that happens to pass is refused
	 * there.
	 */
	static Optional<Charset> of(byte[] bytes) {
		if (bytes.length < 2) {
			return Optional.empty();
		}
		if (textLike(bytes, 1)) {
			return Optional.of(StandardCharsets.UTF_16LE);
		}
		if (textLike(bytes, 0)) {
			return Optional.of(StandardCharsets.UTF_16BE);
		}
		return Optional.empty();
	}

	/**
	 * Whether the bytes at {@code highOffset} (0 or 1) of each pair are text's high
	 * bytes.
	 */
	private static boolean textLike(byte[] bytes, int highOffset) {
		int units = bytes.length / 2;
		int[] highBytes = new int[256];
		int nulLowBytes = 0;
		for (int i = 0; i + 1 < bytes.length; i += 2) {
			highBytes[bytes[i + highOffset] & 0xFF]++;
			nulLowBytes += bytes[i + 1 - highOffset] == 0 ? 1 : 0;
		}
		int nulHighBytes = highBytes[0];
		if (nulLowBytes > MAX_NUL_LOW_BYTES * units) {
			return false;
		}
		if (nulHighBytes >= MIN_NUL_HIGH_BYTES * units) {
			return true;
		}
		return nulHighBytes >= MIN_NUL_HIGH_BYTES_OTHER_SCRIPT * units
				&& nulHighBytes + mostCommonOtherThanNul(highBytes) >= MIN_ONE_SCRIPT_HIGH_BYTES * units;
	}

	private static int mostCommonOtherThanNul(int[] counts) {
		int most = 0;
		for (int value = 1; value < counts.length; value++) {
			most = Math.max(most, counts[value]);
		}
		return most;
	}

}
