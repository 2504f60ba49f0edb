package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import se.fyren.bot.chat.Attachment;

/**
 * The files attached to a message in a personal chat, as the core takes them: Teams gives
 * each a short-lived download address that needs no token, fetched only when the core
 * hands the file to a feature. (A file in a channel or group chat lives in SharePoint and
 * reaches a bot only through Graph, which Fyren does not use.)
 */
final class TeamsFiles {

	// A document of the largest allowed size comes in well within this; a hung download
	// must not hold a worker for ever.
	private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);

	private final HttpClient http;

	TeamsFiles(HttpClient http) {
		this.http = http;
	}

	List<Attachment> of(Activity activity) {
		return activity.files()
			.stream()
			.map(file -> new Attachment(file.name(), Attachment.UNKNOWN_SIZE,
					limit -> download(file.downloadUrl(), limit)))
			.toList();
	}

	private byte[] download(String url, long limit) throws IOException {
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(url)).timeout(DOWNLOAD_TIMEOUT).GET().build();
		}
		catch (IllegalArgumentException ex) {
			throw new IOException("Teams gave a download address that is not a URL", ex);
		}
		try {
			HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new IOException("The file download answered HTTP " + response.statusCode());
				}
				return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted downloading a file", ex);
		}
	}

}
