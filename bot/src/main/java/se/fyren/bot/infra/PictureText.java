package se.fyren.bot.infra;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Words on a picture drawn with {@link Graphics2D} (the year wheel's, the radar's): the
 * same hints and fonts for the SVG and the PNG, and lines wrapped to a width. Words are
 * measured on a picture of their own, so the SVG and the PNG break their lines alike and
 * the height measured is the height drawn.
 */
public final class PictureText {

	/**
	 * How far words moved to stay inside a picture keep from its edge, so none ends
	 * exactly on it.
	 */
	public static final double EDGE = 4;

	private PictureText() {
	}

	/** A picture of its own to measure words on, drawn as the picture is. */
	public static Graphics2D measuring() {
		Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		hints(measure);
		return measure;
	}

	public static void hints(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
	}

	/** The sans-serif font at any size, a fraction of a pixel too. */
	public static Font font(int style, double size) {
		return new Font(Font.SANS_SERIF, style, 12).deriveFont((float) size);
	}

	/**
	 * The text in lines no wider than the width, broken between words; a word wider than
	 * a whole line is cut with an ellipsis.
	 */
	public static List<String> wrapped(FontMetrics metrics, String text, double width) {
		List<String> lines = new ArrayList<>();
		String current = "";
		for (String word : words(text)) {
			String longer = current.isEmpty() ? word : current + " " + word;
			if (current.isBlank() || metrics.stringWidth(longer) <= width) {
				current = longer;
			}
			else {
				lines.add(current);
				current = word;
			}
		}
		lines.add(current);
		return lines.stream().map(each -> fitted(metrics, each, width)).toList();
	}

	/** The words a text is wrapped between. */
	public static List<String> words(String text) {
		return List.of(text.split(" "));
	}

	/** The text, cut with an ellipsis where it would run past the given width. */
	public static String fitted(FontMetrics metrics, String text, double width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut.stripTrailing() + "…";
	}

}
