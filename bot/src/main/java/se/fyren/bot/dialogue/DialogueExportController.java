package se.fyren.bot.dialogue;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.chat.Inbound;

/**
 * A chain's export through the web: {@code /api/dialogue/{id}.md} and {@code .csv},
 * linked from the summary.
 */
@RestController
class DialogueExportController {

	private static final Logger log = LoggerFactory.getLogger(DialogueExportController.class);

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final DialogueService dialogues;

	private final ChainExports exports;

	private final MessageSource messages;

	DialogueExportController(DialogueService dialogues, ChainExports exports, MessageSource messages) {
		this.dialogues = dialogues;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping("/api/dialogue/{id}.md")
	ResponseEntity<String> markdown(@PathVariable String id) {
		return export(id, "md", MARKDOWN, exports::markdown);
	}

	@GetMapping("/api/dialogue/{id}.csv")
	ResponseEntity<String> csv(@PathVariable String id) {
		return export(id, "csv", CSV, exports::csv);
	}

	private ResponseEntity<String> export(String id, String extension, MediaType type,
			Function<ChainSummary, String> format) {
		Optional<ChainSummary> summary = dialogues.summary(id);
		if (summary.isEmpty()) {
			log.info("Export of unknown dialogue chain '{}'", id);
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(messages.getMessage("dialogue.export.unknown", new Object[] { id }, Inbound.SWEDISH));
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("dialogkedja-" + id + "." + extension).build().toString())
			.body(format.apply(summary.get()));
	}

}
