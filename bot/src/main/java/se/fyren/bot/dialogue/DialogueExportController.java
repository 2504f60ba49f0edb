package se.fyren.bot.dialogue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A chain's export through the web: {@code /api/dialogue/{id}.md?key=<secret>} and
 * {@code .csv}, as {@code dialog export} links them for the facilitator. A wrong or
 * missing key gets the same 404 as an unknown chain, so the answer tells nothing about
 * which chains exist; it says so in the language the request asks for (the link names
 * none, so the browser's, else Swedish).
 */
@RestController
class DialogueExportController {

	private static final Logger log = LoggerFactory.getLogger(DialogueExportController.class);

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ChainAnswers answers;

	private final ChainExports exports;

	private final ExportKeys keys;

	private final MessageSource messages;

	DialogueExportController(ChainAnswers answers, ChainExports exports, ExportKeys keys, MessageSource messages) {
		this.answers = answers;
		this.exports = exports;
		this.keys = keys;
		this.messages = messages;
	}

	@GetMapping("/api/dialogue/{id}.md")
	ResponseEntity<String> markdown(@PathVariable String id, @RequestParam(required = false) String key,
			Locale locale) {
		return export(id, key, "md", MARKDOWN, exports::markdown, locale);
	}

	@GetMapping("/api/dialogue/{id}.csv")
	ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String key, Locale locale) {
		return export(id, key, "csv", CSV, exports::csv, locale);
	}

	private ResponseEntity<String> export(String id, String key, String extension, MediaType type,
			Function<ChainSummary, String> format, Locale locale) {
		Optional<ChainSummary> summary = keys.opens(id, key) ? answers.summary(id) : Optional.empty();
		if (summary.isEmpty()) {
			log.info("Export of dialogue chain '{}' refused: unknown chain or wrong key", id);
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(messages.getMessage("dialogue.export.notFound", null, locale));
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("dialogkedja-" + id + "." + extension).build().toString())
			.body(format.apply(summary.get()));
	}

}
