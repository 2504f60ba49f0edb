package se.fyren.bot.radar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.infra.PictureLayout;

/**
 * An issue's picture ({@code /radar/<id>.svg}, {@code .png}; {@code &layout=phone} draws
 * its words large enough for a phone) and export ({@code /api/radar/<id>.md},
 * {@code .csv}), each with the issue's secret key, as the dialogue chains' exports: a
 * wrong or missing key gets the same 404 as an unknown issue.
 */
@RestController
class RadarController {

	private static final Logger log = LoggerFactory.getLogger(RadarController.class);

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final FollowedIssues issues;

	private final RadarImages images;

	private final RadarExports exports;

	private final RadarText text;

	RadarController(FollowedIssues issues, RadarImages images, RadarExports exports, RadarText text) {
		this.issues = issues;
		this.images = images;
		this.exports = exports;
		this.text = text;
	}

	@GetMapping("/radar/{id}.svg")
	ResponseEntity<?> svg(@PathVariable String id, @RequestParam(required = false) String key,
			@RequestParam(required = false) String layout) {
		return picture(id, key, SVG, issue -> images.svg(issue, Inbound.SWEDISH, PictureLayout.named(layout)));
	}

	@GetMapping("/radar/{id}.png")
	ResponseEntity<?> png(@PathVariable String id, @RequestParam(required = false) String key,
			@RequestParam(required = false) String layout) {
		return picture(id, key, MediaType.IMAGE_PNG,
				issue -> images.png(issue, Inbound.SWEDISH, PictureLayout.named(layout)));
	}

	@GetMapping("/api/radar/{id}.md")
	ResponseEntity<String> markdown(@PathVariable String id, @RequestParam(required = false) String key) {
		return export(id, key, "md", MARKDOWN, issue -> exports.markdown(issue, Inbound.SWEDISH));
	}

	@GetMapping("/api/radar/{id}.csv")
	ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String key) {
		return export(id, key, "csv", CSV, issue -> exports.csv(issue, Inbound.SWEDISH));
	}

	private <T> ResponseEntity<?> picture(String id, String key, MediaType type, Function<FollowedIssue, T> draw) {
		Optional<FollowedIssue> issue = opened(id, key);
		if (issue.isEmpty()) {
			return notFound(id);
		}
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(draw.apply(issue.get()));
	}

	private ResponseEntity<String> export(String id, String key, String extension, MediaType type,
			Function<FollowedIssue, String> format) {
		Optional<FollowedIssue> issue = opened(id, key);
		if (issue.isEmpty()) {
			return notFound(id);
		}
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("radar-" + issue.get().name() + "." + extension, StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(format.apply(issue.get()));
	}

	/** The issue, when the key is its own (compared in constant time). */
	private Optional<FollowedIssue> opened(String id, String key) {
		if (key == null || key.isEmpty() || id.length() > 36) {
			return Optional.empty();
		}
		return issues.byId(id)
			.filter(issue -> MessageDigest.isEqual(issue.exportKey().getBytes(StandardCharsets.UTF_8),
					key.getBytes(StandardCharsets.UTF_8)));
	}

	private ResponseEntity<String> notFound(String id) {
		log.info("Radar picture or export refused: unknown issue or wrong key");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(text.message("radar.export.notFound", Inbound.SWEDISH));
	}

}
