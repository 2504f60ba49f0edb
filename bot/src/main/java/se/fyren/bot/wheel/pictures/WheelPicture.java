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
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a year wheel on any {@link Graphics2D}, so the SVG and the PNG are the same
 * picture: the months around the circle from January at the top, clockwise; events as
 * dots on one ring per stream; windows as arcs outside, from the start of their span to
 * the decision, thicker the more streams meet.
 */
public final class WheelPicture {

	public static final int WIDTH = 800;

	public static final int HEIGHT = 900;

	private static final double CX = 400;

	private static final double CY = 400;

	private static final Map<KingdonStream, Double> RING = Map.of(KingdonStream.PROBLEM, 180.0, KingdonStream.POLITICS,
			230.0, KingdonStream.POLICY, 280.0);

	private static final Map<KingdonStream, Color> COLOUR = Map.of(KingdonStream.PROBLEM, new Color(0xD55E00),
			KingdonStream.POLITICS, new Color(0x0072B2), KingdonStream.POLICY, new Color(0x009E73));

	private static final Color WINDOW = new Color(0xCC, 0x79, 0xA7, 0xB0);

	private static final Color INK = new Color(0x33, 0x33, 0x33);

	/** What the picture says in words, in the reader's language. */
	record Labels(String title, Map<KingdonStream, String> streams, String window, Locale locale) {
	}

	void draw(Graphics2D g, Wheel wheel, int year, List<Window> windows, Labels labels) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
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
		for (Occurrence occurrence : wheel.occurrences(first, first.plusDays(days - 1))) {
			KingdonStream stream = occurrence.event().stream();
			double angle = angle(fraction(occurrence.date(), first, days));
			double r = RING.get(stream);
			double size = occurrence.event().kind() == EventKind.DECISION_POINT ? 18 : 12;
			g.setColor(COLOUR.get(stream));
			g.fill(new Ellipse2D.Double(CX + r * Math.cos(angle) - size / 2, CY + r * Math.sin(angle) - size / 2, size,
					size));
		}
		drawCentre(g, labels.title(), String.valueOf(year));
		drawLegend(g, labels);
	}

	private static LocalDate earliest(Window window, LocalDate first) {
		LocalDate start = window.decision().date();
		for (Occurrence occurrence : window.problem()) {
			start = occurrence.date().isBefore(start) ? occurrence.date() : start;
		}
		for (Occurrence occurrence : window.politics()) {
			start = occurrence.date().isBefore(start) ? occurrence.date() : start;
		}
		return start.isBefore(first) ? first : start;
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
		double x = 60;
		double y = 820;
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
