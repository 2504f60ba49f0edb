package se.fyren.bot.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.InProcessFyren;
import se.fyren.bot.SvgText;
import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.wheel.pictures.WheelPicture;

/**
 * Year wheels whose titles are longer than the shipped ones, over HTTP as a phone's web
 * chat fetches them: a title in the middle is wrapped inside the innermost ring and never
 * cut, and a word wider than the room inside the ring's numbers stands whole, the first
 * word too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.quartz.auto-startup=false")
class WheelTitleOnAPhoneTest {

	/** Four lines on a phone, one of them a word wider than the room. */
	private static final String TITLE = "Vård och omsorg i folkhälsoarbetet, Borlänge";

	private static final String WIDE_WORD = "folkhälsoarbetet,";

	/**
	 * A word wider than the room first, where the circle inside the dots is narrowest at
	 * the title's top.
	 */
	private static final String WIDE_FIRST_TITLE = "Folkhälsorådets årshjul för Borlänge och Falun";

	private static final String WIDE_FIRST_WORD = "Folkhälsorådets";

	/**
	 * The wheel's middle on a phone, as the picture draws it: where the title must stand,
	 * and how wide its lines may be.
	 */
	private static final WheelPicture.Middle MIDDLE = WheelPicture.middle(PictureLayout.PHONE);

	private static final Path CALENDARS = calendars(Map.of("omsorg", TITLE, "folkhalsoradet", WIDE_FIRST_TITLE));

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		InProcessFyren.knowledge("wheel-title").forEach((name, value) -> registry.add(name, () -> value));
		registry.add("fyren.knowledge.index-on-start", () -> "false");
		registry.add("spring.datasource.url", () -> "jdbc:h2:mem:fyren-wheel-title;DB_CLOSE_DELAY=-1");
		registry.add("fyren.wheel.calendars", CALENDARS::toString);
		registry.add("fyren.wheel.home-calendar", () -> "omsorg");
	}

	@LocalServerPort
	int port;

	@Test
	void aLongTitleIsWrappedInsideTheInnermostRingOnAPhoneAndAWideWordStandsWhole() throws Exception {
		List<SvgText> title = titleOnAPhone("omsorg");

		assertThat(String.join(" ", title.stream().map(SvgText::text).toList())).isEqualTo(TITLE);
		assertThat(title).as("the title's lines").hasSizeGreaterThanOrEqualTo(4);
		assertWideAndWhole(title, WIDE_WORD);
		assertInsideTheDots(title);
	}

	/**
	 * The title stands lower, so its wide first word lands where the circle is wider: at
	 * the top it was cut ("Folkhälsorå…").
	 */
	@Test
	void aLongTitleWhoseFirstWordIsTooWideStandsWholeInsideTheInnermostRingOnAPhone() throws Exception {
		List<SvgText> title = titleOnAPhone("folkhalsoradet");

		assertThat(String.join(" ", title.stream().map(SvgText::text).toList())).isEqualTo(WIDE_FIRST_TITLE);
		assertWideAndWhole(title, WIDE_FIRST_WORD);
		assertInsideTheDots(title);
	}

	/** The title's lines in the middle of a calendar's wheel drawn for a phone. */
	private List<SvgText> titleOnAPhone(String calendar) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + port + "/wheel/" + calendar + ".svg?year=2026&layout=phone"))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		return SvgText.in(response.body())
			.stream()
			.filter(word -> word.bold() && !word.text().matches("\\d+") && word.y() < WheelPicture.WIDTH
					&& fromTheCentre(word.x(), word.y()) < MIDDLE.insideTheDots())
			.toList();
	}

	private static void assertWideAndWhole(List<SvgText> title, String wide) {
		assertThat(title).filteredOn(line -> line.text().equals(wide))
			.singleElement()
			.satisfies(line -> assertThat(line.width()).as("the wide word's width").isGreaterThan(MIDDLE.room()));
	}

	private static void assertInsideTheDots(List<SvgText> title) {
		for (SvgText line : title) {
			Rectangle2D box = line.box();
			for (double x : List.of(box.getMinX(), box.getMaxX())) {
				for (double y : List.of(box.getMinY(), box.getMaxY())) {
					assertThat(fromTheCentre(x, y)).as(line.text()).isLessThan(MIDDLE.insideTheDots());
				}
			}
		}
	}

	private static double fromTheCentre(double x, double y) {
		return Math.hypot(x - MIDDLE.x(), y - MIDDLE.y());
	}

	/** A calendar by name for each title, each with one decision point. */
	private static Path calendars(Map<String, String> titles) {
		try {
			Path calendars = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "wheel-title-");
			for (Map.Entry<String, String> title : titles.entrySet()) {
				Files.writeString(calendars.resolve(title.getKey() + ".yml"), """
						title: %s
						events:
						  - id: budget
						    title: Fullmäktige beslutar om budget
						    stream: policy
						    kind: beslutspunkt
						    date: {fixed: 2026-11-30}
						    lead-times: [8 weeks]
						""".formatted(title.getValue()), StandardCharsets.UTF_8);
			}
			return calendars;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write a calendar under target/", ex);
		}
	}

}
