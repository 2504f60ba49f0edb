package se.fyren.knowledge.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells UTF-16 without a byte order mark (some Windows tools save "Unicode" so) by where
 * its NUL bytes fall. Swedish and English text is almost all below U+0100 (letters, å ä ö
 * é, digits, punctuation), so in UTF-16 nearly every code unit's high byte is NUL: at odd
 * offsets in little-endian, at even ones in big-endian. UTF-8 and Windows-1252 text has
 * no NUL at all, and binary data has its NULs at both offsets alike.
 */
final class UnmarkedUtf16 {

	/**
	 * At least this share of the code units must have a NUL high byte. Latin-script text
	 * gives well over nine in ten (only typographic quotes and dashes, U+2013 to U+201D,
	 * and other scripts' letters have another); half leaves room for a text full of them
	 * and still asks far more of one offset than binary data gives.
	 */
	static final double MIN_NUL_HIGH_BYTES = 0.5;

	/**
	 * At most this share may have a NUL low byte too: text has that only in the rare
	 * character U+xx00 (Ā, ∀), while data of 16-bit values or zeroed blocks has NULs at
	 * both offsets. The same one in a hundred that marks a text file as binary
	 * ({@link DocumentReader#MAX_CONTROL_SHARE}).
	 */
	static final double MAX_NUL_LOW_BYTES = 0.01;

	private UnmarkedUtf16() {
	}

	/**
	 * UTF-16LE or UTF-16BE when the bytes' NULs fall as UTF-16 text's do; empty for
	 * anything else, which is read as UTF-8 or Windows-1252. Text decoded so is still
	 * checked for control characters, so binary data that happens to pass is refused
	 * there.
	 */
	static Optional<Charset> of(byte[] bytes) {
		int units = bytes.length / 2;
		if (units == 0) {
			return Optional.empty();
		}
		int nulAtEven = 0;
		int nulAtOdd = 0;
		for (int i = 0; i + 1 < bytes.length; i += 2) {
			nulAtEven += bytes[i] == 0 ? 1 : 0;
			nulAtOdd += bytes[i + 1] == 0 ? 1 : 0;
		}
		if (textLike(nulAtOdd, nulAtEven, units)) {
			return Optional.of(StandardCharsets.UTF_16LE);
		}
		if (textLike(nulAtEven, nulAtOdd, units)) {
			return Optional.of(StandardCharsets.UTF_16BE);
		}
		return Optional.empty();
	}

	private static boolean textLike(int nulHighBytes, int nulLowBytes, int units) {
		return nulHighBytes >= MIN_NUL_HIGH_BYTES * units && nulLowBytes <= MAX_NUL_LOW_BYTES * units;
	}

}
