package se.fyren.bot.documents;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether bytes given as a file are a multipart form's envelope: a boundary line, then a
 * part's headers ({@code Content-Disposition: form-data; …}). A script that sends a form
 * under another content type sends that, and no document begins so; kept, the boundary
 * and headers would be indexed and quoted in answers.
 */
final class MultipartEnvelope {

	/**
	 * A boundary line (RFC 2046: {@code --} and up to 70 characters) and a part header on
	 * the next line.
	 */
	private static final Pattern OPENING = Pattern.compile("--[^\\r\\n]{1,70}\\r?\\n(?i:content-[a-z-]+:)");

	/** Enough for the boundary line and the first header's name. */
	private static final int LOOKED_AT = 128;

	private MultipartEnvelope() {
	}

	static boolean opens(byte[] bytes) {
		if (bytes == null) {
			return false;
		}
		String start = new String(bytes, 0, Math.min(bytes.length, LOOKED_AT), StandardCharsets.ISO_8859_1);
		return OPENING.matcher(start).lookingAt();
	}

}
