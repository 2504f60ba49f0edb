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
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.infra.PictureText;

/**
 * Draws a year wheel on any {@link Graphics2D}, so the SVG and the PNG are the same
 * picture: the months around the circle from January at the top, clockwise; events as
 * numbered dots on one ring per stream; windows as arcs outside, from the start of their
 * span to the decision, thicker the more streams meet. Below the wheel, the legend says
 * in words what each number is and when each window is open, so the picture reads without
 * the chat's text beside it. A {@link PictureLayout} says how large the words are drawn.
 */
public final class WheelPicture {

	public static final int WIDTH = 800;

	/** The size of the legend's lines, in the picture's pixels. */
	public static double legendText(PictureLayout layout) {
		return layout.legend(EVENT_TEXT, WIDTH);
	}

	/**
	 * The wheel's middle, where its title stands, in the picture's pixels: its centre,
	 * the radius of the circle inside the innermost ring's dots, and how wide a phone's
	 * title line may be inside that ring's numbers.
	 */
	public record Middle(double x, double y, double insideTheDots, double room) {
	}

	/** The middle of the wheel drawn in this layout. */
	public static Middle middle(PictureLayout layout) {
		return new Middle(CX, CY, inside(layout), CENTRE);
	}

	/** Where the legend starts: below the wheel and its month names. */
	private static final double LEGEND_TOP = 820;

	/** One line of the legend, at the regular size. */
	private static final int LINE = 24;

	/**
	 * The legend's text at the regular size: the key, and the lines of events and
	 * windows.
	 */
	private static final int KEY_TEXT = 16;

	private static final int EVENT_TEXT = 15;

	/** The dots' numbers, which a phone draws as large as its legend. */
	private static final int NUMBER_TEXT = 12;

	/**
	 * The months' names around the wheel, which a phone too draws as large as its legend.
	 */
	private static final int MONTH_TEXT = 18;

	/**
	 * The title in the middle, which a phone draws as large as its legend: drawn half as
	 * large again, as the dots are, it read as 10.7 CSS pixels beside the legend's 12.
	 */
	private static final int TITLE_TEXT = 20;

	/** A line of the title in the middle: as high as its words are large, and a gap. */
	private static final double LINE_SPACING = 1.2;

	/** The year under the title, drawn half as large again on a phone. */
	private static final int YEAR_TEXT = 30;

	/** Where the legend's lines start, and how wide they may run. */
	private static final double LEFT = 40;

	private static final double CX = 400;

	private static final double CY = 400;

	/** Where the windows' arcs stand: outside the outermost ring. */
	private static final double WINDOW_RING = 320;

	/** Where the months' names stand: outside the windows' arcs. */
	private static final double MONTH_RING = 365;

	private static final Map<KingdonStream, Double> RING = Map.of(KingdonStream.PROBLEM, 180.0, KingdonStream.POLITICS,
			230.0, KingdonStream.POLICY, 280.0);

	/**
	 * How far in from the innermost ring a phone's numbers reach: a number's middle
	 * stands about 40 pixels inside the ring (half a dot and the gap), and a number as
	 * large as the legend reaches about 30 further towards the middle.
	 */
	private static final double NUMBERS_REACH = 70;

	/**
	 * How wide the title in the middle may be on a phone: inside the innermost ring's
	 * numbers.
	 */
	private static final double CENTRE = 2 * (RING.get(KingdonStream.PROBLEM) - NUMBERS_REACH);

	/** A decision point's dot across, at the regular size; an event's is smaller. */
	private static final double DECISION_POINT_DOT = 18;

	private static final double EVENT_DOT = 12;

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

	/**
	 * How tall the picture is: the wheel, and its legend below with its lines wrapped.
	 */
	static int height(Wheel wheel, int year, Labels labels, PictureLayout layout) {
		Graphics2D measure = PictureText.measuring();
		try {
			return (int) Math.ceil(legend(measure, null, occurrences(wheel, year), labels, layout));
		}
		finally {
			measure.dispose();
		}
	}

	void draw(Graphics2D g, Wheel wheel, int year, List<Window> windows, Labels labels, PictureLayout layout) {
		PictureText.hints(g);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, height(wheel, year, labels, layout));
		LocalDate first = LocalDate.of(year, 1, 1);
		int days = first.lengthOfYear();
		List<Rectangle2D> months = drawMonths(g, first, days, labels.locale(), layout);
		// The arcs as drawn, with their width, for a phone's numbers to keep clear of.
		List<Shape> arcs = new ArrayList<>();
		for (Window window : windows) {
			double from = fraction(earliest(window, first), first, days);
			double to = fraction(window.decision().date(), first, days);
			g.setColor(WINDOW);
			BasicStroke stroke = new BasicStroke(6f * window.strength(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
			g.setStroke(stroke);
			double r = WINDOW_RING;
			Arc2D arc = new Arc2D.Double(CX - r, CY - r, 2 * r, 2 * r, 90 - 360 * from, -360 * (to - from), Arc2D.OPEN);
			g.draw(arc);
			arcs.add(stroke.createStrokedShape(arc));
		}
		List<Occurrence> occurrences = occurrences(wheel, year);
		double numberText = layout.words(NUMBER_TEXT, WIDTH);
		g.setFont(PictureText.font(Font.BOLD, numberText));
		Graphics2D measure = PictureText.measuring();
		try {
			FontMetrics numberMetrics = measure.getFontMetrics(g.getFont());
			List<Ellipse2D> dots = occurrences.stream()
				.map(occurrence -> dot(occurrence, first, days, layout))
				.toList();
			List<Centred> centre = centre(measure, labels.title(), String.valueOf(year), layout);
			// What a phone's numbers must keep clear of: the dots, the windows' arcs, the
			// months' names, the title and year in the middle, and the numbers drawn.
			List<Shape> taken = new ArrayList<>(dots.stream().map(Ellipse2D::getBounds2D).toList());
			taken.addAll(arcs);
			taken.addAll(months);
			taken.add(box(measure, centre));
			for (int i = 0; i < occurrences.size(); i++) {
				Occurrence occurrence = occurrences.get(i);
				KingdonStream stream = occurrence.event().stream();
				double angle = angle(fraction(occurrence.date(), first, days));
				double r = RING.get(stream);
				double size = dots.get(i).getWidth();
				g.setColor(COLOUR.get(stream));
				g.fill(dots.get(i));
				// The number just inside the dot's ring, where the rings leave room.
				String number = String.valueOf(i + 1);
				double gap = numberText * 10 / NUMBER_TEXT;
				double at = r - size / 2 - gap;
				if (layout != PictureLayout.REGULAR) {
					at = clear(numberMetrics, number, angle, List.of(at, r + size / 2 + gap,
							at - numberMetrics.getAscent(), at - 2 * numberMetrics.getAscent()), taken);
				}
				g.setColor(INK);
				g.drawString(number, (float) (CX + at * Math.cos(angle) - g.getFontMetrics().stringWidth(number) / 2.0),
						(float) (CY + at * Math.sin(angle) + g.getFontMetrics().getAscent() / 2.0 - 1));
			}
			g.setColor(INK);
			for (Centred words : centre) {
				g.setFont(words.font());
				g.drawString(words.text(), (float) (CX - g.getFontMetrics().stringWidth(words.text()) / 2.0),
						(float) words.baseline());
			}
			legend(measure, g, occurrences, labels, layout);
		}
		finally {
			measure.dispose();
		}
	}

	/** An event's dot on its stream's ring, larger for a decision point. */
	private static Ellipse2D dot(Occurrence occurrence, LocalDate first, int days, PictureLayout layout) {
		double angle = angle(fraction(occurrence.date(), first, days));
		double r = RING.get(occurrence.event().stream());
		double size = layout
			.figure(occurrence.event().kind() == EventKind.DECISION_POINT ? DECISION_POINT_DOT : EVENT_DOT);
		return new Ellipse2D.Double(CX + r * Math.cos(angle) - size / 2, CY + r * Math.sin(angle) - size / 2, size,
				size);
	}

	/**
	 * How far from the middle a number on a phone stands, where it is as large as the
	 * legend's words: the first of these distances where it runs into nothing taken (a
	 * dot, a window's arc, a month's name, the title in the middle, a number already
	 * drawn), else the first. The regular picture's small numbers stand where they always
	 * have, just inside their dots.
	 */
	private static double clear(FontMetrics metrics, String number, double angle, List<Double> distances,
			List<Shape> taken) {
		double chosen = distances.stream()
			.filter(at -> taken.stream().noneMatch(shape -> shape.intersects(box(metrics, number, angle, at))))
			.findFirst()
			.orElse(distances.get(0));
		taken.add(box(metrics, number, angle, chosen));
		return chosen;
	}

	/** The room a number takes, centred this far from the middle at this angle. */
	private static Rectangle2D box(FontMetrics metrics, String number, double angle, double at) {
		double width = metrics.stringWidth(number);
		double height = metrics.getAscent();
		return new Rectangle2D.Double(CX + at * Math.cos(angle) - width / 2, CY + at * Math.sin(angle) - height / 2,
				width, height);
	}

	private static List<Occurrence> occurrences(Wheel wheel, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		return wheel.occurrences(first, first.plusDays(first.lengthOfYear() - 1));
	}

	/**
	 * Lays the legend out below the wheel, and draws it on the canvas when there is one:
	 * the key (each stream's colour and the window's arc, wrapped into rows), each
	 * numbered dot in words (its number, day and title, in the stream's colour), then
	 * each open window with its dates. A line too long for the picture wraps under
	 * itself. The words are measured on a picture of their own, so the SVG and the PNG
	 * break their lines alike and the height measured is the height drawn.
	 * @return the picture's height: a line below the legend's last
	 */
	private static double legend(Graphics2D measure, Graphics2D canvas, List<Occurrence> occurrences, Labels labels,
			PictureLayout layout) {
		double scale = layout.legend(EVENT_TEXT, WIDTH) / EVENT_TEXT;
		double line = LINE * scale;
		double right = WIDTH - LEFT;
		Font keyFont = PictureText.font(Font.PLAIN, KEY_TEXT * scale);
		Font textFont = PictureText.font(Font.PLAIN, EVENT_TEXT * scale);
		FontMetrics key = measure.getFontMetrics(keyFont);
		FontMetrics text = measure.getFontMetrics(textFont);
		if (canvas != null) {
			canvas.setFont(keyFont);
		}
		// The key: each stream's colour, then the window's arc, in one row where they
		// fit,
		// else in columns as wide as the widest, so the rows line up.
		KingdonStream[] streams = KingdonStream.values();
		List<String> names = new ArrayList<>();
		List<Double> widths = new ArrayList<>();
		for (KingdonStream stream : streams) {
			names.add(labels.streams().get(stream));
			widths.add(20 * scale + key.stringWidth(labels.streams().get(stream)));
		}
		names.add(labels.window());
		widths.add(40 * scale + key.stringWidth(labels.window()));
		double gap = 20 * scale;
		double row = widths.stream().mapToDouble(Double::doubleValue).sum() + gap * (widths.size() - 1);
		double column = widths.stream().mapToDouble(Double::doubleValue).max().orElse(0) + gap;
		double x = LEFT;
		double y = LEGEND_TOP;
		for (int i = 0; i < names.size(); i++) {
			if (x > LEFT && x + widths.get(i) > right) {
				x = LEFT;
				y += line;
			}
			if (canvas != null) {
				double at = x + 20 * scale;
				if (i < streams.length) {
					canvas.setColor(COLOUR.get(streams[i]));
					canvas.fill(new Ellipse2D.Double(x, y - 12 * scale, 14 * scale, 14 * scale));
				}
				else {
					canvas.setColor(WINDOW);
					canvas.setStroke(new BasicStroke((float) (10 * scale)));
					canvas.draw(new Line2D.Double(x, y - 5 * scale, x + 30 * scale, y - 5 * scale));
					at = x + 40 * scale;
				}
				canvas.setColor(INK);
				canvas.drawString(names.get(i), (float) at, (float) y);
			}
			x += row <= right - LEFT ? widths.get(i) + gap : column;
		}
		if (canvas != null) {
			canvas.setFont(textFont);
		}
		// A blank line between the key and the events.
		y += line;
		for (int i = 0; i < occurrences.size(); i++) {
			Occurrence occurrence = occurrences.get(i);
			y += line;
			if (canvas != null) {
				canvas.setColor(COLOUR.get(occurrence.event().stream()));
				canvas.fill(new Ellipse2D.Double(LEFT, y - 11 * scale, 12 * scale, 12 * scale));
			}
			String words = (i + 1) + "  " + labels.date().format(occurrence.date()) + " – "
					+ occurrence.event().title();
			y = lines(canvas, text, words, LEFT + 20 * scale, y, line);
		}
		if (!labels.windows().isEmpty()) {
			y += line;
		}
		for (String window : labels.windows()) {
			y += line;
			if (canvas != null) {
				canvas.setColor(WINDOW);
				canvas.setStroke(new BasicStroke((float) (8 * scale)));
				canvas.draw(new Line2D.Double(LEFT, y - 5 * scale, LEFT + 20 * scale, y - 5 * scale));
			}
			y = lines(canvas, text, window, LEFT + 30 * scale, y, line);
		}
		return y + line;
	}

	/**
	 * The words from x to the picture's right margin, wrapped under themselves; returns
	 * the last line's baseline.
	 */
	private static double lines(Graphics2D canvas, FontMetrics metrics, String words, double x, double y, double line) {
		List<String> lines = PictureText.wrapped(metrics, words, WIDTH - LEFT - x);
		for (int i = 0; i < lines.size(); i++) {
			if (canvas != null) {
				canvas.setColor(INK);
				canvas.drawString(lines.get(i), (float) x, (float) (y + i * line));
			}
		}
		return y + (lines.size() - 1) * line;
	}

	/**
	 * The window's start on this year's wheel: a window opened last year starts at its
	 * top.
	 */
	private static LocalDate earliest(Window window, LocalDate first) {
		return window.opens().isBefore(first) ? first : window.opens();
	}

	/** Draws the rings and the months, and returns the room each month's name takes. */
	private List<Rectangle2D> drawMonths(Graphics2D g, LocalDate first, int days, Locale locale, PictureLayout layout) {
		g.setFont(PictureText.font(Font.BOLD, layout.words(MONTH_TEXT, WIDTH)));
		FontMetrics metrics = g.getFontMetrics();
		List<Rectangle2D> names = new ArrayList<>();
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
			// Inside the picture, however large the layout draws it.
			double width = metrics.stringWidth(label);
			double x = Math.max(PictureText.EDGE,
					Math.min(CX + MONTH_RING * Math.cos(middle) - width / 2.0, WIDTH - PictureText.EDGE - width));
			double y = CY + MONTH_RING * Math.sin(middle) + metrics.getAscent() / 2.0 - 2;
			g.drawString(label, (float) x, (float) y);
			names.add(new Rectangle2D.Double(x, y - metrics.getAscent(), width,
					metrics.getAscent() + metrics.getDescent()));
		}
		return names;
	}

	/** Words centred in the wheel's middle: their font, and their baseline. */
	private record Centred(String text, Font font, double baseline) {
	}

	/**
	 * The wheel's title and year in its middle. The regular picture's title stands in one
	 * line, as it always has; a phone's, drawn larger, is wrapped inside the innermost
	 * ring, and the lines and the year stand centred where the one line and the year
	 * would, or lower or higher where only there they fit.
	 */
	private static List<Centred> centre(Graphics2D measure, String title, String year, PictureLayout layout) {
		double size = layout.words(TITLE_TEXT, WIDTH);
		Font font = PictureText.font(Font.BOLD, size);
		FontMetrics metrics = measure.getFontMetrics(font);
		Font yearFont = PictureText.font(Font.PLAIN, layout.figure(YEAR_TEXT));
		Block block = layout == PictureLayout.REGULAR ? new Block(List.of(title), 0)
				: inRing(metrics, measure.getFontMetrics(yearFont), title, year, layout);
		List<Centred> centre = new ArrayList<>();
		for (int i = 0; i < block.lines().size(); i++) {
			centre.add(new Centred(block.lines().get(i), font,
					baseline(metrics, i, block.lines().size(), block.lower(), layout)));
		}
		centre.add(new Centred(year, yearFont, yearBaseline(metrics, block, layout)));
		return centre;
	}

	/**
	 * A phone's title in lines, and how far below its centred place it stands (above,
	 * when negative); the year stands under it.
	 */
	private record Block(List<String> lines, double lower) {
	}

	/**
	 * A phone's title in as few lines as fit: each line no wider than the room inside the
	 * numbers, nor than the circle inside the innermost ring's dots where the line stands
	 * (it narrows above and below the middle), and a word wider than the room
	 * ("Kommunens") whole on a line of its own: a number it would run into stands
	 * elsewhere, as it does for any word. Wrapped to the widest word's width, every line
	 * of a long title was as wide, and the top one, where the circle is narrowest, was
	 * cut. Where no wrapping fits centred, the title stands lower or higher, the least
	 * that lets one fit: a wide first word ("Folkhälsorådets") lands nearer the middle,
	 * where the circle is widest, and was cut at the top. Only a word no place holds is
	 * cut, where it runs past.
	 */
	private static Block inRing(FontMetrics metrics, FontMetrics yearMetrics, String title, String year,
			PictureLayout layout) {
		List<String> words = PictureText.words(title);
		double step = metrics.getFont().getSize2D() * LINE_SPACING / 2;
		// Centred first; then half a line lower, higher, a line lower, and on while
		// a line could still stand inside the circle. The year under the title must
		// fit too.
		for (int steps = 0; steps * step <= inside(layout); steps++) {
			for (double lower : steps == 0 ? List.of(0.0) : List.of(steps * step, -steps * step)) {
				// As many lines as words always holds them all, one or more to a line.
				for (int count = 1; count <= words.size(); count++) {
					Block block = new Block(filled(metrics, words, count, lower, layout), lower);
					if (!block.lines().isEmpty() && inRing(metrics, yearMetrics, block, year, layout)) {
						return block;
					}
				}
			}
		}
		Block centred = IntStream.rangeClosed(1, words.size())
			.mapToObj(count -> new Block(filled(metrics, words, count, 0, layout), 0))
			.filter(block -> !block.lines().isEmpty())
			.findFirst()
			.orElseThrow();
		List<String> fitted = new ArrayList<>();
		int count = centred.lines().size();
		for (int i = 0; i < count; i++) {
			fitted.add(PictureText.fitted(metrics, centred.lines().get(i), ring(metrics, i, count, 0, layout)));
		}
		return new Block(fitted, 0);
	}

	private static boolean inRing(FontMetrics metrics, FontMetrics yearMetrics, Block block, String year,
			PictureLayout layout) {
		int count = block.lines().size();
		return IntStream.range(0, count)
			.allMatch(i -> metrics.stringWidth(block.lines().get(i)) <= ring(metrics, i, count, block.lower(), layout))
				&& yearMetrics.stringWidth(year) <= chord(yearBaseline(metrics, block, layout), yearMetrics, layout);
	}

	/**
	 * The words in at most so many lines, each as full as the room where it would stand
	 * allows, a word wider than that on a line of its own; none if words are left over.
	 */
	private static List<String> filled(FontMetrics metrics, List<String> words, int count, double lower,
			PictureLayout layout) {
		List<String> lines = new ArrayList<>();
		int next = 0;
		for (int i = 0; i < count && next < words.size(); i++) {
			double room = Math.min(CENTRE, ring(metrics, i, count, lower, layout));
			String line = words.get(next++);
			while (next < words.size() && metrics.stringWidth(line + " " + words.get(next)) <= room) {
				line = line + " " + words.get(next++);
			}
			lines.add(line);
		}
		return next < words.size() ? List.of() : lines;
	}

	/**
	 * The baseline of line {@code i} of a phone's title of {@code count} lines, standing
	 * {@code lower} below its centred place.
	 */
	private static double baseline(FontMetrics metrics, int i, int count, double lower, PictureLayout layout) {
		double line = metrics.getFont().getSize2D() * LINE_SPACING;
		return CY - layout.figure(8) - (count - 1 - i) * line + (count - 1) * line / 2 + lower;
	}

	/** The year's baseline, under the title. */
	private static double yearBaseline(FontMetrics metrics, Block block, PictureLayout layout) {
		double shift = (block.lines().size() - 1) * metrics.getFont().getSize2D() * LINE_SPACING / 2;
		return CY + layout.figure(30) + shift + block.lower();
	}

	/**
	 * How wide line {@code i} of a phone's title of {@code count} lines may be and stay
	 * inside the innermost ring's dots.
	 */
	private static double ring(FontMetrics metrics, int i, int count, double lower, PictureLayout layout) {
		return chord(baseline(metrics, i, count, lower, layout), metrics, layout);
	}

	/**
	 * The circle inside the innermost ring's dots across, at a line's top or bottom,
	 * whichever is further from the middle.
	 */
	private static double chord(double baseline, FontMetrics metrics, PictureLayout layout) {
		double dy = Math.max(Math.abs(baseline - metrics.getAscent() - CY),
				Math.abs(baseline + metrics.getDescent() - CY));
		return 2 * Math.sqrt(Math.max(0, inside(layout) * inside(layout) - dy * dy));
	}

	/** The radius of the circle inside the innermost ring's dots. */
	private static double inside(PictureLayout layout) {
		return RING.get(KingdonStream.PROBLEM) - layout.figure(DECISION_POINT_DOT) / 2;
	}

	/** The room the words in the middle take together. */
	private static Rectangle2D box(Graphics2D measure, List<Centred> centre) {
		Rectangle2D room = null;
		for (Centred words : centre) {
			FontMetrics metrics = measure.getFontMetrics(words.font());
			double width = metrics.stringWidth(words.text());
			Rectangle2D box = new Rectangle2D.Double(CX - width / 2, words.baseline() - metrics.getAscent(), width,
					metrics.getAscent() + metrics.getDescent());
			room = room == null ? box : room.createUnion(box);
		}
		return room;
	}

	private static double fraction(LocalDate date, LocalDate first, int days) {
		return (date.getDayOfYear() - 1 + 0.5) / days;
	}

	/** Radians on screen, clockwise from the top. */
	private static double angle(double fraction) {
		return Math.toRadians(-90 + 360 * fraction);
	}

}
