package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.fyren.bot.HeadlessChromium;

/**
 * The window radar in the web chat, in a real Chromium: a person follows an issue, logs a
 * signal in each of the three streams with the card's fields, and sees the radar's
 * picture, which the browser loads, and whose SVG parses, and its exports as labelled
 * links that do not show their key; in English, the radar's texts are English.
 */
class WebRadarBrowserTest extends WebTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	/** The least contrast WCAG's level AA asks of text in its ordinary sizes. */
	private static final double WCAG_AA_TEXT = 4.5;

	/**
	 * WCAG's contrast ratio of two opaque colours as CSS computes them, "rgb(r, g, b)".
	 */
	private static double contrast(String one, String other) {
		double lighter = Math.max(luminance(one), luminance(other));
		double darker = Math.min(luminance(one), luminance(other));
		return (lighter + 0.05) / (darker + 0.05);
	}

	private static double luminance(String rgb) {
		String[] channels = rgb.replaceAll("[^0-9,]", "").split(",");
		double[] linear = new double[3];
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(channels[i]) / 255.0;
			linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
		}
		return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
	}

	@Test
	void aPersonFollowsAnIssueLogsThreeSignalsInTheCardsFieldsAndSeesThePicture(@TempDir Path profile)
			throws Exception {
		try (HeadlessChromium chromium = HeadlessChromium.start(profile)) {
			ChromeDriver browser = chromium.driver();
			WebDriverWait wait = chromium.patiently();
			browser.get("http://localhost:" + port + "/");
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question")));
			browser.findElement(By.id("question"))
				.sendKeys(
						"bevaka barnfattigdom: ekonomisk utsatthet bland barn, se [rapporten](https://evil.example/r)\n");
			WebElement followed = wait.until(ExpectedConditions
				.visibilityOfElementLocated(By.xpath("//h2[@class='card-title' and text()='Bevakar barnfattigdom']")));
			WebElement card = followed.findElement(By.xpath("./ancestor::div[contains(@class,'card')][1]"));
			List<WebElement> fields = card.findElements(By.cssSelector(".card-input-action"));
			assertThat(fields).extracting(field -> field.findElement(By.tagName("button")).getText())
				.containsExactly("Ny signal: problem", "Ny signal: politik", "Ny signal: policy");

			List<String> lines = List.of("HLV 2026: andelen barn i hushåll med försörjningsstöd ökade till 9 %",
					"Motion om barnfattigdom i kommunfullmäktige", "Kostnadsberäknat förslag om fritidskort");
			for (int i = 0; i < lines.size(); i++) {
				WebElement field = card.findElements(By.cssSelector(".card-input-action")).get(i);
				field.findElement(By.tagName("button")).click();
				WebElement input = wait.until(ExpectedConditions.visibilityOf(field.findElement(By.tagName("input"))));
				assertThat(field.findElement(By.tagName("label")).getText()).startsWith("Vad har hänt?");
				int before = browser.findElements(By.cssSelector("#conversation .exchange")).size();
				input.sendKeys(lines.get(i) + "\n");
				wait.until(driver -> driver.findElements(By.cssSelector("#conversation .exchange")).size() > before);
				WebElement logged = browser.findElement(By.cssSelector("#conversation .exchange:last-child"));
				assertThat(logged.getText()).contains("Signal #", "för barnfattigdom").doesNotContain("*");
				assertThat(input.isDisplayed()).as("the field closes once the signal is logged").isFalse();
			}

			browser.findElement(By.id("question")).sendKeys("radar barnfattigdom\n");
			WebElement picture = wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//div[contains(@class,'card') and h2[text()='Radar: barnfattigdom']]//img")));
			wait.until(driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", picture))
				.intValue() > 0);
			WebElement radar = picture.findElement(By.xpath("./ancestor::div[contains(@class,'card')][1]"));
			assertThat(radar.getText()).contains(lines.get(0), lines.get(1), lines.get(2))
				.doesNotContain("*", "policy saknas");
			String svg = radar.findElements(By.cssSelector(".card-links a"))
				.stream()
				.map(link -> link.getDomAttribute("href"))
				.filter(href -> href.contains(".svg?key="))
				.findFirst()
				.orElseThrow();
			assertThat(svg).startsWith("http://localhost:" + port + "/radar/");
			// The exports are links with labels: the key is in the addresses, never in
			// what the page shows.
			String key = svg.substring(svg.indexOf("?key=") + "?key=".length());
			assertThat(radar.findElements(By.cssSelector(".card-links a"))).extracting(WebElement::getText)
				.contains("Ladda ner som Markdown", "Ladda ner som CSV (kalkylark)", "Öppna bilden i full storlek");
			assertThat(radar.getText()).doesNotContain(key);
			// What a person wrote shows where its link leads.
			assertThat(radar.findElements(By.cssSelector(".card-paragraph a")))
				.extracting(link -> link.getText() + " " + link.getDomAttribute("href"))
				.containsExactly("https://evil.example/r https://evil.example/r");
			// Its links are the app's, in its accent, and read on the card: they were the
			// browser's own blue.
			for (WebElement link : radar.findElements(By.cssSelector(".card-links a, .card-paragraph a"))) {
				@SuppressWarnings("unchecked")
				List<String> colours = (List<String>) browser.executeScript(
						"""
								const probe = document.createElement('span');
								probe.style.color = 'var(--accent)';
								document.body.append(probe);
								const accent = getComputedStyle(probe).color;
								probe.remove();
								let under = arguments[0];
								while (getComputedStyle(under).backgroundColor === 'rgba(0, 0, 0, 0)') {
									under = under.parentElement;
								}
								return [getComputedStyle(arguments[0]).color, accent, getComputedStyle(under).backgroundColor];""",
						link);
				assertThat(colours.get(0)).as("the colour of " + link.getText()).isEqualTo(colours.get(1));
				assertThat(contrast(colours.get(0), colours.get(2)))
					.as("the contrast of " + link.getText() + " on " + colours.get(2))
					.isGreaterThanOrEqualTo(WCAG_AA_TEXT);
			}
			HttpResponse<byte[]> fetched = http.send(HttpRequest.newBuilder(URI.create(svg)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(fetched.statusCode()).isEqualTo(200);
			DocumentBuilderFactory parser = DocumentBuilderFactory.newInstance();
			// The network is closed: SVG's DTD is not fetched.
			parser.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			assertThat(parser.newDocumentBuilder()
				.parse(new ByteArrayInputStream(fetched.body()))
				.getDocumentElement()
				.getTagName()).isEqualTo("svg");
			assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).contains("barnfattigdom");
			browser.executeScript("const s = document.getElementById('scroller');"
					+ " s.scrollTop += arguments[0].getBoundingClientRect().top - s.getBoundingClientRect().top",
					radar);
			chromium.shots("radar");
			chromium.shots("radar-picture", picture);

			// The same person in English: the radar speaks it too.
			browser.findElement(By.id("lang-toggle")).click();
			wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=question]"), "Your question"));
			browser.findElement(By.id("question")).sendKeys("radar barnfattigdom\n");
			By radarCards = By.xpath("//div[contains(@class,'card') and h2[text()='Radar: barnfattigdom']]");
			WebElement english = wait.until(driver -> driver.findElements(radarCards)
				.stream()
				.filter(found -> found.getText().contains("Decision points ahead"))
				.findFirst()
				.orElse(null));
			assertThat(english.getText()).contains("Signals", "politics ✓", "Download as Markdown")
				.doesNotContain("Beslutspunkter", "Signaler");
			assertThat(english.findElements(By.cssSelector(".card-input-action > button")))
				.extracting(WebElement::getText)
				.containsExactly("New signal: problem", "New signal: politics", "New signal: policy");
		}
	}

}
