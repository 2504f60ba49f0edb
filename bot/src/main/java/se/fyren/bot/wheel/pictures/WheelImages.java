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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;

import se.fyren.bot.infra.PublicAddress;

/**
 * The year wheel as SVG (for the web) and PNG (for Slack, which shows no SVG), and where
 * chats fetch them.
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

	String svg(Wheel wheel, int year, Locale locale) {
		SVGGraphics2D svg = new SVGGraphics2D(WheelPicture.WIDTH, WheelPicture.HEIGHT);
		draw(svg, wheel, year, locale);
		return svg.getSVGDocument();
	}

	byte[] png(Wheel wheel, int year, Locale locale) {
		BufferedImage image = new BufferedImage(WheelPicture.WIDTH, WheelPicture.HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			draw(graphics, wheel, year, locale);
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

	/** The PNG's absolute address, for cards (Slack fetches images itself). */
	/** The picture in the card's language, whatever language the browser asks for. */
	public String pngUrl(Wheel wheel, int year, Locale locale) {
		return address.link("/wheel/" + wheel.name() + ".png?year=" + year + "&lang=" + locale.getLanguage());
	}

	private void draw(Graphics2D graphics, Wheel wheel, int year, Locale locale) {
		List<Window> windows = finder.windows(wheel, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		Map<KingdonStream, String> streams = new EnumMap<>(KingdonStream.class);
		for (KingdonStream stream : KingdonStream.values()) {
			streams.put(stream, text.stream(stream, locale));
		}
		picture.draw(graphics, wheel, year, windows,
				new WheelPicture.Labels(wheel.title(), streams, text.message("wheel.picture.window", locale), locale));
	}

}
