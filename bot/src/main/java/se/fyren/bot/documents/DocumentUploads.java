package se.fyren.bot.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Inline;
import se.fyren.bot.chat.Names;
import se.fyren.bot.chat.WebRoom;
import se.fyren.bot.chat.WebUser;
import se.fyren.bot.infra.Megabytes;
import se.fyren.bot.infra.RefusedRequest;
import se.fyren.bot.infra.WebApi;

/**
 * The web chat's upload field: an administrator adds a document with the key from
 * {@code fyren.documents.web-admin-key} (the web chat has no login). The file is the
 * request's body and its name a parameter (as the page sends it), or the one file of a
 * multipart form under its own name ({@code curl -F file=@budget.pdf}); it is read off
 * the request thread, and the page asks how it went ({@code GET
 * /api/documents/intakes/{id}}). With the same key the administrator removes any document
 * that answers in the web chat ({@code DELETE /api/documents/{id}}): the chat's
 * {@code glöm} is for whoever added it, known only by their browser's cookie. The web
 * adapter tells who sent it ({@link WebUser}) and opens the room it is added in
 * ({@link WebRoom}); the file's size is checked before it is read
 * ({@link DocumentsConfiguration#uploadSize}). What it says is in the language the
 * request asks for, the {@link Locale} the web adapter resolves from the page's
 * {@code ?locale=}.
 */
@RestController
@WebApi
class DocumentUploads {

	static final String PATH = "/api/documents";

	/** The header the administrator's key comes in. */
	static final String ADMIN_KEY = "X-Fyren-Admin-Key";

	/** The form field {@code curl -F} is told to send the file as. */
	private static final String FORM_FIELD = "file";

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

	/** What became of a removal, in the request's language. */
	record RemovalResponse(boolean removed, String text) {
	}

	/** The file as the request's body, as the page sends it. */
	@PostMapping(path = PATH, consumes = MediaType.ALL_VALUE)
	ResponseEntity<IntakeResponse> add(@RequestBody(required = false) byte[] file,
			@RequestParam(required = false) String name, Locale language,
			@RequestHeader(name = ADMIN_KEY, required = false) String adminKey, WebUser user, WebRoom room,
			@RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
		if (!admin(adminKey)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(refusedKey("", language));
		}
		// A form this endpoint did not unpack (another multipart kind, or one sent under
		// another content type) would be kept envelope and all, and quoted in answers.
		if (isMultipart(contentType) || MultipartEnvelope.opens(file)) {
			throw RefusedRequest.unsupportedMediaType("web.documents.envelope", "a multipart envelope as the file");
		}
		// Its name gives its format: a script that sends the bare file is told where the
		// name goes, not Spring's general "the request is wrong".
		if (name == null) {
			throw RefusedRequest.badInput("web.documents.noName", "a file without a name");
		}
		return added(new Upload(name, file, user.id(), names.of(Channel.WEB, user.id()).orElse(null)), room, language);
	}

	/**
	 * The one file of a multipart form ({@code curl -F file=@budget.pdf}), under the name
	 * its part gives unless {@code name} says otherwise. Spring unpacks the form: only
	 * the file's own bytes are read.
	 */
	@PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<IntakeResponse> addFromForm(MultipartHttpServletRequest form,
			@RequestParam(required = false) String name, Locale language,
			@RequestHeader(name = ADMIN_KEY, required = false) String adminKey, WebUser user, WebRoom room)
			throws IOException {
		if (!admin(adminKey)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).body(refusedKey("", language));
		}
		MultipartFile file = formFile(form);
		String fileName = name != null && !name.isBlank() ? name : file.getOriginalFilename();
		return added(new Upload(fileName, file.getBytes(), user.id(), names.of(Channel.WEB, user.id()).orElse(null)),
				room, language);
	}

	/**
	 * Removes a document that answers in the web chat (by its id from {@code dokument},
	 * or its title) for the administrator who gives the key, whoever added it.
	 */
	@DeleteMapping(PATH + "/{named}")
	ResponseEntity<RemovalResponse> remove(@PathVariable String named, Locale language,
			@RequestHeader(name = ADMIN_KEY, required = false) String adminKey, WebRoom room) {
		if (!admin(adminKey)) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(new RemovalResponse(false, refusedKey(".remove", language).text()));
		}
		Outcome outcome = library.forgetAsAdministrator(named, room.place());
		HttpStatus status = outcome.done() ? HttpStatus.OK
				: outcome.code().equals("documents.forget.unknown") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
		return ResponseEntity.status(status)
			.body(new RemovalResponse(outcome.done(), plain(outcome.text(messages, language))));
	}

	private ResponseEntity<IntakeResponse> added(Upload upload, WebRoom room, Locale language) {
		DocumentLibrary.Intake intake = library.add(upload, room.place());
		return ResponseEntity.status(intake.finished() ? HttpStatus.OK : HttpStatus.ACCEPTED)
			.body(response(intake, language));
	}

	/**
	 * The form's file: the part called {@code file}, else its only file part; a form
	 * without one is refused, and so is one with several and none called so.
	 */
	private static MultipartFile formFile(MultipartHttpServletRequest form) {
		MultipartFile named = form.getFile(FORM_FIELD);
		if (named != null) {
			return named;
		}
		List<MultipartFile> files = form.getMultiFileMap().values().stream().flatMap(List::stream).toList();
		if (files.size() != 1) {
			throw RefusedRequest.badInput("web.documents.noFile", files.size() + " file parts, none called file");
		}
		return files.get(0);
	}

	/**
	 * The wrong (or no) key, or no key set at all; {@code action} names what was refused.
	 */
	private IntakeResponse refusedKey(String action, Locale language) {
		String code = (properties.webAdminKey().isBlank() ? "web.documents.off" : "web.documents.wrongKey") + action;
		return new IntakeResponse(null, true, false, messages.getMessage(code, null, language));
	}

	private static boolean isMultipart(String contentType) {
		return contentType != null && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/**
	 * How a reading goes. An intake is kept in memory only while it matters, so one not
	 * known (finished long ago, or read before the server restarted) is told as such,
	 * pointing to the document list, where the page would otherwise say only that
	 * something went wrong. The id is the page's own, so it is not logged.
	 */
	@GetMapping(PATH + "/intakes/{id}")
	ResponseEntity<IntakeResponse> intake(@PathVariable String id, Locale language) {
		return library.intake(id)
			.map(intake -> ResponseEntity.ok(response(intake, language)))
			.orElseThrow(() -> RefusedRequest.notFound("web.documents.unknownIntake", "an intake not known here"));
	}

	private IntakeResponse response(DocumentLibrary.Intake intake, Locale locale) {
		if (!intake.finished() && intake.reading() != null) {
			DocumentLibrary.Reading reading = intake.reading();
			String text = reading.pages() > 0
					? messages.getMessage("documents.progress",
							new Object[] { intake.fileName(), reading.page(), reading.pages() }, locale)
					: messages.getMessage("documents.progressUncounted",
							new Object[] { intake.fileName(), reading.page() }, locale);
			return new IntakeResponse(intake.id(), false, false, plain(text), reading.page(), reading.pages());
		}
		if (!intake.finished()) {
			return new IntakeResponse(intake.id(), false, false,
					plain(messages.getMessage("documents.reading", new Object[] { intake.fileName() }, locale)));
		}
		return new IntakeResponse(intake.id(), true, intake.outcome().done(),
				plain(intake.outcome().text(messages, locale)));
	}

	/**
	 * The documents' texts are written once for every chat, with its markup ("Skriv
	 * *dokument*"); the page shows these answers as they come, so they go without it, as
	 * the web chat's own replies do.
	 */
	private static String plain(String text) {
		return Inline.parse(text).plain();
	}

	/** The configured key, compared in constant time; no key configured admits no one. */
	private boolean admin(String given) {
		String expected = properties.webAdminKey();
		return !expected.isBlank() && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.strip().getBytes(StandardCharsets.UTF_8));
	}

}
