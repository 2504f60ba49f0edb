package se.fyren.bot.infra;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.util.unit.DataSize;

/**
 * A size as a message tells it: in megabytes as a data-size setting counts them (binary,
 * as Windows counts a file's size too), with one decimal and no digit grouping, in the
 * reader's language: a limit set as 20MB is "20,0 MB" in Swedish and "20.0 MB" in
 * English, and a file's size beside it in the same unit. Handed to a message as an
 * argument, the message source writes it in the language the message is told in
 * ({@code size.megabytes} in the message files), which may be chosen only later: a
 * refusal is made before anyone asks for it in English.
 *
 * @param megabytes the size in megabytes, unrounded
 */
public record Megabytes(double megabytes) implements MessageSourceResolvable {

	/** The pattern's key in the message files. */
	private static final String CODE = "size.megabytes";

	/**
	 * The bytes of a megabyte as a setting counts them. Private: a size divided by it and
	 * handed to a message as a bare number is told without the decimal ("20") or with a
	 * digit grouping ("1 024"), unlike every other size.
	 */
	private static final double BYTES = DataSize.ofMegabytes(1).toBytes();

	public static Megabytes of(long bytes) {
		return new Megabytes(bytes / BYTES);
	}

	@Override
	public String[] getCodes() {
		return new String[] { CODE };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { megabytes };
	}

}
