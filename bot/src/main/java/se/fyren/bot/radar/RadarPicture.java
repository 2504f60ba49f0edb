package se.fyren.bot.radar;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.infra.PictureText;
import se.fyren.bot.wheel.KingdonStream;

/**
 * Draws one issue on any {@link Graphics2D}, so the SVG and the PNG are the same picture:
 * three stream lanes on a time axis, each signal a dot in its lane, the span it keeps the
 * stream live shaded, the decision points as vertical lines, today dashed, and the window
 * (all three live while a decision point is within its lead time) as a band across the
 * lanes. The stream colours are the year wheel's. A {@link PictureLayout} says how large
 * the words are drawn, as for the wheel: on a phone the picture grows taller, never
 * wider, and its dates, months and lanes' names are as large as its legend.
 */
public final class RadarPicture {

	public static final int WIDTH = 900;

	/** The regular picture's height; a phone's grows with its larger words. */
	public static final int HEIGHT = 400;

	/** Where the lanes start at the least: right of the streams' names. */
	private static final double LEFT = 110;

	private static final double RIGHT = 870;

	/** Where the streams' names start. */
	private static final double NAMES = 16;

	/** The title's first line, and the lanes' top below it, at the regular size. */
	private static final double TITLE = 36;

	private static final double LANE_TOP = 70;

	private static final double LANE_HEIGHT = 70;

	private static final int TITLE_TEXT = 20;

	private static final int NAME_TEXT = 16;

	/**
	 * How far a decision point's date keeps from lines, at the regular size: above its
	 * own line's top, and beside another's.
	 */
	private static final double DATE_GAP = 6;

	/** The dates and months on the figure. */
	private static final int FIGURE_TEXT = 12;

	/**
	 * How far below the axis the months' baseline stands at the regular size: below the
	 * ticks, by a little more than the months' height.
	 */
	private static final double MONTHS_BELOW = 22;

	/**
	 * Every how many months the axis may name one, the fewest that leave room: the
	 * regular picture's names fit every other month, a phone's larger ones further apart.
	 * The months named are January's and every step's after it.
	 */
	private static final List<Integer> MONTH_STEPS = List.of(2, 3, 4, 6, 12);

	private static final int LEGEND_TEXT = 14;

	/** The legend's rows, and the lines of one row wrapped, at the regular size. */
	private static final double ROW = 30;

	private static final double WRAPPED = 22;

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

	/**
	 * Where the parts stand in a layout: the title's lines, and the lanes below them,
	 * starting right of the streams' names; the row above the lanes each decision point's
	 * date stands in (0 the lowest, in the order of the chart's decisions), and every how
	 * many months the axis names one.
	 */
	private record Frame(PictureLayout layout, List<String> title, double left, double laneTop, List<Integer> dateRows,
			int monthStep) {

		double axis() {
			return laneTop + 3 * LANE_HEIGHT + 10;
		}

		/** The months' baseline, below the axis as far as their size needs. */
		double months() {
			return axis() + figureText(layout) * MONTHS_BELOW / FIGURE_TEXT;
		}

		double x(Chart chart, LocalDate date) {
			return RadarPicture.x(chart, left, date);
		}

	}

	/** The size of the legend's lines, in the picture's pixels. */
	public static double legendText(PictureLayout layout) {
		return layout.legend(LEGEND_TEXT, WIDTH);
	}

	/** How tall the picture is: the lanes, and the legend below with its rows wrapped. */
	static int height(Chart chart, PictureLayout layout) {
		Graphics2D measure = PictureText.measuring();
		try {
			return (int) Math.ceil(legend(measure, null, chart, frame(measure, chart, layout)));
		}
		finally {
			measure.dispose();
		}
	}

	void draw(Graphics2D g, Chart chart, PictureLayout layout) {
		PictureText.hints(g);
		Graphics2D measure = PictureText.measuring();
		try {
			Frame frame = frame(measure, chart, layout);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, (int) Math.ceil(legend(measure, null, chart, frame)));
			drawChart(g, chart, frame);
			legend(measure, g, chart, frame);
		}
		finally {
			measure.dispose();
		}
	}

	/**
	 * The title wrapped to the picture's width and the lanes below it, starting where the
	 * longest stream name leaves room.
	 */
	private static Frame frame(Graphics2D measure, Chart chart, PictureLayout layout) {
		FontMetrics names = measure.getFontMetrics(PictureText.font(Font.PLAIN, layout.words(NAME_TEXT, WIDTH)));
		double left = LEFT;
		for (String name : chart.streams().values()) {
			left = Math.max(left, NAMES + names.stringWidth(name) + NAMES);
		}
		double size = layout.legend(TITLE_TEXT, WIDTH);
		List<String> title = PictureText.wrapped(measure.getFontMetrics(PictureText.font(Font.BOLD, size)),
				chart.title(), RIGHT - left);
		FontMetrics figure = measure.getFontMetrics(PictureText.font(Font.PLAIN, figureText(layout)));
		List<Integer> dateRows = dateRows(figure, chart, layout, left);
		int above = dateRows.stream().mapToInt(Integer::intValue).max().orElse(0);
		// Room above the lanes for the dates: as much more as they are larger than the
		// regular picture's, and a line for each row past the first.
		double laneTop = titleLine(layout, title.size() - 1) + layout.figure(LANE_TOP - TITLE)
				+ (figureText(layout) - layout.figure(FIGURE_TEXT)) + above * dateLine(layout);
		return new Frame(layout, title, left, laneTop, dateRows, monthStep(figure, chart, left));
	}

	/** The size of the figure's dates and months. */
	private static double figureText(PictureLayout layout) {
		return layout.words(FIGURE_TEXT, WIDTH);
	}

	/** From one row of dates above the lanes to the next. */
	private static double dateLine(PictureLayout layout) {
		return figureText(layout) * 1.15;
	}

	private static double x(Chart chart, double left, LocalDate date) {
		double total = ChronoUnit.DAYS.between(chart.from(), chart.to()) + 1;
		return left + (RIGHT - left) * ChronoUnit.DAYS.between(chart.from(), date) / total;
	}

	/**
	 * The row each decision point's date stands in above the lanes, 0 the lowest. The
	 * regular picture's dates stand in one row; on a phone, where they are three times as
	 * large, a date that would run into one before it, or stand over the line of a date
	 * in a row above it, stands a row higher.
	 */
	private static List<Integer> dateRows(FontMetrics metrics, Chart chart, PictureLayout layout, double left) {
		List<Integer> rows = new ArrayList<>();
		List<PlacedDate> placed = new ArrayList<>();
		double gap = metrics.getHeight() / 2.0;
		double lineGap = layout.figure(DATE_GAP);
		for (Decision decision : chart.decisions()) {
			int row = 0;
			if (layout != PictureLayout.REGULAR && inRange(chart, decision.date())) {
				double width = metrics.stringWidth(dayAndMonth(chart).format(decision.date()));
				double line = x(chart, left, decision.date());
				double start = dateStart(layout, line, width);
				while (true) {
					PlacedDate date = new PlacedDate(row, start, start + width, line);
					if (placed.stream().allMatch(other -> date.clearOf(other, gap, lineGap))) {
						placed.add(date);
						break;
					}
					row++;
				}
			}
			rows.add(row);
		}
		return rows;
	}

	/**
	 * A decision point's date as it stands above the lanes on a phone: its row, where it
	 * starts and ends, and where its line is.
	 */
	private record PlacedDate(int row, double start, double end, double line) {

		/**
		 * Whether this date keeps clear of another: in one row, words a gap apart; in
		 * two, the lower clear of the higher's line, which the eye follows up to its
		 * date.
		 */
		boolean clearOf(PlacedDate other, double gap, double lineGap) {
			if (other.row == row) {
				return other.end + gap <= start || end + gap <= other.start;
			}
			PlacedDate lower = other.row < row ? other : this;
			PlacedDate higher = other.row < row ? this : other;
			return higher.line < lower.start - lineGap || higher.line > lower.end + lineGap;
		}

	}

	/** Where a decision point's date starts: centred on its line, inside the picture. */
	private static double dateStart(PictureLayout layout, double x, double width) {
		return inside(layout, x - width / 2, width);
	}

	/**
	 * Where words of this width start that would start at x: on a phone moved left to end
	 * inside the picture, clear of its edge, as its larger dates and months near the
	 * right edge would run past it. The regular picture's stand where they always have,
	 * so the pictures Slack, Teams and the desktop show do not change.
	 */
	private static double inside(PictureLayout layout, double x, double width) {
		return layout == PictureLayout.REGULAR ? x : Math.min(x, WIDTH - PictureText.EDGE - width);
	}

	/**
	 * The fewest months from one named to the next that leave the widest name room beside
	 * the next.
	 */
	private static int monthStep(FontMetrics metrics, Chart chart, double left) {
		double total = ChronoUnit.DAYS.between(chart.from(), chart.to()) + 1;
		double month = (RIGHT - left) * (365.25 / 12) / total;
		int widest = 0;
		for (LocalDate tick = chart.from(); !tick.isAfter(chart.to()); tick = tick.plusMonths(1)) {
			widest = Math.max(widest, metrics.stringWidth(monthAndYear(chart).format(tick)));
		}
		for (int step : MONTH_STEPS) {
			if (step * month >= widest + metrics.getHeight() / 2.0) {
				return step;
			}
		}
		return MONTH_STEPS.get(MONTH_STEPS.size() - 1);
	}

	private static DateTimeFormatter dayAndMonth(Chart chart) {
		return DateTimeFormatter.ofPattern("d MMM", chart.locale());
	}

	private static DateTimeFormatter monthAndYear(Chart chart) {
		return DateTimeFormatter.ofPattern("MMM yy", chart.locale());
	}

	/** The baseline of the title's line. */
	private static double titleLine(PictureLayout layout, int line) {
		double size = layout.legend(TITLE_TEXT, WIDTH);
		return TITLE * size / TITLE_TEXT + line * size * 1.2;
	}

	private void drawChart(Graphics2D g, Chart chart, Frame frame) {
		PictureLayout layout = frame.layout();
		g.setColor(INK);
		g.setFont(PictureText.font(Font.BOLD, layout.legend(TITLE_TEXT, WIDTH)));
		for (int i = 0; i < frame.title().size(); i++) {
			g.drawString(frame.title().get(i), (float) frame.left(), (float) titleLine(layout, i));
		}
		int days = (int) ChronoUnit.DAYS.between(chart.from(), chart.to()) + 1;
		Map<KingdonStream, boolean[]> live = live(chart, days);
		drawWindow(g, chart, frame, live, days);
		int lane = 0;
		for (KingdonStream stream : KingdonStream.values()) {
			double top = frame.laneTop() + lane++ * LANE_HEIGHT;
			g.setColor(new Color(0xF4, 0xF4, 0xF4));
			g.fill(new Rectangle2D.Double(frame.left(), top + 8, RIGHT - frame.left(), LANE_HEIGHT - 16));
			Color colour = COLOUR.get(stream);
			g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0x50));
			drawRuns(g, chart, frame, live.get(stream), top + 8, LANE_HEIGHT - 16);
			g.setColor(INK);
			double name = layout.words(NAME_TEXT, WIDTH);
			g.setFont(PictureText.font(Font.PLAIN, name));
			// Its middle on the lane's.
			g.drawString(chart.streams().get(stream), (float) NAMES,
					(float) (top + LANE_HEIGHT / 2 + name * 6 / NAME_TEXT));
			g.setColor(colour);
			double dot = layout.figure(14);
			for (Signal signal : chart.signals()) {
				if (signal.stream() == stream) {
					dotDay(chart, signal).ifPresent(day -> {
						double x = frame.x(chart, day);
						g.fill(new Ellipse2D.Double(x - dot / 2, top + LANE_HEIGHT / 2 - dot / 2, dot, dot));
					});
				}
			}
		}
		drawDecisions(g, chart, frame);
		drawAxis(g, chart, frame);
	}

	/**
	 * The day a signal's dot stands on: its own, or the picture's first for a signal
	 * dated before it whose span still reaches into it, so a shaded span never begins
	 * without its signal (a signal of 28 February, in a picture that begins 1 March).
	 * Empty for a signal whose span the picture does not show.
	 */
	static Optional<LocalDate> dotDay(Chart chart, Signal signal) {
		if (inRange(chart, signal.date())) {
			return Optional.of(signal.date());
		}
		boolean reachesIn = signal.date().isBefore(chart.from())
				&& !signal.date().plusDays(chart.spanDays().get(signal.stream())).isBefore(chart.from());
		return reachesIn ? Optional.of(chart.from()) : Optional.empty();
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
	private void drawWindow(Graphics2D g, Chart chart, Frame frame, Map<KingdonStream, boolean[]> live, int days) {
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
		drawRuns(g, chart, frame, open, frame.laneTop(), 3 * LANE_HEIGHT);
	}

	private void drawRuns(Graphics2D g, Chart chart, Frame frame, boolean[] days, double top, double height) {
		int start = -1;
		for (int day = 0; day <= days.length; day++) {
			boolean on = day < days.length && days[day];
			if (on && start < 0) {
				start = day;
			}
			else if (!on && start >= 0) {
				double from = frame.x(chart, chart.from().plusDays(start));
				double to = frame.x(chart, chart.from().plusDays(day));
				g.fill(new Rectangle2D.Double(from, top, Math.max(1, to - from), height));
				start = -1;
			}
		}
	}

	private void drawDecisions(Graphics2D g, Chart chart, Frame frame) {
		PictureLayout layout = frame.layout();
		g.setFont(PictureText.font(Font.PLAIN, figureText(layout)));
		for (int i = 0; i < chart.decisions().size(); i++) {
			Decision decision = chart.decisions().get(i);
			if (!inRange(chart, decision.date())) {
				continue;
			}
			double x = frame.x(chart, decision.date());
			// Past decision points stay as faint context; each line says its date, as the
			// legend below names only those still ahead.
			boolean past = decision.date().isBefore(chart.today());
			g.setColor(past ? PAST : INK);
			g.setStroke(new BasicStroke(past ? 1f : 2f));
			g.draw(new Line2D.Double(x, frame.laneTop(), x, frame.axis()));
			String date = dayAndMonth(chart).format(decision.date());
			g.drawString(date, (float) dateStart(layout, x, g.getFontMetrics().stringWidth(date)),
					(float) (frame.laneTop() - layout.figure(DATE_GAP) - frame.dateRows().get(i) * dateLine(layout)));
		}
		double today = frame.x(chart, chart.today());
		g.setColor(new Color(0x88, 0x88, 0x88));
		g.setStroke(
				new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
		// Across the lanes only, as a decision point's line: above them it ran
		// through the date of a decision point a few days past.
		g.draw(new Line2D.Double(today, frame.laneTop(), today, frame.axis()));
	}

	private void drawAxis(Graphics2D g, Chart chart, Frame frame) {
		PictureLayout layout = frame.layout();
		double axis = frame.axis();
		g.setColor(INK);
		g.setStroke(new BasicStroke(1f));
		g.draw(new Line2D.Double(frame.left(), axis, RIGHT, axis));
		double size = figureText(layout);
		g.setFont(PictureText.font(Font.PLAIN, size));
		for (LocalDate tick = chart.from().withDayOfMonth(1).plusMonths(1); !tick.isAfter(chart.to()); tick = tick
			.plusMonths(1)) {
			double x = frame.x(chart, tick);
			g.draw(new Line2D.Double(x, axis, x, axis + 6));
			if ((tick.getMonthValue() - 1) % frame.monthStep() == 0) {
				String month = monthAndYear(chart).format(tick);
				// Left of its tick and below the axis, as far as its size needs.
				double start = inside(layout, x - size * 16 / FIGURE_TEXT, g.getFontMetrics().stringWidth(month));
				g.drawString(month, (float) start, (float) frame.months());
			}
		}
	}

	/**
	 * Lays the legend out below the axis, and draws it on the canvas when there is one:
	 * the decision points ahead, then the window's colour. The regular picture names the
	 * decision points in one row, as many as fit; on a phone each has a row of its own,
	 * wrapped under itself, as one row at that size holds hardly one.
	 * @return the picture's height: a little below the legend's last line
	 */
	private static double legend(Graphics2D measure, Graphics2D canvas, Chart chart, Frame frame) {
		PictureLayout layout = frame.layout();
		double size = legendText(layout);
		double scale = size / LEGEND_TEXT;
		Font font = PictureText.font(Font.PLAIN, size);
		FontMetrics metrics = measure.getFontMetrics(font);
		if (canvas != null) {
			canvas.setFont(font);
			canvas.setColor(INK);
		}
		// Below the months; the regular picture's first row at 70 below the axis.
		double y = frame.months() + 14 + 34 * scale;
		boolean oneRow = layout == PictureLayout.REGULAR;
		// On a phone the rows take the whole width, from under the streams' names.
		double start = oneRow ? frame.left() : NAMES;
		double x = start;
		boolean first = true;
		for (Decision decision : chart.decisions()) {
			if (!inRange(chart, decision.date()) || decision.date().isBefore(chart.today())) {
				continue;
			}
			String label = "│ " + decision.title() + " " + dayAndMonth(chart).format(decision.date());
			if (oneRow) {
				if (canvas != null) {
					canvas.drawString(label, (float) x, (float) y);
				}
				x += metrics.stringWidth(label) + 24;
				if (x > RIGHT - 150) {
					break;
				}
				continue;
			}
			y += first ? 0 : ROW * scale;
			first = false;
			List<String> lines = PictureText.wrapped(metrics, label, RIGHT - x);
			for (int i = 0; i < lines.size(); i++) {
				if (canvas != null) {
					canvas.drawString(lines.get(i), (float) x, (float) (y + i * WRAPPED * scale));
				}
			}
			y += (lines.size() - 1) * WRAPPED * scale;
		}
		y += ROW * scale;
		if (canvas != null) {
			canvas.setColor(WINDOW);
			canvas.fill(new Rectangle2D.Double(start, y - 12 * scale, 30 * scale, 14 * scale));
			canvas.setColor(INK);
			canvas.drawString(chart.window(), (float) (start + 40 * scale), (float) y);
		}
		return y + 10 * scale;
	}

	private static boolean inRange(Chart chart, LocalDate date) {
		return !date.isBefore(chart.from()) && !date.isAfter(chart.to());
	}

}
