package se.fyren.bot.documents;

/**
 * A file someone wants Fyren to read, as a chat or the command line received it.
 *
 * @param fileName the name it was given, possibly with a path ({@code C:\Users\…}) or
 * characters no file system likes; only its last part is kept
 * @param addedBy who adds it, as {@code chat:user}
 * @param addedByName the name the chat shows for them, or null when it does not say
 */
public record Upload(String fileName, byte[] bytes, String addedBy, String addedByName) {

	public Upload {
		bytes = bytes == null ? new byte[0] : bytes;
	}

}
