package se.fyren.bot.infra;

import org.springframework.util.unit.DataSize;

/**
 * A request path whose body may be larger than {@code fyren.web.max-request-size}, as a
 * feature declares it with a bean (the documents' upload takes a whole file); the web
 * adapter's size limit reads every body, so it must know before anything reads this one.
 *
 * @param path the request path, exactly
 * @param maxSize the largest body read there (the web's own limit if that is larger)
 * @param tooLargeMessage the message code said when a body is larger still; its
 * {@code {0}} is the limit in megabytes
 */
public record BodyLimit(String path, DataSize maxSize, String tooLargeMessage) {

	public BodyLimit {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("a body limit's path must start with /, was " + path);
		}
		if (maxSize == null || maxSize.toBytes() < 1 || maxSize.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(
					"the body limit for " + path + " must be between 1 byte and 2 GB, was " + maxSize);
		}
	}

}
