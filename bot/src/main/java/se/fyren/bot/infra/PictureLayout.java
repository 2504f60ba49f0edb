package se.fyren.bot.infra;

/**
 * How large a picture's words are drawn (the year wheel's, the radar's). A picture
 * shrinks to its card's width: on a desktop near its own 800-900 pixels, on a 390-pixel
 * phone to under 300, where words drawn at 15 pixels read as 6.
 */
public enum PictureLayout {

	/**
	 * For a picture shown near its own width: the web chat on a desktop, Slack, Teams.
	 */
	REGULAR(1, 1),

	/**
	 * For a phone: the legend more than twice as large, so it reads at about 12 pixels on
	 * a 390-pixel screen; the figure's dots and gaps half as large again, and its words
	 * (months, dates, names, numbers) as large as the legend's, however small they were.
	 */
	PHONE(2.2, 1.5);

	/**
	 * The legend's size on a phone as a share of the picture's width: the wheel's 15
	 * pixels drawn 2.2 times as large on its 800, about 12 pixels on the phone. A wider
	 * picture shrinks more there, so its words must be larger.
	 */
	private static final double READABLE = 15 * 2.2 / 800;

	private final double legend;

	private final double figure;

	PictureLayout(double legend, double figure) {
		this.legend = legend;
		this.figure = figure;
	}

	/**
	 * {@code ?layout=phone} (the web chat asks for it on a narrow screen); anything else,
	 * the regular picture rather than an error.
	 */
	public static PictureLayout named(String name) {
		return "phone".equals(name) ? PHONE : REGULAR;
	}

	/**
	 * The size to draw the legend's text of this regular size at, on a picture this many
	 * pixels wide.
	 */
	public double legend(double regular, int width) {
		return this == REGULAR ? regular : Math.max(regular * legend, READABLE * width);
	}

	/** The size to draw the figure's dots and gaps of this regular size at. */
	public double figure(double regular) {
		return regular * figure;
	}

	/**
	 * The size to draw the figure's words of this regular size at (a chart's dates,
	 * months and names, a wheel's numbers), on a picture this many pixels wide: on a
	 * phone no smaller than the legend reads there. Half as large again made the smallest
	 * of them, drawn at 12 pixels, read as 6 or 7.
	 */
	public double words(double regular, int width) {
		return this == REGULAR ? regular : Math.max(figure(regular), READABLE * width);
	}

}
