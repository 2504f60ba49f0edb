package se.fyren.bot.chat;

import java.io.IOException;

/**
 * A file shared with Fyren in a chat, as the adapter found it: its name, the size the
 * chat gives (or {@link #UNKNOWN_SIZE}), and how to download it. The download waits until
 * a feature wants the file, so a file over a limit is never fetched.
 *
 * @param fileName the name the chat gives, as the person called it
 */
public record Attachment(String fileName, long size, Download content) {

	/** The chat does not say how large the file is. */
	public static final long UNKNOWN_SIZE = -1;

	/** Downloads the file's bytes with the chat's credentials. */
	@FunctionalInterface
	public interface Download {

		/**
		 * The file's bytes, at most {@code limit + 1} of them: a file larger than the
		 * limit is cut there, which is enough to tell that it is too large.
		 */
		byte[] bytes(long limit) throws IOException;

	}

}
