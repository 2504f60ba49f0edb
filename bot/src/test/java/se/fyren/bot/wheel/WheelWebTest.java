package se.fyren.bot.wheel;

import se.fyren.bot.wheel.pictures.WheelPicture;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.fyren.bot.SvgText;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.infra.PictureLayout;

/**
 * The wheel over HTTP (SVG, PNG, iCalendar) and in chat (fönster, årshjul, prenumerera).
 */
class WheelWebTest extends WheelTestSupport {

	private static final Pattern DOT = Pattern
		.compile("<ellipse cx='([0-9.]+)' cy='([0-9.]+)' rx='([0-9.]+)' ry='([0-9.]+)' style='([^']*)'");

	/** The wheel's middle, in the picture's pixels. */
	private static final double CENTRE = 400;

	/**
	 * How far from the middle the innermost ring's dots leave room: the ring's 180
	 * pixels, less half a phone's largest dot.
	 */
	private static final double INSIDE_THE_DOTS = 180 - 27 / 2.0;

	private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep",
			"Okt", "Nov", "Dec");

	@LocalServerPort
	int port;

	@Autowired
	Conversation conversation;

	@Autowired
	WheelOverview overview;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void svgIsWellFormedWithTwelveMonthLabelsAndTheLegend() throws Exception {
		HttpResponse<String> response = get("/wheel/kommun.svg?year=2026", HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
		// Its language may follow the browser's: a cache must keep one per language.
		assertThat(response.headers().allValues("Vary")).contains("Accept-Language");
		List<String> words = svgTexts(response.body());
		assertThat(words).containsAll(MONTHS);
		assertThat(words.stream().filter(MONTHS::contains)).hasSize(12);
		assertThat(words).contains("Problemströmmen", "Politikströmmen", "Policyströmmen", "Öppet fönster", "2026");
		// Each dot carries a number, which the legend below says in words; each open
		// window has its dates.
		assertThat(words).contains("1", "5", "5  13 sep. – Allmänna val",
				"10  30 nov. – Fullmäktige beslutar om budget",
				"13 sep. – 30 nov.: Fullmäktige beslutar om budget (3 av 3 strömmar)");
	}

	/**
	 * Drawn for a phone, where the picture shrinks to a third of its width, its words are
	 * larger: a legend line too long for the picture wraps under itself, and the picture
	 * grows taller, never wider.
	 */
	@Test
	void aPictureForAPhoneWrapsItsLargerLegendAndGrowsTallerNotWider() throws Exception {
		BufferedImage regular = ImageIO.read(new ByteArrayInputStream(
				get("/wheel/kommun.png?year=2026", HttpResponse.BodyHandlers.ofByteArray()).body()));
		HttpResponse<byte[]> response = get("/wheel/kommun.png?year=2026&layout=phone",
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		BufferedImage phone = ImageIO.read(new ByteArrayInputStream(response.body()));
		assertThat(phone.getWidth()).isEqualTo(WheelPicture.WIDTH);
		assertThat(phone.getHeight()).isGreaterThan(regular.getHeight() * 3 / 2);
		String svg = get("/wheel/kommun.svg?year=2026&layout=phone", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(svg).contains("width='" + phone.getWidth() + ".0' height='" + phone.getHeight() + ".0'");
		List<String> words = svgTexts(svg);
		assertThat(words.stream().filter(MONTHS::contains)).hasSize(12);
		assertThat(words).contains("Problemströmmen", "Öppet fönster", "5  13 sep. – Allmänna val")
			.doesNotContain("13 sep. – 30 nov.: Fullmäktige beslutar om budget (3 av 3 strömmar)");
		assertThat(String.join(" ", words))
			.contains("13 sep. – 30 nov.: Fullmäktige beslutar om budget (3 av 3 strömmar)");
	}

	/**
	 * On a phone the dots' numbers and the months are drawn as large as the legend, which
	 * reads at about 12 CSS pixels on a 390-pixel screen (half as large again as the
	 * regular picture's, the numbers read as 6), and the numbers of two dots a few days
	 * apart (Falun's 13 and 19 November) stand clear of each other, of the months' names
	 * (Falun's 10 once sat on November's) and of the other dots. The regular picture's
	 * numbers keep their size.
	 */
	@Test
	void onAPhoneTheWheelsNumbersAndMonthsAreAsLargeAsItsLegend() throws Exception {
		String svg = get("/wheel/falun.svg?year=2026&layout=phone", HttpResponse.BodyHandlers.ofString()).body();
		List<SvgText> phone = SvgText.in(svg);
		List<SvgText> numbers = phone.stream().filter(word -> word.text().matches("\\d{1,2}")).toList();
		assertThat(numbers).extracting(SvgText::text)
			.containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
		double legend = Math.floor(WheelPicture.legendText(PictureLayout.PHONE));
		assertThat(phone).filteredOn(word -> MONTHS.contains(word.text()) || numbers.contains(word))
			.hasSize(22)
			.allSatisfy(word -> assertThat(word.size()).as(word.text()).isGreaterThanOrEqualTo(legend));
		List<SvgText> months = phone.stream().filter(word -> MONTHS.contains(word.text())).toList();
		List<Rectangle2D> dots = dots(svg);
		assertThat(dots).hasSameSizeAs(numbers);
		for (int i = 0; i < numbers.size(); i++) {
			SvgText number = numbers.get(i);
			Rectangle2D box = number.box();
			assertThat(numbers).filteredOn(other -> other != number)
				.noneSatisfy(other -> assertThat(other.box().intersects(box)).isTrue());
			assertThat(months).as(number.text())
				.noneSatisfy(month -> assertThat(month.box().intersects(box)).as(month.text()).isTrue());
			for (int j = 0; j < dots.size(); j++) {
				// Its own dot is beside it, and the first spot tried is just clear of it.
				assertThat(j != i && dots.get(j).intersects(box)).as(number.text() + " on dot " + (j + 1)).isFalse();
			}
		}

		List<SvgText> regular = SvgText
			.in(get("/wheel/falun.svg?year=2026", HttpResponse.BodyHandlers.ofString()).body());
		assertThat(regular).filteredOn(word -> word.text().equals("10"))
			.extracting(SvgText::size)
			.containsExactly(12.0);
	}

	/**
	 * On a phone the title in the middle is as large as the legend too (half as large
	 * again as the regular picture's, it read as 10.7 CSS pixels beside the legend's 12),
	 * wrapped, never cut, and inside the innermost ring's dots, clear of the numbers. The
	 * regular picture's title keeps its size and its one line.
	 */
	@Test
	void onAPhoneTheWheelsTitleIsAsLargeAsItsLegendInsideTheInnermostRing() throws Exception {
		double legend = Math.floor(WheelPicture.legendText(PictureLayout.PHONE));
		for (String calendar : List.of("kommun", "region", "falun")) {
			String svg = get("/wheel/" + calendar + ".svg?year=2026&layout=phone", HttpResponse.BodyHandlers.ofString())
				.body();
			List<SvgText> words = SvgText.in(svg);
			List<SvgText> title = words.stream()
				.filter(word -> word.bold() && !word.text().matches("\\d+") && !MONTHS.contains(word.text())
						&& word.y() < WheelPicture.WIDTH)
				.toList();
			assertThat(title).as(calendar).hasSizeGreaterThan(1);
			assertThat(String.join(" ", title.stream().map(SvgText::text).toList())).as(calendar)
				.endsWith("årshjul" + (calendar.equals("falun") ? " (exempel)" : ""))
				.doesNotContain("…");
			List<SvgText> numbers = words.stream()
				.filter(word -> word.bold() && word.text().matches("\\d+") && word.y() < WheelPicture.WIDTH)
				.toList();
			for (SvgText line : title) {
				assertThat(line.size()).as(line.text()).isGreaterThanOrEqualTo(legend);
				Rectangle2D box = line.box();
				for (double x : List.of(box.getMinX(), box.getMaxX())) {
					for (double y : List.of(box.getMinY(), box.getMaxY())) {
						assertThat(Math.hypot(x - CENTRE, y - CENTRE)).as(line.text()).isLessThan(INSIDE_THE_DOTS);
					}
				}
				assertThat(numbers).as(line.text())
					.noneSatisfy(number -> assertThat(number.box().intersects(box)).as(number.text()).isTrue());
			}
		}

		List<SvgText> regular = SvgText
			.in(get("/wheel/kommun.svg?year=2026", HttpResponse.BodyHandlers.ofString()).body());
		assertThat(regular).filteredOn(word -> word.text().equals("Kommunens årshjul"))
			.extracting(SvgText::size)
			.containsExactly(20.0);
	}

	/**
	 * The dots on the wheel, in the order drawn, which is their numbers': the filled
	 * circles above the legend (the rings are not filled).
	 */
	private static List<Rectangle2D> dots(String svg) {
		return DOT.matcher(svg)
			.results()
			.filter(dot -> !dot.group(5).contains("fill:none"))
			.map(dot -> new Rectangle2D.Double(Double.parseDouble(dot.group(1)) - Double.parseDouble(dot.group(3)),
					Double.parseDouble(dot.group(2)) - Double.parseDouble(dot.group(4)),
					2 * Double.parseDouble(dot.group(3)), 2 * Double.parseDouble(dot.group(4))))
			.filter(dot -> dot.getMaxY() < WheelPicture.WIDTH)
			.map(Rectangle2D.class::cast)
			.toList();
	}

	@Test
	void pngIsTheSamePictureAsTheSvgWithItsLegend() throws Exception {
		HttpResponse<byte[]> response = get("/wheel/region.png?year=2027", HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
		String svg = get("/wheel/region.svg?year=2027", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(image.getWidth()).isEqualTo(WheelPicture.WIDTH);
		assertThat(svg).contains("width='" + image.getWidth() + ".0' height='" + image.getHeight() + ".0'");
		// Taller than the wheel: the legend of numbered events and windows is below it.
		assertThat(image.getHeight()).isGreaterThan(1000);
		assertThat(svg).contains("15 sep. – 30 nov.: Regionfullmäktige beslutar om budget (2 av 3 strömmar)");
	}

	@Test
	void unknownCalendarAndBadYearAreSaidInSwedish() throws Exception {
		HttpResponse<String> missing = get("/wheel/stockholm.svg", HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body())
			.isEqualTo("Det finns ingen kalender som heter \"stockholm\". Kalendrar: falun, kommun, region.");
		HttpResponse<String> year = get("/wheel/kommun.png?year=99999", HttpResponse.BodyHandlers.ofString());
		assertThat(year.statusCode()).isEqualTo(400);
		assertThat(year.body()).contains("ange ett år mellan 1900 och 2200");
		assertThat(get("/calendar/stockholm.ics", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
	}

	@Test
	void icsFeedParsesBackWithStableAllDayEventsAndAlarms() throws Exception {
		setClock("2026-03-01T12:00");
		HttpResponse<String> first = get("/calendar/kommun.ics", HttpResponse.BodyHandlers.ofString());
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
		Calendar calendar = new CalendarBuilder().build(new StringReader(first.body()));
		List<VEvent> budget = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> event.getUid().orElseThrow().getValue().equals("kommun-budget-2026-11-30@localhost"))
			.toList();
		assertThat(budget).hasSize(1);
		VEvent event = budget.get(0);
		assertThat(event.getDateTimeStart().orElseThrow().getValue()).isEqualTo("20261130");
		assertThat(event.getSummary().orElseThrow().getValue()).isEqualTo("Fullmäktige beslutar om budget");
		assertThat(event.getAlarms()).hasSize(3);
		assertThat(calendar.<VEvent>getComponents("VEVENT")).extracting(e -> e.getUid().orElseThrow().getValue())
			.contains("kommun-val-2026-09-13@localhost", "kommun-ny-kommunstyrelse-2027-01-01@localhost")
			.doesNotHaveDuplicates();
		// The same UIDs on the next download, so Outlook updates rather than duplicates.
		String second = get("/calendar/kommun.ics", HttpResponse.BodyHandlers.ofString()).body();
		assertThat(uids(second)).isEqualTo(uids(first.body()));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void icsFeedIsASubscriptionWithTheWindowsStableStampsAndFoldedLines(CapturedOutput output) throws Exception {
		setClock("2026-03-01T12:00");
		HttpResponse<String> first = get("/calendar/kommun.ics", HttpResponse.BodyHandlers.ofString());
		Calendar calendar = new CalendarBuilder().build(new StringReader(first.body()));
		assertThat(calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getValue()).isEqualTo("PT12H");
		// Every download warned of the property's name in the log.
		assertThat(output.getAll()).doesNotContain("Invalid name");
		assertThat(calendar.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue()).isEqualTo("PT12H");
		VEvent window = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(event -> event.getUid()
				.orElseThrow()
				.getValue()
				.equals("kommun-fonster-budget-2026-11-30@localhost"))
			.findFirst()
			.orElseThrow();
		assertThat(window.getSummary().orElseThrow().getValue()).isEqualTo("Fönster: Fullmäktige beslutar om budget");
		assertThat(window.getDateTimeStart().orElseThrow().getValue()).as("opens with the first stream's date")
			.isLessThan("20261130");
		assertThat(window.getDateTimeEnd().orElseThrow().getValue()).isEqualTo("20261201");
		assertThat(window.getDescription().orElseThrow().getValue()).contains("strömmar möts", "Att förbereda");
		assertThat(first.body().split("\r\n")).as("folded at 75 octets")
			.allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

		HttpResponse<String> second = get("/calendar/kommun.ics", HttpResponse.BodyHandlers.ofString());
		assertThat(second.body()).as("stable DTSTAMPs: the same content is the same feed").isEqualTo(first.body());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> unchanged = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/kommun.ics"))
				.header("If-None-Match", etag)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unchanged.statusCode()).isEqualTo(304);
		// A 304 repeats what the feed varies by, as its 200 says it (RFC 9110, 15.4.5).
		assertThat(unchanged.headers().allValues("Vary")).contains("Accept-Language");
	}

	/**
	 * The pictures and the feed are in the language the request asks for, chosen as every
	 * web handler's is. They once read {@code ?lang=} themselves, so a link that named
	 * its language as the rest of the web does ({@code ?locale=en}) drew a Swedish wheel.
	 */
	@Test
	void picturesAndFeedAreInTheLanguageTheirLinkNames() throws Exception {
		setClock("2026-03-01T12:00");
		assertThat(text("/wheel/kommun.svg?year=2026&locale=en", null, 200)).contains("Problem stream", "Open window")
			.doesNotContain("Problemströmmen");
		assertThat(text("/wheel/kommun.svg?year=2026", null, 200)).contains("Problemströmmen", "Öppet fönster")
			.doesNotContain("Problem stream");
		assertThat(text("/wheel/kommun.png?year=99999&locale=en", null, 400))
			.startsWith("The year \"99999\" cannot be shown");
		assertThat(text("/calendar/kommun.ics?locale=en", null, 200)).contains("SUMMARY:Window: ")
			.doesNotContain("SUMMARY:Fönster: ");
		assertThat(text("/calendar/kommun.ics", null, 200)).contains("SUMMARY:Fönster: ")
			.doesNotContain("SUMMARY:Window: ");
		assertThat(text("/calendar/stockholm.ics?locale=en", null, 404)).startsWith("There is no calendar called");
	}

	/**
	 * A link that names no language is answered in the first of Swedish and English the
	 * browser asks for, as the web API is; one that names it (a card's picture) is in
	 * that language whatever the browser asks for.
	 */
	@Test
	void withoutALanguageInTheLinkTheBrowsersDecides() throws Exception {
		setClock("2026-03-01T12:00");
		assertThat(text("/wheel/kommun.svg?year=2026", "fr-FR,en;q=0.8", 200)).contains("Problem stream");
		assertThat(text("/wheel/kommun.svg?year=2026", "sv-SE,en;q=0.8", 200)).contains("Problemströmmen");
		assertThat(text("/wheel/kommun.svg?year=2026", "de-DE", 200)).contains("Problemströmmen");
		assertThat(text("/calendar/kommun.ics", "en-GB", 200)).contains("SUMMARY:Window: ");
		assertThat(text("/wheel/kommun.svg?year=2026&locale=sv", "en-GB", 200)).contains("Problemströmmen");
	}

	/**
	 * A calendar subscribed to, or a card posted, when links named their language with
	 * {@code ?lang=} stays in it; {@code ?locale=} wins where both are given.
	 */
	@Test
	void aLinkWithTheFormerLangParameterKeepsItsLanguage() throws Exception {
		setClock("2026-03-01T12:00");
		assertThat(text("/calendar/kommun.ics?lang=en", null, 200)).contains("SUMMARY:Window: ");
		assertThat(text("/wheel/kommun.svg?year=2026&lang=en", "sv-SE", 200)).contains("Problem stream");
		assertThat(text("/wheel/kommun.svg?year=2026&lang=en&locale=sv", null, 200)).contains("Problemströmmen");
	}

	@Test
	void windowsCommandShowsTheElectionAutumnAsAThreeStreamWindowForASubscribedChannel() {
		setClock("2026-08-20T12:00");
		conversation.handle(new Inbound(Channel.SLACK, "U1", "C-FONSTER", "prenumerera region", null));
		Reply.Card card = (Reply.Card) conversation
			.handle(new Inbound(Channel.SLACK, "U1", "C-FONSTER", "fönster", null));
		assertThat(card.title()).isEqualTo("Kommande fönster");
		assertThat(card.paragraphs().get(0)).startsWith(
				"*Regionfullmäktige beslutar om budget* – måndag 30 november 2026 (Regionens årshjul) · 3 av 3 strömmar");
		assertThat(card.paragraphs().get(card.paragraphs().size() - 1)).isEqualTo("Kanalen följer: region.");
		assertThat(String.join("\n", card.paragraphs())).doesNotContain("Kommunens årshjul");
	}

	@Test
	void windowsShowTheHomeCalendarOrTheOneAskedForNeverTheExampleAndEachDateOnceWithItsYear() {
		setClock("2026-12-10T12:00");
		Reply.Card home = (Reply.Card) conversation.handle(new Inbound(Channel.WEB, null, null, "fönster", null));
		String all = String.join("\n", home.paragraphs());
		assertThat(all).doesNotContain("(exempel)", "Falu kommun").contains("1 januari 2027");
		assertThat(all.lines().filter(line -> line.contains("Ny kommunstyrelse tillträder")))
			.as("listed once, not once per calendar extending kommun")
			.hasSizeLessThanOrEqualTo(1);
		assertThat(home.paragraphs().get(home.paragraphs().size() - 1))
			.as("the web cannot subscribe: it offers the calendar feed instead")
			.startsWith("Här visas Kommunens årshjul.")
			.doesNotContain("prenumerera")
			.contains("(Outlook, Google, Apple): webcal://", " – eller lägg in adressen http")
			.endsWith("/calendar/kommun.ics");

		Reply.Card region = (Reply.Card) conversation
			.handle(new Inbound(Channel.WEB, null, null, "fönster region", null));
		assertThat(String.join("\n", region.paragraphs())).contains("Regionens årshjul")
			.doesNotContain("Kommunens årshjul");
		// In December the coming year's budget cycle is the one planned.
		Reply.Card year = (Reply.Card) conversation.handle(new Inbound(Channel.WEB, null, null, "årshjul", null));
		assertThat(year.title()).isEqualTo("Årshjul 2027: Kommunens årshjul");
		// Asked as people ask: it was searched in the reports ("livshjul").
		for (String shown : List.of("visa årshjulet", "Visa årshjulet region", "årshjulet")) {
			assertThat(conversation.handle(new Inbound(Channel.WEB, null, null, shown, null))).as(shown)
				.isInstanceOfSatisfying(Reply.Card.class, card -> assertThat(card.title()).startsWith("Årshjul 2027: ")
					.endsWith(shown.endsWith("region") ? "Regionens årshjul" : "Kommunens årshjul"));
		}
		assertThat(((Reply.Card) conversation
			.handle(new Inbound(Channel.WEB, null, null, "visa årshjulet för 2027", null))).title())
			.isEqualTo("Årshjul 2027: Kommunens årshjul");
		assertThat(String.join("\n",
				((Reply.Card) conversation
					.handle(new Inbound(Channel.WEB, null, null, "visa fönstren för region", null))).paragraphs()))
			.contains("Regionens årshjul")
			.doesNotContain("Kommunens årshjul");
		// Said so, the words are the reports' too: the rest must name what the wheel
		// knows, or the question is searched.
		for (String question : List.of("Fönstren i Kingdons modell, när öppnas de?",
				"Årshjulet i regionen – hur funkar det?")) {
			Reply reply = conversation.handle(new Inbound(Channel.WEB, null, null, question, null));
			assertThat(reply).as(question)
				.isNotInstanceOfAny(Reply.Card.class)
				.satisfies(r -> assertThat(r.toString()).doesNotContain("Det finns ingen kalender"));
		}
		Reply unknown = conversation.handle(new Inbound(Channel.WEB, null, null, "fönster landsting", null));
		assertThat(((Reply.TextReply) unknown).text()).startsWith("Det finns ingen kalender som heter \"landsting\"");
	}

	@Test
	void yearCommandGivesTheYearAtAGlanceWithThePicture() {
		Reply.Card card = (Reply.Card) conversation
			.handle(new Inbound(Channel.WEB, null, null, "årshjul kommun 2026", null));
		assertThat(card.title()).isEqualTo("Årshjul 2026: Kommunens årshjul");
		assertThat(card.imageUrl()).endsWith("/wheel/kommun.png?year=2026&locale=sv");
		assertThat(card.paragraphs()).anyMatch(p -> p.startsWith("*September*") && p.contains("13 – Allmänna val"));
		assertThat(card.paragraphs().get(card.paragraphs().size() - 1)).endsWith("/calendar/kommun.ics");
		// How to see the next year, with the calendar asked for; in December most of a
		// year's dates are past.
		assertThat(card.paragraphs()).contains("Nästa år: skriv *årshjul kommun 2027*.");
		setClock("2026-11-30T12:00");
		Reply.Card november = (Reply.Card) conversation.handle(new Inbound(Channel.WEB, null, null, "årshjul", null));
		assertThat(november.title()).isEqualTo("Årshjul 2026: Kommunens årshjul");
		assertThat(november.paragraphs()).contains("Nästa år: skriv *årshjul 2027*.");
	}

	@Test
	void inDecemberTheWheelShowsTheComingYearAndHowToSeeTheYearEnding() throws Exception {
		setClock("2026-12-01T08:00");
		Reply.Card december = (Reply.Card) conversation.handle(new Inbound(Channel.WEB, null, null, "årshjul", null));
		assertThat(december.title()).isEqualTo("Årshjul 2027: Kommunens årshjul");
		assertThat(december.imageUrl()).endsWith("/wheel/kommun.png?year=2027&locale=sv");
		assertThat(december.paragraphs())
			.anyMatch(p -> p.startsWith("*November*") && p.contains("Fullmäktige beslutar om budget"))
			.contains("Det kommande året visas från december. Året som går: skriv *årshjul 2026*.")
			.doesNotContain("Nästa år: skriv *årshjul 2028*.");
		Reply.Card region = (Reply.Card) conversation
			.handle(new Inbound(Channel.WEB, null, null, "årshjul region", null));
		assertThat(region.title()).isEqualTo("Årshjul 2027: Regionens årshjul");
		assertThat(region.paragraphs())
			.contains("Det kommande året visas från december. Året som går: skriv *årshjul region 2026*.");
		// A year asked for is the year shown, December or not.
		Reply.Card asked = (Reply.Card) conversation.handle(new Inbound(Channel.WEB, null, null, "årshjul 2026", null));
		assertThat(asked.title()).isEqualTo("Årshjul 2026: Kommunens årshjul");
		assertThat(asked.paragraphs()).contains("Nästa år: skriv *årshjul 2027*.");
		// The picture without a year, and the home page's, are the same year's.
		assertThat(get("/wheel/kommun.svg", HttpResponse.BodyHandlers.ofString()).body())
			.isEqualTo(get("/wheel/kommun.svg?year=2027", HttpResponse.BodyHandlers.ofString()).body());
		assertThat(overview.homeCard(Channel.SLACK, Locale.forLanguageTag("sv")).orElseThrow().imageUrl())
			.endsWith("/wheel/kommun.png?year=2027&locale=sv");
		setClock("2027-01-01T00:30");
		assertThat(((Reply.Card) conversation.handle(new Inbound(Channel.WEB, null, null, "årshjul", null))).title())
			.isEqualTo("Årshjul 2027: Kommunens årshjul");
	}

	@Test
	void aPicturesYearThatIsNoNumberIsToldWhichYearsCanBeShown() throws Exception {
		for (String year : List.of("abc", "2O27", "99999999999")) {
			HttpResponse<String> response = get("/wheel/kommun.png?year=" + year, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body())
				.isEqualTo("Året \"" + year + "\" går inte att visa; ange ett år mellan 1900 och 2200.");
		}
		assertThat(get("/wheel/kommun.svg?year=", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
	}

	@Test
	void aYearTheWheelCannotShowIsSaidNotDrawn() {
		Reply reply = conversation.handle(new Inbound(Channel.WEB, null, null, "årshjul 2500", null));
		assertThat(reply).isInstanceOfSatisfying(Reply.TextReply.class, text -> assertThat(text.text())
			.isEqualTo("Året \"2500\" går inte att visa; ange ett år mellan 1900 och 2200."));
	}

	@Test
	void subscribingNeedsAKnownCalendarAndAChannel() {
		Reply unknown = conversation.handle(new Inbound(Channel.SLACK, "U1", "C-SUB", "prenumerera landsting", null));
		assertThat(((Reply.TextReply) unknown).text()).startsWith("Det finns ingen kalender som heter \"landsting\"");
		Reply web = conversation.handle(new Inbound(Channel.WEB, null, null, "prenumerera kommun", null));
		assertThat(((Reply.TextReply) web).text()).as("the web is offered the calendar feed instead")
			.startsWith("Webbchatten skickar inga påminnelser; prenumerera i stället på Kommunens årshjul")
			.contains("webcal://", "/calendar/kommun.ics");
		conversation.handle(new Inbound(Channel.SLACK, "U1", "C-SUB", "prenumerera kommun", null));
		Reply again = conversation.handle(new Inbound(Channel.SLACK, "U1", "C-SUB", "prenumerera kommun", null));
		assertThat(((Reply.TextReply) again).text()).isEqualTo("Kanalen följer redan kalendern kommun.");
		Reply off = conversation.handle(new Inbound(Channel.SLACK, "U1", "C-SUB", "avsluta kommun", null));
		assertThat(((Reply.TextReply) off).text()).isEqualTo("Kanalen följer inte längre kalendern kommun.");
	}

	private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), body);
	}

	private String text(String path, String language, int status) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (language != null) {
			request.header("Accept-Language", language);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return response.body();
	}

	private static List<String> uids(String ics) {
		return ics.lines().filter(line -> line.startsWith("UID:")).toList();
	}

}
