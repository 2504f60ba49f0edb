package se.fyren.bot.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Names;
import se.fyren.bot.chat.WebRoom;
import se.fyren.bot.chat.WebUser;
import se.fyren.bot.infra.Megabytes;
import se.fyren.bot.infra.WebApi;

/**
 * The web chat's upload field: an administrator adds a document with the key from
 * {@code fyren.documents.web-admin-key} (the web chat has no login). The file is the
 * request's body and its name a parameter; it is read off the request thread, and the
 * page asks how it went ({@code GET /api/documents/intakes/{id}}). The web adapter tells
 * who sent it ({@link WebUser}) and opens the room it is added in ({@link WebRoom}); the
 * file's size is checked before it is read ({@link DocumentsConfiguration#uploadSize}).
 * What it says is in the language the request asks for, the {@link Locale} the web
 * adapter resolves from the page's {@code ?locale=}.
 */
@RestController
@WebApi
class DocumentUploads {

	static final String PATH = "/api/documents";

	private final DocumentLibrary library;

	private final DocumentsProperties properties;

	private final MessageSource messages;

	private final Names names;

	DocumentUploads(DocumentLibrary library, DocumentsProperties properties, MessageSource messages, Names names) {
		this.library = library;
		this.properties = properties;
		this.messages = messages;
		this.names = names;
	}

	/**
	 * @param finished false while the document is being read
	 * @param added whether it joined its collection
	 * @param page pages read so far of a paged document being read (0 before the first)
	 * @param pages its page count, 0 when not known (yet)
	 */
	record IntakeResponse(String id, boolean finished, boolean added, String text, int page, int pages) {

		IntakeResponse(String id, boolean finished, boolean added, String text) {
			this(id, finished, added, text, 0, 0);
		}

	}

	/**
	 * Whether the page offers the upload field: only where an administrator key is set.
	 *
	 * @param maxBytes the largest file read, so the page can refuse a larger one before
	 * sending it
	 * @param maxMegabytes that limit as the server's refusals tell it in the page's
	 * language ({@link Megabytes}), so the page's refusal says the same and does not
	 * count megabytes on its own
	 */
	record UploadForm(boolean open, long maxBytes, String maxMegabytes) {
	}

	@GetMapping(PATH + "/form")
	UploadForm form(Locale locale) {
		long maxBytes = properties.maxSize().toBytes();
		return new UploadForm(!properties.webAdminKey().isBlank(), maxBytes,
				messages.getMessage(Megabytes.of(maxBytes), locale));
	}

	@PostMapping(path = PATH, consumes = MediaType.ALL_VALUE)
	ResponseEntity<IntakeResponse> add(@RequestBody(required = false) byte[] file, @RequestParam String name,
			Locale language, @RequestHeader(name = "X-Fyren-Admin-Key", required = false) String adminKey, WebUser user,
			WebRoom room) {
		if (!admin(adminKey)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(new IntakeResponse(null, true, false,
						messages.getMessage(
								properties.webAdminKey().isBlank() ? "web.documents.off" : "web.documents.wrongKey",
								null, language)));
		}
		DocumentLibrary.Intake intake = library
			.add(new Upload(name, file, user.id(), names.of(Channel.WEB, user.id()).orElse(null)), room.place());
		return ResponseEntity.status(intake.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(response(intake, language));
	}

	@GetMapping(PATH + "/intakes/{id}")
	ResponseEntity<IntakeResponse> intake(@PathVariable String id, Locale language) {
		return library.intake(id)
			.map(intake -> ResponseEntity.ok(response(intake, language)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private IntakeResponse response(DocumentLibrary.Intake intake, Locale locale) {
		if (!intake.finished() && intake.reading() != null) {
			DocumentLibrary.Reading reading = intake.reading();
			String text = reading.pages() > 0
					? messages.getMessage("documents.progress",
							new Object[] { intake.fileName(), reading.page(), reading.pages() }, locale)
					: messages.getMessage("documents.progressUncounted",
							new Object[] { intake.fileName(), reading.page() }, locale);
			return new IntakeResponse(intake.id(), false, false, text, reading.page(), reading.pages());
		}
		if (!intake.finished()) {
			return new IntakeResponse(intake.id(), false, false,
					messages.getMessage("documents.reading", new Object[] { intake.fileName() }, locale));
		}
		return new IntakeResponse(intake.id(), true, intake.outcome().done(), intake.outcome().text(messages, locale));
	}

	/** The configured key, compared in constant time; no key configured admits no one. */
	private boolean admin(String given) {
		String expected = properties.webAdminKey();
		return !expected.isBlank() && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.strip().getBytes(StandardCharsets.UTF_8));
	}

}
