package se.fyren.bot.radar;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.fyren.bot.wheel.KingdonStream;

/**
 * Draws one issue on any {@link Graphics2D}, so the SVG and the PNG are the same picture:
 * three stream lanes on a time axis, each signal a dot in its lane, the span it keeps the
 * stream live shaded, the decision points as vertical lines, today dashed, and the window
 * (all three live while a decision point is within its lead time) as a band across the
 * lanes. The stream colours are the year wheel's.
 */
final class RadarPicture {

	static final int WIDTH = 900;

	static final int HEIGHT = 400;

	private static final double LEFT = 110;

	private static final double RIGHT = 870;

	private static final double LANE_TOP = 70;

	private static final double LANE_HEIGHT = 70;

	private static final double AXIS = LANE_TOP + 3 * LANE_HEIGHT + 10;

	private static final Map<KingdonStream, Color> COLOUR = Map.of(KingdonStream.PROBLEM, new Color(0xD55E00),
			KingdonStream.POLITICS, new Color(0x0072B2), KingdonStream.POLICY, new Color(0x009E73));

	private static final Color WINDOW = new Color(0xCC, 0x79, 0xA7, 0x70);

	private static final Color INK = new Color(0x33, 0x33, 0x33);

	private static final Color PAST = new Color(0xAA, 0xAA, 0xAA);

	/** A decision point as drawn: its line, and the days its window is watched. */
	record Decision(String title, LocalDate date, LocalDate opens) {
	}

	/** What the picture shows, in the reader's language. */
	record Chart(String title, LocalDate from, LocalDate to, LocalDate today, List<Signal> signals,
			Map<KingdonStream, Long> spanDays, List<Decision> decisions, Map<KingdonStream, String> streams,
			String window, Locale locale) {
	}

	void draw(Graphics2D g, Chart chart) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(INK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
		g.drawString(chart.title(), (float) LEFT, 36f);
		int days = (int) ChronoUnit.DAYS.between(chart.from(), chart.to()) + 1;
		Map<KingdonStream, boolean[]> live = live(chart, days);
		drawWindow(g, chart, live, days);
		int lane = 0;
		for (KingdonStream stream : KingdonStream.values()) {
			double top = LANE_TOP + lane++ * LANE_HEIGHT;
			g.setColor(new Color(0xF4, 0xF4, 0xF4));
			g.fill(new Rectangle2D.Double(LEFT, top + 8, RIGHT - LEFT, LANE_HEIGHT - 16));
			Color colour = COLOUR.get(stream);
			g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0x50));
			drawRuns(g, chart, live.get(stream), top + 8, LANE_HEIGHT - 16);
			g.setColor(INK);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
			g.drawString(chart.streams().get(stream), 16f, (float) (top + LANE_HEIGHT / 2 + 6));
			g.setColor(colour);
			for (Signal signal : chart.signals()) {
				if (signal.stream() == stream && inRange(chart, signal.date())) {
					double x = x(chart, signal.date());
					g.fill(new Ellipse2D.Double(x - 7, top + LANE_HEIGHT / 2 - 7, 14, 14));
				}
			}
		}
		drawDecisions(g, chart);
		drawAxis(g, chart);
	}

	/** Per stream, whether each day of the range is within a signal's span. */
	private static Map<KingdonStream, boolean[]> live(Chart chart, int days) {
		Map<KingdonStream, boolean[]> live = new EnumMap<>(KingdonStream.class);
		for (KingdonStream stream : KingdonStream.values()) {
			live.put(stream, new boolean[days]);
		}
		for (Signal signal : chart.signals()) {
			boolean[] lane = live.get(signal.stream());
			long start = ChronoUnit.DAYS.between(chart.from(), signal.date());
			long end = start + chart.spanDays().get(signal.stream());
			for (long day = Math.max(0, start); day <= Math.min(days - 1, end); day++) {
				lane[(int) day] = true;
			}
		}
		return live;
	}

	/** The days all three streams are live while a decision point's window is watched. */
	private void drawWindow(Graphics2D g, Chart chart, Map<KingdonStream, boolean[]> live, int days) {
		boolean[] open = new boolean[days];
		for (int day = 0; day < days; day++) {
			LocalDate date = chart.from().plusDays(day);
			boolean allLive = true;
			for (boolean[] lane : live.values()) {
				allLive &= lane[day];
			}
			for (Decision decision : chart.decisions()) {
				open[day] |= allLive && !date.isBefore(decision.opens()) && !date.isAfter(decision.date());
			}
		}
		g.setColor(WINDOW);
		drawRuns(g, chart, open, LANE_TOP, 3 * LANE_HEIGHT);
	}

	private void drawRuns(Graphics2D g, Chart chart, boolean[] days, double top, double height) {
		int start = -1;
		for (int day = 0; day <= days.length; day++) {
			boolean on = day < days.length && days[day];
			if (on && start < 0) {
				start = day;
			}
			else if (!on && start >= 0) {
				double from = x(chart, chart.from().plusDays(start));
				double to = x(chart, chart.from().plusDays(day));
				g.fill(new Rectangle2D.Double(from, top, Math.max(1, to - from), height));
				start = -1;
			}
		}
	}

	private void drawDecisions(Graphics2D g, Chart chart) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", chart.locale());
		for (Decision decision : chart.decisions()) {
			if (!inRange(chart, decision.date())) {
				continue;
			}
			double x = x(chart, decision.date());
			// Past decision points stay as faint context; each line says its date, as the
			// legend below names only those still ahead.
			boolean past = decision.date().isBefore(chart.today());
			g.setColor(past ? PAST : INK);
			g.setStroke(new BasicStroke(past ? 1f : 2f));
			g.draw(new Line2D.Double(x, LANE_TOP, x, AXIS));
			String date = day.format(decision.date());
			g.drawString(date, (float) (x - g.getFontMetrics().stringWidth(date) / 2.0), (float) LANE_TOP - 6);
		}
		double today = x(chart, chart.today());
		g.setColor(new Color(0x88, 0x88, 0x88));
		g.setStroke(
				new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
		g.draw(new Line2D.Double(today, LANE_TOP - 10, today, AXIS));
	}

	private void drawAxis(Graphics2D g, Chart chart) {
		g.setColor(INK);
		g.setStroke(new BasicStroke(1f));
		g.draw(new Line2D.Double(LEFT, AXIS, RIGHT, AXIS));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", chart.locale());
		for (LocalDate tick = chart.from().withDayOfMonth(1).plusMonths(1); !tick.isAfter(chart.to()); tick = tick
			.plusMonths(1)) {
			double x = x(chart, tick);
			g.draw(new Line2D.Double(x, AXIS, x, AXIS + 6));
			if (tick.getMonthValue() % 2 == 1) {
				g.drawString(month.format(tick), (float) x - 16, (float) AXIS + 22);
			}
		}
		int y = HEIGHT - 40;
		double x = LEFT;
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
		for (Decision decision : chart.decisions()) {
			if (inRange(chart, decision.date()) && !decision.date().isBefore(chart.today())) {
				String label = "│ " + decision.title() + " "
						+ DateTimeFormatter.ofPattern("d MMM", chart.locale()).format(decision.date());
				g.drawString(label, (float) x, (float) y);
				x += g.getFontMetrics().stringWidth(label) + 24;
				if (x > RIGHT - 150) {
					break;
				}
			}
		}
		g.setColor(WINDOW);
		g.fill(new Rectangle2D.Double(LEFT, HEIGHT - 22, 30, 14));
		g.setColor(INK);
		g.drawString(chart.window(), (float) LEFT + 40, (float) HEIGHT - 10);
	}

	private static boolean inRange(Chart chart, LocalDate date) {
		return !date.isBefore(chart.from()) && !date.isAfter(chart.to());
	}

	private static double x(Chart chart, LocalDate date) {
		double total = ChronoUnit.DAYS.between(chart.from(), chart.to()) + 1;
		return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(chart.from(), date) / total;
	}

}
