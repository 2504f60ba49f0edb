package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import se.fyren.bot.SvgText;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.wheel.WheelTestSupport;

/**
 * The radar's picture over HTTP, as the web chat asks for it on a desktop and on a phone.
 */
class RadarWebTest extends WheelTestSupport {

	/**
	 * How far a date keeps from another decision point's line, at the least: the regular
	 * picture's gap between a date and its own line.
	 */
	private static final double LINE_CLEARANCE = 6;

	@LocalServerPort
	int port;

	@Autowired
	Conversation conversation;

	private final HttpClient http = HttpClient.newHttpClient();

	/**
	 * Drawn for a phone, where the 900-pixel picture shrinks to a third of its width, its
	 * words are larger: each decision point ahead has a row of its own in the legend,
	 * wrapped under itself when too long, and the picture grows taller, never wider. An
	 * unknown layout is the regular picture.
	 */
	@Test
	void aPictureForAPhoneWrapsItsLargerLegendAndGrowsTallerNotWider() throws Exception {
		String channel = "C-RADAR-PHONE";
		setClock("2026-09-20T09:00");
		say(channel, "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "signal barnfattigdom problem: HLV 2026 2026-08-20");
		say(channel, "signal barnfattigdom politik: Motion 2026-07-01");
		say(channel, "signal barnfattigdom policy: Modell från Falun");
		Reply reply = say(channel, "radar barnfattigdom");
		assertThat(reply).isInstanceOf(Reply.Card.class);
		String url = ((Reply.Card) reply).imageUrl();
		String path = url.substring(url.indexOf("/radar/"));

		byte[] regularBytes = get(path, HttpResponse.BodyHandlers.ofByteArray()).body();
		BufferedImage regular = ImageIO.read(new ByteArrayInputStream(regularBytes));
		assertThat(regular.getWidth()).isEqualTo(RadarPicture.WIDTH);
		assertThat(regular.getHeight()).isEqualTo(RadarPicture.HEIGHT);
		HttpResponse<byte[]> response = get(path + "&layout=phone", HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		BufferedImage phone = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(phone.getWidth()).isEqualTo(RadarPicture.WIDTH);
		assertThat(phone.getHeight()).isGreaterThan(regular.getHeight() * 3 / 2);

		String svg = get(path.replace(".png", ".svg") + "&layout=phone", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(svg).contains("width='" + phone.getWidth() + ".0' height='" + phone.getHeight() + ".0'");
		List<String> words = svgTexts(svg);
		assertThat(words).contains("barnfattigdom", "Problem", "Politik", "Policy", "fönster");
		// The regular legend names the decision points ahead in one row, as many as fit;
		// the phone's gives each its own, the third too, wrapped rather than cut.
		String regularWords = String.join(" ",
				svgTexts(get(path.replace(".png", ".svg"), HttpResponse.BodyHandlers.ofString()).body()));
		assertThat(regularWords).contains("│ Sista dag för underlag till budgetförslaget 5 okt.");
		assertThat(words).doesNotContain("│ Sista dag för underlag till budgetförslaget 5 okt.");
		assertThat(String.join(" ", words)).contains("│ Sista dag för underlag till budgetförslaget 5 okt.",
				"│ Fullmäktige beslutar om budget 30 nov.");

		// Any other layout is the regular picture, not an error.
		HttpResponse<byte[]> unknown = get(path + "&layout=tablet", HttpResponse.BodyHandlers.ofByteArray());
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).isEqualTo(regularBytes);
	}

	/**
	 * On a phone the chart's own words (the decision points' dates, the months, the
	 * lanes' names) are drawn as large as its legend, which reads at about 12 CSS pixels
	 * on a 390-pixel screen; drawn half as large again as the regular picture's, they
	 * read as 6 or 7. Two dates that would run into each other stand in rows, one above
	 * the other; every word ends inside the picture, clear of its edge, and the months
	 * named on the axis stand apart. The regular picture's words keep their size.
	 */
	@Test
	void onAPhoneTheChartsDatesMonthsAndNamesAreAsLargeAsItsLegend() throws Exception {
		String channel = "C-RADAR-PHONE-WORDS";
		setClock("2026-09-20T09:00");
		say(channel, "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "signal barnfattigdom problem: HLV 2026 2026-08-20");
		Reply reply = say(channel, "radar barnfattigdom");
		String url = ((Reply.Card) reply).imageUrl();
		String svg = url.substring(url.indexOf("/radar/")).replace(".png", ".svg");

		List<SvgText> phone = SvgText.in(get(svg + "&layout=phone", HttpResponse.BodyHandlers.ofString()).body());
		double legend = Math.floor(RadarPicture.legendText(PictureLayout.PHONE));
		assertThat(phone).extracting(SvgText::text).contains("Problem", "5 okt.", "30 nov.", "jan. 27");
		assertThat(phone).allSatisfy(word -> assertThat(word.size()).as(word.text()).isGreaterThanOrEqualTo(legend));
		// 5 October and 30 November are eight weeks apart: at this size, too near for one
		// row.
		assertThat(baseline(phone, "5 okt.")).isNotEqualTo(baseline(phone, "30 nov."));
		// 17 June next year stands at the right edge.
		assertThat(phone).allSatisfy(word -> assertThat(word.x() + word.width()).as(word.text())
			.isLessThanOrEqualTo(RadarPicture.WIDTH - 2.0));
		List<SvgText> months = phone.stream().filter(word -> word.text().matches("\\S+ \\d{2}")).toList();
		assertThat(months).extracting(SvgText::text).contains("jan. 27");
		for (SvgText month : months) {
			assertThat(months).filteredOn(other -> other != month)
				.noneSatisfy(other -> assertThat(other.box().intersects(month.box())).as(other.text()).isTrue());
		}

		List<SvgText> regular = SvgText.in(get(svg, HttpResponse.BodyHandlers.ofString()).body());
		assertThat(regular).filteredOn(word -> word.text().equals("5 okt.") || word.text().equals("Problem"))
			.extracting(SvgText::size)
			.containsExactly(16.0, 12.0);
		assertThat(baseline(regular, "5 okt.")).isEqualTo(baseline(regular, "30 nov."));
	}

	/**
	 * On a phone a decision point's date may stand a row higher than another's; the eye
	 * follows a line up to the first date above it, so no line may run up into another
	 * point's date below its own: "30 nov." once stood in the lowest row starting on the
	 * line of 5 October, whose date stood above it.
	 */
	@Test
	void onAPhoneADateKeepsClearOfAnotherDecisionPointsLine() throws Exception {
		String channel = "C-RADAR-PHONE-LINES";
		setClock("2026-09-20T09:00");
		say(channel, "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "signal barnfattigdom problem: HLV 2026 2026-08-20");
		String url = ((Reply.Card) say(channel, "radar barnfattigdom")).imageUrl();
		String svg = get(url.substring(url.indexOf("/radar/")).replace(".png", ".svg") + "&layout=phone",
				HttpResponse.BodyHandlers.ofString())
			.body();

		List<SvgLine> lines = SvgLine.in(svg).stream().filter(SvgLine::decisionPoint).toList();
		double laneTop = lines.stream().mapToDouble(SvgLine::top).min().orElseThrow();
		List<SvgText> dates = SvgText.in(svg)
			.stream()
			.filter(word -> word.y() < laneTop && word.text().matches("\\d{1,2} \\p{L}+\\.?"))
			.toList();
		assertThat(dates).extracting(SvgText::text).contains("5 okt.", "30 nov.");
		assertThat(dates.stream().map(SvgText::y).distinct().count()).as("the dates' rows").isGreaterThan(1);
		for (SvgText date : dates) {
			SvgLine own = ownLine(date, lines);
			for (SvgLine other : lines) {
				SvgText otherDate = dates.stream()
					.filter(word -> ownLine(word, lines) == other)
					.findFirst()
					.orElseThrow();
				if (other != own && otherDate.y() < date.y()) {
					double start = date.x() - LINE_CLEARANCE;
					double end = date.x() + date.width() + LINE_CLEARANCE;
					assertThat(other.x() >= start && other.x() <= end)
						.as("%s's line at %.1f under %s, %.1f to %.1f", otherDate.text(), other.x(), date.text(), start,
								end)
						.isFalse();
				}
			}
		}
	}

	/**
	 * Today's dashed line stops where the lanes begin, as the decision points' lines do:
	 * a few days after a decision point it ran up through that point's date ("30 nov.").
	 */
	@Test
	void todaysLineKeepsClearOfTheDateOfADecisionPointJustPast() throws Exception {
		String channel = "C-RADAR-TODAY";
		setClock("2026-12-03T09:00");
		say(channel, "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		String url = ((Reply.Card) say(channel, "radar barnfattigdom")).imageUrl();
		String regular = url.substring(url.indexOf("/radar/")).replace(".png", ".svg");
		for (String path : List.of(regular, regular + "&layout=phone")) {
			String svg = get(path, HttpResponse.BodyHandlers.ofString()).body();
			List<SvgLine> lines = SvgLine.in(svg);
			double laneTop = lines.stream()
				.filter(SvgLine::decisionPoint)
				.mapToDouble(SvgLine::top)
				.min()
				.orElseThrow();
			SvgLine today = lines.stream().filter(SvgLine::today).findFirst().orElseThrow();
			List<SvgText> dates = SvgText.in(svg)
				.stream()
				.filter(word -> word.y() < laneTop && word.text().matches("\\d{1,2} \\p{L}+\\.?"))
				.toList();
			assertThat(dates).as(path).extracting(SvgText::text).contains("30 nov.");
			for (SvgText date : dates) {
				Rectangle2D box = date.box();
				assertThat(box.intersectsLine(today.x1(), today.y1(), today.x2(), today.y2()))
					.as("%s: today's line at %.1f from %.1f through %s", path, today.x(), today.top(), date.text())
					.isFalse();
			}
		}
	}

	/**
	 * The line a date names: it stands centred over it, or, at the picture's right edge,
	 * moved left to end inside, still over it.
	 */
	private static SvgLine ownLine(SvgText date, List<SvgLine> lines) {
		double middle = date.x() + date.width() / 2;
		return lines.stream()
			.filter(line -> line.x() >= date.x() && line.x() <= date.x() + date.width())
			.min(Comparator.comparingDouble(line -> Math.abs(line.x() - middle)))
			.orElseThrow(() -> new AssertionError("No line under " + date.text()));
	}

	/** A line drawn in the radar's SVG picture, as JFreeSVG writes it. */
	private record SvgLine(double x1, double y1, double x2, double y2, boolean dashed) {

		static List<SvgLine> in(String svg) throws Exception {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			NodeList found = factory.newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)))
				.getElementsByTagName("line");
			List<SvgLine> lines = new ArrayList<>();
			for (int i = 0; i < found.getLength(); i++) {
				Element line = (Element) found.item(i);
				lines.add(new SvgLine(Double.parseDouble(line.getAttribute("x1")),
						Double.parseDouble(line.getAttribute("y1")), Double.parseDouble(line.getAttribute("x2")),
						Double.parseDouble(line.getAttribute("y2")), line.getAttribute("style").contains("dasharray")));
			}
			return lines;
		}

		/**
		 * A decision point's line: upright across the lanes, solid (today's is dashed;
		 * the axis's ticks are short).
		 */
		boolean decisionPoint() {
			return x1 == x2 && !dashed && Math.abs(y2 - y1) > 100;
		}

		/** Today's line: upright across the lanes, dashed. */
		boolean today() {
			return x1 == x2 && dashed && Math.abs(y2 - y1) > 100;
		}

		double x() {
			return x1;
		}

		double top() {
			return Math.min(y1, y2);
		}

	}

	private static double baseline(List<SvgText> words, String text) {
		return words.stream().filter(word -> word.text().equals(text)).findFirst().orElseThrow().y();
	}

	private Reply say(String channel, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, "U1", channel, text, Inbound.SWEDISH));
	}

	private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), body);
	}

}
