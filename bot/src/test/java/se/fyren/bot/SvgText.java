package se.fyren.bot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import se.fyren.bot.infra.PictureText;

/**
 * A word drawn in one of Fyren's SVG pictures (the year wheel's, the radar's): the size
 * of its font, in the picture's pixels, and whether it is bold, as JFreeSVG writes them
 * in the style, and where its baseline starts.
 */
public record SvgText(String text, double size, boolean bold, double x, double y) {

	private static final Pattern FONT_SIZE = Pattern.compile("font-size: ([0-9.]+)px");

	/** The picture's words, in the order drawn; parsing it checks it is well formed. */
	public static List<SvgText> in(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			// Well-formedness only: do not fetch the SVG DTD from the network.
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
			NodeList texts = document.getElementsByTagName("text");
			List<SvgText> words = new ArrayList<>();
			for (int i = 0; i < texts.getLength(); i++) {
				Element text = (Element) texts.item(i);
				Matcher size = FONT_SIZE.matcher(text.getAttribute("style"));
				String style = text.getAttribute("style");
				words.add(new SvgText(text.getTextContent(), size.find() ? Double.parseDouble(size.group(1)) : 0,
						style.contains("font-weight: bold"), Double.parseDouble(text.getAttribute("x")),
						Double.parseDouble(text.getAttribute("y"))));
			}
			return words;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Not a well-formed SVG picture", ex);
		}
	}

	/** How wide the word is, measured in the font the pictures draw it in. */
	public double width() {
		Graphics2D measure = PictureText.measuring();
		try {
			return measure.getFontMetrics(PictureText.font(bold ? Font.BOLD : Font.PLAIN, size)).stringWidth(text);
		}
		finally {
			measure.dispose();
		}
	}

	/**
	 * About the room the word takes: its width, and three quarters of its size high above
	 * the baseline, where capitals and digits reach.
	 */
	public Rectangle2D box() {
		double height = 0.75 * size;
		return new Rectangle2D.Double(x, y - height, width(), height);
	}

}
