package se.fyren.bot.infra;

import java.util.Locale;

import org.springframework.util.unit.DataSize;

/**
 * A size as a message tells it: in megabytes as a data-size setting counts them (binary,
 * as Windows counts a file's size too), with one decimal and a decimal comma. A limit set
 * as 20MB is told as "20,0 MB", and a file's size beside it in the same unit.
 */
public final class Megabytes {

	/**
	 * The bytes of a megabyte as a setting counts them. Private: a size divided by it and
	 * handed to a message as a number is told without the decimal ("20") or with a digit
	 * grouping ("1 024"), unlike every other size.
	 */
	private static final double BYTES = DataSize.ofMegabytes(1).toBytes();

	private Megabytes() {
	}

	public static String of(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / BYTES).replace('.', ',');
	}

}
