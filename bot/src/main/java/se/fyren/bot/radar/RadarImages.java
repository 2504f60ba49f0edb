package se.fyren.bot.radar;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;

import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Wheels;

/** An issue's picture as SVG (the web) and PNG (Slack and Teams show no SVG). */
@Component
class RadarImages {

	/**
	 * The picture shows nine months back and nine ahead: a budget year either side of
	 * today.
	 */
	static final int MONTHS_EACH_WAY = 9;

	private final RadarPicture picture = new RadarPicture();

	private final FollowedIssues issues;

	private final Wheels wheels;

	private final Radar radar;

	private final RadarText text;

	RadarImages(FollowedIssues issues, Wheels wheels, Radar radar, RadarText text) {
		this.issues = issues;
		this.wheels = wheels;
		this.radar = radar;
		this.text = text;
	}

	String svg(FollowedIssue issue, Locale locale, PictureLayout layout) {
		RadarPicture.Chart chart = chart(issue, locale);
		SVGGraphics2D svg = new SVGGraphics2D(RadarPicture.WIDTH, RadarPicture.height(chart, layout));
		picture.draw(svg, chart, layout);
		return svg.getSVGDocument();
	}

	byte[] png(FollowedIssue issue, Locale locale, PictureLayout layout) {
		RadarPicture.Chart chart = chart(issue, locale);
		BufferedImage image = new BufferedImage(RadarPicture.WIDTH, RadarPicture.height(chart, layout),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			picture.draw(graphics, chart, layout);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode the radar picture of issue " + issue.id() + " as PNG", ex);
		}
		return bytes.toByteArray();
	}

	private RadarPicture.Chart chart(FollowedIssue issue, Locale locale) {
		LocalDate today = radar.today();
		LocalDate from = today.minusMonths(MONTHS_EACH_WAY).withDayOfMonth(1);
		LocalDate to = today.plusMonths(MONTHS_EACH_WAY);
		List<RadarPicture.Decision> decisions = wheels.named(issue.calendar())
			.map(wheel -> wheel.occurrences(from, to))
			.orElse(List.of())
			.stream()
			.filter(Radar::landsIssues)
			.map(decision -> new RadarPicture.Decision(decision.event().title(), decision.date(),
					radar.opens(decision)))
			.toList();
		Map<KingdonStream, Long> spans = new EnumMap<>(KingdonStream.class);
		Map<KingdonStream, String> names = new EnumMap<>(KingdonStream.class);
		for (KingdonStream stream : KingdonStream.values()) {
			spans.put(stream, radar.span(stream).toDays());
			String name = text.stream(stream, locale);
			names.put(stream, name.substring(0, 1).toUpperCase(locale) + name.substring(1));
		}
		return new RadarPicture.Chart(issue.name(), from, to, today, issues.signals(issue.id()), spans, decisions,
				names, text.message("radar.picture.window", locale), locale);
	}

}
