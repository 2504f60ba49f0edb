package se.fyren.bot.wheel.pictures;

import se.fyren.bot.wheel.EventKind;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.Window;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a year wheel on any {@link Graphics2D}, so the SVG and the PNG are the same
 * picture: the months around the circle from January at the top, clockwise; events as
 * numbered dots on one ring per stream; windows as arcs outside, from the start of their
 * span to the decision, thicker the more streams meet. Below the wheel, the legend says
 * in words what each number is and when each window is open, so the picture reads without
 * the chat's text beside it.
 */
public final class WheelPicture {

	public static final int WIDTH = 800;

	/** Where the legend starts: below the wheel and its month names. */
	private static final double LEGEND_TOP = 820;

	/** One line of the legend. */
	private static final int LINE = 24;

	/** Where the legend's lines start, and how wide they may run. */
	private static final double LEFT = 40;

	private static final double CX = 400;

	private static final double CY = 400;

	private static final Map<KingdonStream, Double> RING = Map.of(KingdonStream.PROBLEM, 180.0, KingdonStream.POLITICS,
			230.0, KingdonStream.POLICY, 280.0);

	private static final Map<KingdonStream, Color> COLOUR = Map.of(KingdonStream.PROBLEM, new Color(0xD55E00),
			KingdonStream.POLITICS, new Color(0x0072B2), KingdonStream.POLICY, new Color(0x009E73));

	private static final Color WINDOW = new Color(0xCC, 0x79, 0xA7, 0xB0);

	private static final Color INK = new Color(0x33, 0x33, 0x33);

	/**
	 * What the picture says in words, in the reader's language.
	 *
	 * @param windows each window's line in the legend (its dates and decision), in the
	 * order of the windows drawn
	 * @param date how the legend writes a day (13 sep)
	 */
	record Labels(String title, Map<KingdonStream, String> streams, String window, List<String> windows,
			DateTimeFormatter date, Locale locale) {
	}

	/** How tall the picture is: the wheel, and its legend below. */
	static int height(Wheel wheel, int year, List<Window> windows) {
		LocalDate first = LocalDate.of(year, 1, 1);
		int events = wheel.occurrences(first, first.plusDays(first.lengthOfYear() - 1)).size();
		return (int) LEGEND_TOP + LINE * (2 + events + (windows.isEmpty() ? 0 : 1 + windows.size()));
	}

	void draw(Graphics2D g, Wheel wheel, int year, List<Window> windows, Labels labels) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, height(wheel, year, windows));
		LocalDate first = LocalDate.of(year, 1, 1);
		int days = first.lengthOfYear();
		drawMonths(g, first, days, labels.locale());
		for (Window window : windows) {
			double from = fraction(earliest(window, first), first, days);
			double to = fraction(window.decision().date(), first, days);
			g.setColor(WINDOW);
			g.setStroke(new BasicStroke(6f * window.strength(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
			double r = 320;
			g.draw(new Arc2D.Double(CX - r, CY - r, 2 * r, 2 * r, 90 - 360 * from, -360 * (to - from), Arc2D.OPEN));
		}
		List<Occurrence> occurrences = wheel.occurrences(first, first.plusDays(days - 1));
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		for (int i = 0; i < occurrences.size(); i++) {
			Occurrence occurrence = occurrences.get(i);
			KingdonStream stream = occurrence.event().stream();
			double angle = angle(fraction(occurrence.date(), first, days));
			double r = RING.get(stream);
			double size = occurrence.event().kind() == EventKind.DECISION_POINT ? 18 : 12;
			g.setColor(COLOUR.get(stream));
			g.fill(new Ellipse2D.Double(CX + r * Math.cos(angle) - size / 2, CY + r * Math.sin(angle) - size / 2, size,
					size));
			// The number just inside the dot's ring, where the rings leave room.
			String number = String.valueOf(i + 1);
			double at = r - size / 2 - 10;
			g.setColor(INK);
			g.drawString(number, (float) (CX + at * Math.cos(angle) - g.getFontMetrics().stringWidth(number) / 2.0),
					(float) (CY + at * Math.sin(angle) + g.getFontMetrics().getAscent() / 2.0 - 1));
		}
		drawCentre(g, labels.title(), String.valueOf(year));
		drawLegend(g, labels);
		drawEvents(g, occurrences, labels);
		drawWindows(g, occurrences, labels);
	}

	/** Each numbered dot in words: its number, day and title, in the stream's colour. */
	private void drawEvents(Graphics2D g, List<Occurrence> occurrences, Labels labels) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
		for (int i = 0; i < occurrences.size(); i++) {
			Occurrence occurrence = occurrences.get(i);
			double x = LEFT;
			double y = LEGEND_TOP + LINE * (2 + i);
			g.setColor(COLOUR.get(occurrence.event().stream()));
			g.fill(new Ellipse2D.Double(x, y - 11, 12, 12));
			g.setColor(INK);
			String line = (i + 1) + "  " + labels.date().format(occurrence.date()) + " – " + occurrence.event().title();
			g.drawString(fitted(g, line, WIDTH - 2 * LEFT - 20), (float) x + 20, (float) y);
		}
	}

	/** Each open window with its dates, under the events. */
	private void drawWindows(Graphics2D g, List<Occurrence> occurrences, Labels labels) {
		double y = LEGEND_TOP + LINE * (3 + occurrences.size());
		for (String window : labels.windows()) {
			g.setColor(WINDOW);
			g.setStroke(new BasicStroke(8f));
			g.draw(new Line2D.Double(LEFT, y - 5, LEFT + 20, y - 5));
			g.setColor(INK);
			g.drawString(fitted(g, window, WIDTH - 2 * LEFT - 30), (float) LEFT + 30, (float) y);
			y += LINE;
		}
	}

	/** The text, cut with an ellipsis where it would run past the given width. */
	private static String fitted(Graphics2D g, String text, double width) {
		FontMetrics metrics = g.getFontMetrics();
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String cut = text;
		while (cut.length() > 1 && metrics.stringWidth(cut + "…") > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut.stripTrailing() + "…";
	}

	/**
	 * The window's start on this year's wheel: a window opened last year starts at its
	 * top.
	 */
	private static LocalDate earliest(Window window, LocalDate first) {
		return window.opens().isBefore(first) ? first : window.opens();
	}

	private void drawMonths(Graphics2D g, LocalDate first, int days, Locale locale) {
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
		FontMetrics metrics = g.getFontMetrics();
		for (KingdonStream stream : KingdonStream.values()) {
			double r = RING.get(stream);
			g.setColor(new Color(0xEE, 0xEE, 0xEE));
			g.setStroke(new BasicStroke(1.5f));
			g.draw(new Ellipse2D.Double(CX - r, CY - r, 2 * r, 2 * r));
		}
		for (Month month : Month.values()) {
			double start = angle(fraction(first.withMonth(month.getValue()), first, days));
			g.setColor(new Color(0xBB, 0xBB, 0xBB));
			g.setStroke(new BasicStroke(1f));
			g.draw(new Line2D.Double(CX + 140 * Math.cos(start), CY + 140 * Math.sin(start), CX + 340 * Math.cos(start),
					CY + 340 * Math.sin(start)));
			double middle = angle(fraction(first.withMonth(month.getValue()).withDayOfMonth(15), first, days));
			String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
			String label = name.substring(0, 1).toUpperCase(locale) + name.substring(1, 3);
			g.setColor(INK);
			g.drawString(label, (float) (CX + 365 * Math.cos(middle) - metrics.stringWidth(label) / 2.0),
					(float) (CY + 365 * Math.sin(middle) + metrics.getAscent() / 2.0 - 2));
		}
	}

	private void drawCentre(Graphics2D g, String title, String year) {
		g.setColor(INK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
		centred(g, title, CY - 8);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
		centred(g, year, CY + 30);
	}

	private void drawLegend(Graphics2D g, Labels labels) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
		double x = LEFT;
		double y = LEGEND_TOP;
		for (KingdonStream stream : KingdonStream.values()) {
			g.setColor(COLOUR.get(stream));
			g.fill(new Ellipse2D.Double(x, y - 12, 14, 14));
			g.setColor(INK);
			String label = labels.streams().get(stream);
			g.drawString(label, (float) x + 20, (float) y);
			x += 40 + g.getFontMetrics().stringWidth(label);
		}
		g.setColor(WINDOW);
		g.setStroke(new BasicStroke(10f));
		g.draw(new Line2D.Double(x, y - 5, x + 30, y - 5));
		g.setColor(INK);
		g.drawString(labels.window(), (float) x + 40, (float) y);
	}

	private static void centred(Graphics2D g, String text, double y) {
		g.drawString(text, (float) (CX - g.getFontMetrics().stringWidth(text) / 2.0), (float) y);
	}

	private static double fraction(LocalDate date, LocalDate first, int days) {
		return (date.getDayOfYear() - 1 + 0.5) / days;
	}

	/** Radians on screen, clockwise from the top. */
	private static double angle(double fraction) {
		return Math.toRadians(-90 + 360 * fraction);
	}

}
