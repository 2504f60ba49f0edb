package se.fyren.bot.wheel.pictures;

import se.fyren.bot.wheel.ShownYears;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.Wheels;
import se.fyren.bot.wheel.WindowText;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.util.DigestUtils;

import se.fyren.bot.infra.PictureLayout;

/**
 * The year wheel as a picture ({@code /wheel/kommun.svg}, {@code .png}) and as a calendar
 * feed ({@code .ics}), in the language the request asks for as every web handler's is
 * (the application's {@code LocaleResolver}: {@code ?locale=en}, the former
 * {@code ?lang=en} of links made before, else {@code Accept-Language}, else Swedish).
 * Every answer says it varies by that header, a 304 and an error's text too.
 */
@RestController
class WheelController {

	private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private static final MediaType ICS = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Wheels wheels;

	private final WheelImages images;

	private final WheelFeed feed;

	private final WindowText text;

	private final Clock clock;

	WheelController(Wheels wheels, WheelImages images, WheelFeed feed, WindowText text, Clock clock) {
		this.wheels = wheels;
		this.images = images;
		this.feed = feed;
		this.text = text;
		this.clock = clock;
	}

	@GetMapping("/wheel/{calendar}.svg")
	ResponseEntity<?> svg(@PathVariable String calendar, @RequestParam(required = false) String year,
			@RequestParam(required = false) String layout, Locale locale) {
		return picture(calendar, year, locale, SVG,
				(wheel, y) -> images.svg(wheel, y, locale, PictureLayout.named(layout)));
	}

	@GetMapping("/wheel/{calendar}.png")
	ResponseEntity<?> png(@PathVariable String calendar, @RequestParam(required = false) String year,
			@RequestParam(required = false) String layout, Locale locale) {
		return picture(calendar, year, locale, MediaType.IMAGE_PNG,
				(wheel, y) -> images.png(wheel, y, locale, PictureLayout.named(layout)));
	}

	/** This year, last year and the next two, so Outlook shows what is coming. */
	@GetMapping("/calendar/{calendar}.ics")
	ResponseEntity<String> ics(@PathVariable String calendar, Locale locale, WebRequest request) {
		int year = LocalDate.now(clock).getYear();
		return wheels.named(calendar).map(wheel -> {
			String body = feed.ics(wheel, LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 2, 12, 31), locale);
			String etag = '"' + DigestUtils.md5DigestAsHex(body.getBytes(StandardCharsets.UTF_8)) + '"';
			if (request.checkNotModified(etag)) {
				return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
					.eTag(etag)
					.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
					.<String>build();
			}
			// One language per response: a cache must not hand the English feed to a
			// Swedish client.
			return ResponseEntity.ok()
				.contentType(ICS)
				.eTag(etag)
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
				.body(body);
		}).orElseGet(() -> notFound(calendar, locale));
	}

	/**
	 * @param year as the link has it: a year mistyped in a link ({@code year=2O27}) is
	 * told which years can be shown, as one out of range is, not given Spring's bare 400
	 */
	private <T> ResponseEntity<?> picture(String calendar, String year, Locale locale, MediaType type,
			java.util.function.BiFunction<Wheel, Integer, T> draw) {
		Integer shown = year == null || year.isBlank() ? Integer.valueOf(ShownYears.unasked(LocalDate.now(clock)))
				: asYear(year.strip());
		if (shown == null || !ShownYears.contains(shown)) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
				.body(text.message("wheel.web.badYear", locale, String.valueOf(year), String.valueOf(ShownYears.FIRST),
						String.valueOf(ShownYears.LAST)));
		}
		return wheels.named(calendar)
			.<ResponseEntity<?>>map(wheel -> ResponseEntity.ok()
				.contentType(type)
				.cacheControl(CacheControl.noCache())
				// Drawn in the browser's language where the link names none.
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
				.body(draw.apply(wheel, shown)))
			.orElseGet(() -> notFound(calendar, locale));
	}

	/** The year written, or null when it is no year's number. */
	private static Integer asYear(String written) {
		if (!written.matches("-?\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(written);
	}

	private ResponseEntity<String> notFound(String calendar, Locale locale) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.TEXT_PLAIN)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(text.message("wheel.unknownCalendar", locale, calendar,
					String.join(", ", wheels.all().stream().map(Wheel::name).toList())));
	}

}
