package se.fyren.bot.wheel.pictures;

import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.Window;
import se.fyren.bot.wheel.WindowFinder;
import se.fyren.bot.wheel.WindowText;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;

import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.infra.PublicAddress;

/**
 * The year wheel as SVG (for the web) and PNG (for Slack, which shows no SVG), and where
 * chats fetch them and the calendar feed.
 */
@Component
public class WheelImages {

	private final WheelPicture picture = new WheelPicture();

	private final WindowFinder finder;

	private final WindowText text;

	private final PublicAddress address;

	WheelImages(WindowFinder finder, WindowText text, PublicAddress address) {
		this.finder = finder;
		this.text = text;
		this.address = address;
	}

	String svg(Wheel wheel, int year, Locale locale, PictureLayout layout) {
		List<Window> windows = windows(wheel, year);
		WheelPicture.Labels labels = labels(wheel, windows, locale);
		SVGGraphics2D svg = new SVGGraphics2D(WheelPicture.WIDTH, WheelPicture.height(wheel, year, labels, layout));
		picture.draw(svg, wheel, year, windows, labels, layout);
		return svg.getSVGDocument();
	}

	byte[] png(Wheel wheel, int year, Locale locale, PictureLayout layout) {
		List<Window> windows = windows(wheel, year);
		WheelPicture.Labels labels = labels(wheel, windows, locale);
		BufferedImage image = new BufferedImage(WheelPicture.WIDTH, WheelPicture.height(wheel, year, labels, layout),
				BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			picture.draw(graphics, wheel, year, windows, labels, layout);
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot encode the year wheel " + wheel.name() + " as PNG", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * The PNG's absolute address, for cards (Slack fetches images itself), in the card's
	 * language, whatever language the browser asks for.
	 */
	public String pngUrl(Wheel wheel, int year, Locale locale) {
		return address.link("/wheel/" + wheel.name() + ".png?year=" + year + "&locale=" + locale.getLanguage());
	}

	/** The calendar feed's address, to add to a calendar by hand. */
	public String feedUrl(Wheel wheel) {
		return address.link("/calendar/" + wheel.name() + ".ics");
	}

	/**
	 * The feed as a subscription link: {@code webcal://} opens the reader's calendar
	 * program (Outlook, Apple Calendar) asking to subscribe, where an {@code https} link
	 * would only download the file once.
	 */
	public String subscriptionUrl(Wheel wheel) {
		return feedUrl(wheel).replaceFirst("^https?://", "webcal://");
	}

	private List<Window> windows(Wheel wheel, int year) {
		return finder.windows(wheel, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private WheelPicture.Labels labels(Wheel wheel, List<Window> windows, Locale locale) {
		Map<KingdonStream, String> streams = new EnumMap<>(KingdonStream.class);
		for (KingdonStream stream : KingdonStream.values()) {
			streams.put(stream, text.stream(stream, locale));
		}
		DateTimeFormatter date = DateTimeFormatter.ofPattern(text.message("wheel.picture.date", locale), locale);
		List<String> lines = windows.stream()
			.map(window -> text.message("wheel.picture.windowLine", locale, date.format(window.opens()),
					date.format(window.decision().date()), window.decision().event().title(), window.strength()))
			.toList();
		return new WheelPicture.Labels(wheel.title(), streams, text.message("wheel.picture.window", locale), lines,
				date, locale);
	}

}
