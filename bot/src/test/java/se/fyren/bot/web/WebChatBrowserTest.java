package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.HeadlessChromium;
import se.fyren.bot.SvgText;
import se.fyren.bot.TestFeature;
import se.fyren.bot.documents.DocumentsProperties;
import se.fyren.bot.infra.PictureLayout;
import se.fyren.bot.radar.RadarPicture;
import se.fyren.bot.wheel.pictures.WheelPicture;

/**
 * The page in a real browser: Debian's headless Chromium and ChromeDriver (installed by
 * {@code .ci/run}), never anything Selenium Manager would download; the network is
 * closed.
 */
class WebChatBrowserTest extends WebTestSupport {

	/**
	 * The smallest text, in CSS pixels, that reads on a phone at arm's length: a
	 * picture's words drawn smaller are a blur.
	 */
	private static final double MIN_TEXT = 11;

	// More than the web API's default request limit (fyren.web.max-request-size, 256 KB).
	private static final int OVER_REQUEST_LIMIT_CHARS = 300 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentsProperties documents;

	@TempDir
	Path profile;

	/** Where the page sends a chosen file. */
	private static final String UPLOADS = "/api/documents";

	/** Random bytes the reader refuses as no text, the same each run. */
	private static final long SEED = 11;

	private final HttpClient http = HttpClient.newHttpClient();

	private HeadlessChromium chromium;

	private ChromeDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void startBrowser() {
		chromium = HeadlessChromium.start(profile);
		browser = chromium.driver();
		wait = chromium.patiently();
	}

	@AfterEach
	void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void answersWithSourcesAPassageToReadAndTakesARating() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("sv");
		assertThat(browser.findElement(By.id("conversation")).getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(browser.findElement(By.cssSelector("label[for=question]")).getText()).isEqualTo("Din fråga");

		browser.findElement(By.id("question")).sendKeys(WebApiTest.KINGDON);
		browser.findElement(By.id("send")).click();

		WebElement answer = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .answer")));
		assertThat(answer.getText()).isNotBlank().isNotEqualTo(WebApiTest.KINGDON);
		assertThat(answer.getDomAttribute("data-found")).isEqualTo("true");
		WebElement citation = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#conversation .citation")));
		assertThat(browser.findElements(By.cssSelector(".citation[data-doc='" + WebApiTest.KINGDON_DOC + "']")))
			.isNotEmpty();
		// The full section path, not just its last heading.
		assertThat(browser.findElements(By.cssSelector(".sources .section-path")))
			.anyMatch(path -> path.getText().contains(" › "));
		WebElement passage = browser.findElement(By.id(citation.getDomAttribute("aria-controls")));
		assertThat(passage.isDisplayed()).isFalse();

		citation.click();

		wait.until(ExpectedConditions.visibilityOf(passage));
		assertThat(passage.getText()).isNotBlank();
		assertThat(citation.getDomAttribute("aria-expanded")).isEqualTo("true");
		// The cited sentence is marked where it stands in the passage.
		WebElement cited = passage.findElement(By.cssSelector("mark.cited"));
		assertThat(cited.getText()).hasSizeGreaterThan(20);
		assertThat(answer.getText()).contains(cited.getText().replaceAll("\\s+", " "));
		chromium.screenshot("web-chat.png");
		chromium.shots("answer");

		browser.findElement(By.cssSelector(".feedback-helpful")).click();

		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feedback-confirmation"), "Tack"));
		String answerId = browser.findElement(By.cssSelector("#conversation .exchange"))
			.getDomAttribute("data-answer-id");
		assertThat(jdbc.sql("select helpful from feedback where answer_id = :id")
			.param("id", answerId)
			.query(Boolean.class)
			.list()).containsExactly(true);
	}

	/** Asks a question on a fresh page and waits for its answer. */
	private WebElement answerOnThePage(String question) {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys(question);
		browser.findElement(By.id("send")).click();
		return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .answer")));
	}

	/**
	 * On a phone a source's title wraps, and its number stands beside the title's first
	 * line: a button's baseline is its last line, and the number stood beside that, under
	 * the title's start.
	 */
	@Test
	void aSourcesNumberStandsBesideTheFirstLineOfItsTitleOnAPhone() {
		browser.manage().window().setSize(new Dimension(390, 900));
		answerOnThePage(WebApiTest.KINGDON);
		WebElement citation = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .citation")));
		// Where the list's number stands: on the item's first line, as a mark of no width
		// put before the title does.
		@SuppressWarnings("unchecked")
		List<Number> measured = (List<Number>) browser.executeScript("""
				const title = arguments[0];
				const mark = document.createElement('span');
				mark.textContent = '\u200b';
				title.before(mark);
				const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
				const lines = Math.round(title.getBoundingClientRect().height / lineHeight);
				const offset = mark.getBoundingClientRect().top - title.getBoundingClientRect().top;
				mark.remove();
				return [lines, offset, lineHeight];""", citation);
		assertThat(measured.get(0).intValue()).as("the title wraps on a phone").isGreaterThan(1);
		assertThat(Math.abs(measured.get(1).doubleValue())).as("the number's distance below the title's top")
			.isLessThan(measured.get(2).doubleValue() / 2);
	}

	@Test
	void answersWhatASectionIsAboutUnderItsTitleAndCitesThatSection() {
		WebElement answer = answerOnThePage("vad handlar åtgärdsområde 23 om?");
		assertThat(answer.getText()).startsWith("Åtgärdsområde 23 – Utveckla samverkan och samordning");
		// The passage opens in area 22; the source names the section the answer is from.
		WebElement source = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sources .section-path")));
		assertThat(source.getText()).contains("Åtgärdsområde 23").doesNotContain("Åtgärdsområde 22");
		chromium.shots("section", answer);
	}

	@Test
	void answersHowToReachSomeoneWithTheContactAndItsAddress() {
		WebElement answer = answerOnThePage("vem e folkhälsostrateg i borlänge, behöver mejladress");
		// Addresses were taken out of every answer.
		assertThat(answer.getText()).contains("Hanna Lundgren, Folkhälsostrateg, hanna.lundgren@borlange.se");
		WebElement source = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .citation")));
		assertThat(source.getText()).startsWith("Samling för social hållbarhet i Dalarna");
		chromium.shots("contact", answer);
	}

	@Test
	void saysWhyTheReportsDoNotAnswerAndShowsNoSources() {
		WebElement answer = answerOnThePage("vad gör konsultationsteamet i hedemora?");
		assertThat(answer.getDomAttribute("data-found")).isEqualTo("false");
		assertThat(answer.getText()).startsWith("Det rapporterna säger om det här gäller inte Hedemora.");
		assertThat(browser.findElements(By.cssSelector("#conversation .citation"))).isEmpty();
		chromium.shots("not-found", answer);
	}

	/**
	 * The page's language is named as the API's is ({@code ?locale=en}); a link made when
	 * it was {@code ?lang=en} still opens the English page.
	 */
	@Test
	void speaksEnglishWhenAskedTo() {
		browser.get("http://localhost:" + port + "/?lang=en");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=question]"), "Your question"));

		browser.get("http://localhost:" + port + "/?locale=en");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=question]"), "Your question"));
		assertThat(browser.findElement(By.cssSelector("html")).getDomAttribute("lang")).isEqualTo("en");
		assertThat(browser.findElement(By.id("lang-toggle")).getText()).isEqualTo("Svenska");
		assertThat(browser.findElement(By.id("lang-toggle")).getDomAttribute("href")).isEqualTo("?locale=sv");

		browser.findElement(By.id("question")).sendKeys("help");
		browser.findElement(By.id("send")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#conversation .answer"),
				"I am Fyren"));
		assertThat(browser.findElements(By.cssSelector("#conversation .example"))).hasSize(3);
		// The commands in the list are bold, the words about them are not.
		assertThat(browser.findElements(By.cssSelector("#conversation .answer li strong")))
			.extracting(WebElement::getText)
			.contains("dialog start <group>", "fönster <calendar>", "årshjul", "prenumerera <calendar>",
					"follow <name>: <description>", "radar <name>")
			.doesNotContain("the year at a glance");
	}

	/**
	 * What the server refuses, it explains in the page's language, and the English page
	 * shows it: it once showed a general text instead, and its room's feed was asked
	 * without naming a language, so a wrong link was explained in Swedish.
	 */
	@Test
	void theEnglishPageShowsTheServersExplanationInEnglish() {
		browser.get("http://localhost:" + port + "/?locale=en");
		wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=question]"), "Your question"));
		// Over the request limit (256 KB by default), standing in for any request the
		// server refuses with a reason.
		browser
			.executeScript("document.getElementById('question').value = 'x'.repeat(" + OVER_REQUEST_LIMIT_CHARS + ")");
		browser.findElement(By.id("send")).click();

		wait.until(ExpectedConditions.textToBe(By.id("status"),
				"The request is too large. Shorten the text and try again."));

		browser.get("http://localhost:" + port + "/?locale=en&room=rum-som-inte-finns&key=fel");

		wait.until(ExpectedConditions.textToBe(By.id("status"),
				"There is no such room, or the link is not whole. Ask the facilitator for the link again."));
	}

	@Test
	void showsAFeatureCardWhoseButtonsAskForTextAndAnswer() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("testkort");
		browser.findElement(By.id("send")).click();

		WebElement title = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .card-title")));
		assertThat(title.getText()).isEqualTo("Testkortet");
		assertThat(browser.findElement(By.cssSelector("#conversation .card-paragraph strong")).getText())
			.isEqualTo("fet");

		browser.findElement(By.cssSelector(".card-action[data-action='test.say']")).click();
		WebElement field = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".card-input input")));
		field.sendKeys("Från webbläsaren\n");

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".exchange:last-child .answer"),
				"Fick: Från webbläsaren"));
	}

	/**
	 * A card whose picture's address the browser cannot read is drawn without the picture
	 * and its link to it, its text and other links as sent, and again after a reload:
	 * reading the address threw, and the whole reply was lost to an error in English.
	 */
	@Test
	void aCardWhosePicturesAddressIsMalformedIsDrawnWithoutThePicture() {
		// Before the page's own scripts, on every page this browser opens.
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.errorsSeen = [];
				addEventListener('error', (event) => errorsSeen.push(String(event.message)));
				addEventListener('unhandledrejection', (event) => errorsSeen.push(String(event.reason)));"""));
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys(TestFeature.UNREADABLE_PICTURE_CARD + "\n");
		wait.until(driver -> browser.findElement(By.id("send")).isEnabled());
		assertThat(browser.findElement(By.id("status")).getText()).as("the page's status").isEmpty();
		assertACardWithoutItsPicture();

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Trasig bild"));
		assertACardWithoutItsPicture();
	}

	private void assertACardWithoutItsPicture() {
		assertThat(browser.findElement(By.cssSelector("#conversation .card-title")).getText()).isEqualTo("Trasig bild");
		assertThat(browser.findElement(By.cssSelector("#conversation .card-paragraph")).getText())
			.isEqualTo("Texten syns ändå.");
		assertThat(browser.findElements(By.cssSelector("#conversation .card-links a")))
			.extracting(link -> link.getText() + " " + link.getDomAttribute("href"))
			.containsExactly("Kalendern " + TestFeature.READABLE_LINK);
		assertThat(browser.findElements(By.cssSelector("#conversation .card-image, #conversation .card-image-link")))
			.isEmpty();
		assertThat(browser.executeScript("return window.errorsSeen")).as("the page's errors")
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
	}

	/**
	 * A fault in the page itself is told in Swedish, as any failed request is, and its
	 * detail goes to the browser's console: the status line showed the browser's own
	 * English ("Failed to execute 'setItem' on 'Storage'"). A browser without
	 * {@code Element.scrollTo}, which a reply is scrolled into view with, stands for any
	 * such fault.
	 */
	@Test
	void aFaultInThePageIsToldInSwedishWithItsDetailInTheConsole() {
		recordConsole("error");
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		browser.executeScript("delete Element.prototype.scrollTo");

		browser.findElement(By.id("question")).sendKeys("fönster region\n");

		wait.until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
		assertThat(browser.findElement(By.id("status")).getText())
			.isEqualTo("Något gick fel. Försök igen om en stund.");
		assertThat(console("error")).as("the console's errors")
			.anySatisfy(error -> assertThat(error).contains("scrollTo is not a function"));
	}

	/**
	 * A full storage forgets the calendar chosen, and the wheel's reply shows: the choice
	 * could not be kept, and the reply was lost to the general error. The console says
	 * why, in the browser's words.
	 */
	@Test
	void aFullStorageForgetsTheCalendarChosenAndShowsTheWheelsReply() {
		recordConsole("warn");
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		chromium.fill("localStorage");

		browser.findElement(By.id("question")).sendKeys("fönster region\n");

		assertTheWheelsReply("Här visas Regionens årshjul");
		assertThat(browser.executeScript("return localStorage.getItem('fyren.calendar')")).as("the calendar kept")
			.isNull();
		assertThat(console("warn")).as("the console's warnings")
			.anySatisfy(warning -> assertThat(warning).contains("fyren.calendar", "exceeded the quota"));
	}

	/**
	 * Where the reader's browser blocks the site's data, reaching the storage throws: a
	 * wheel command is answered, and without a calendar chosen before, the one it has
	 * without a choice. "Skickar…" stood forever, the command never sent.
	 */
	@Test
	void aBrowserThatBlocksTheSitesDataAnswersTheWheelsCommands(@TempDir Path blocking) {
		restartBlockingSiteData(blocking);
		recordConsole("warn");
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		assertThat(
				browser.executeScript("try { return typeof localStorage; } catch (refused) { return refused.name; }"))
			.as("reaching the storage")
			.isEqualTo("SecurityError");

		browser.findElement(By.id("question")).sendKeys("fönster region\n");

		assertTheWheelsReply("Här visas Regionens årshjul");
		browser.findElement(By.id("question")).sendKeys("fönster\n");
		wait.until(driver -> driver.findElements(By.cssSelector("#conversation .exchange")).size() == 2);
		assertTheWheelsReply("Här visas Kommunens årshjul");
		assertThat(console("warn")).as("the console's warnings")
			.anySatisfy(warning -> assertThat(warning).contains("fyren.calendar", "SecurityError"));
	}

	/** The wheel's last reply shown, and the question form ready for the next. */
	private void assertTheWheelsReply(String shown) {
		wait.until(driver -> browser.findElement(By.id("send")).isEnabled());
		List<WebElement> exchanges = browser.findElements(By.cssSelector("#conversation .exchange"));
		assertThat(exchanges).as("the replies").isNotEmpty();
		assertThat(exchanges.get(exchanges.size() - 1).getText()).contains(shown);
		assertThat(browser.findElement(By.id("status")).getText()).as("the page's status").isEmpty();
	}

	/**
	 * Keeps what each page this browser opens from now writes to the console at this
	 * level ("error", "warn"), for {@link #console(String)}.
	 */
	private void recordConsole(String level) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.console_%1$s = [];
				const to_%1$s = console.%1$s;
				console.%1$s = (...args) => { console_%1$s.push(args.map(String).join(' ')); to_%1$s(...args); };"""
			.formatted(level)));
	}

	/** What the page has written to the console at this level, recorded. */
	private List<String> console(String level) {
		@SuppressWarnings("unchecked")
		List<String> lines = (List<String>) browser.executeScript("return window.console_" + level);
		return lines;
	}

	/** This test's browser, as one that blocks every site's data. */
	private void restartBlockingSiteData(Path profile) {
		chromium.close();
		chromium = HeadlessChromium.startBlockingSiteData(profile);
		browser = chromium.driver();
		wait = chromium.patiently();
	}

	/**
	 * A question with a long word in it (an address pasted, text without spaces) wraps on
	 * a phone: the conversation scrolled sideways, the rest of the page with it.
	 */
	@Test
	void aLongWordInAQuestionWrapsOnAPhone() {
		onAPhone();
		String word = "https://example.org/" + "a".repeat(300);

		WebElement answer = answerOnThePage(word + " vad är kingdon?");

		assertThat(browser.findElement(By.cssSelector("#conversation .you")).getText()).contains(word);
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) browser.executeScript("""
				const scroller = document.getElementById('scroller');
				return [scroller.scrollWidth, scroller.clientWidth];""");
		assertThat(widths.get(0).intValue()).as("the conversation's width on a phone")
			.isLessThanOrEqualTo(widths.get(1).intValue());
		chromium.shots("long-word", answer);
	}

	/**
	 * A question pasted thousands of characters long shows its start under "Du frågade",
	 * the whole a tap away: on a phone it filled screens above its answer. The
	 * conversation keeps it whole across a reload.
	 */
	@Test
	void aLongPastedQuestionShowsItsStartWithTheWholeATapAway() {
		onAPhone();
		String pasted = "Vi har läst kommunens välfärdsbokslut och undrar över barnfattigdomen i Dalarna. ".repeat(50)
				+ "Vad säger Kingdon om policyfönster?";
		browser.get("http://localhost:" + port + "/");
		WebElement field = browser.findElement(By.id("question"));
		browser.executeScript("arguments[0].value = arguments[1]", field, pasted);
		field.sendKeys(Keys.END, Keys.ENTER);
		WebElement exchange = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .exchange")));

		WebElement you = exchange.findElement(By.cssSelector(".you"));
		assertThat(you.getText()).as("what shows of the question")
			.hasSizeLessThan(400)
			.startsWith("Du frågade: Vi har läst kommunens välfärdsbokslut");
		assertThat(exchange.findElement(By.cssSelector(".asked-start")).getText()).endsWith("…");
		WebElement whole = exchange.findElement(By.cssSelector(".asked-whole"));
		assertThat(whole.isDisplayed()).isFalse();
		chromium.shots("long-question", exchange);

		you.findElement(By.tagName("summary")).click();

		wait.until(ExpectedConditions.visibilityOf(whole));
		assertThat(whole.getText()).isEqualTo(pasted);
		chromium.shots("long-question-open", exchange);

		browser.navigate().refresh();
		WebElement kept = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#conversation .exchange .asked-whole")));
		assertThat(kept.getDomProperty("textContent")).as("the question kept").isEqualTo(pasted);
	}

	/**
	 * What the page says about a question (left empty, on its way, failed) is in sight on
	 * a phone after a long answer: it stood under the conversation, below the answer, and
	 * a press of the button seemed to do nothing.
	 */
	@Test
	void whatThePageSaysIsInSightAfterALongAnswerOnAPhone() {
		onAPhone();
		WebElement answer = answerOnThePage("hjälp");
		wait.until(driver -> browser.findElement(By.id("send")).isEnabled());

		browser.findElement(By.id("send")).click();

		WebElement status = browser.findElement(By.id("status"));
		assertThat(status.getText()).isEqualTo("Skriv en fråga först.");
		// Once the answer has scrolled into view, where it stays.
		await().during(Duration.ofSeconds(1))
			.atMost(HeadlessChromium.PATIENCE)
			.until(() -> Boolean.TRUE.equals(browser.executeScript("""
					const box = arguments[0].getBoundingClientRect();
					return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
						=== arguments[0];""", status)));
		chromium.shots("empty-question", answer);
	}

	/**
	 * On a slow network, Enter pressed again while the question is on its way sends it
	 * once: the button waited for the reply, the key did not, and the question was asked
	 * and answered twice.
	 */
	@Test
	void enterPressedTwiceOnASlowNetworkSendsTheQuestionOnce() {
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		slowNetwork();
		WebElement question = browser.findElement(By.id("question"));

		question.sendKeys("hjälp\n");
		question.sendKeys("\n");

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .exchange")));
		// A second request would end a moment after the first.
		await().during(SLOW_NETWORK).atMost(SLOW_NETWORK.multipliedBy(3)).until(() -> questionsSent() == 1);
		assertThat(browser.findElements(By.cssSelector("#conversation .exchange"))).as("the replies").hasSize(1);
	}

	/** How long each of the browser's requests takes on a slow network. */
	private static final Duration SLOW_NETWORK = Duration.ofMillis(1500);

	/**
	 * The questions this page has sent, as the browser's record of its requests has them.
	 */
	private long questionsSent() {
		return ((Number) browser.executeScript("return performance.getEntriesByType('resource')"
				+ ".filter((entry) => new URL(entry.name).pathname === '/api/chat').length"))
			.longValue();
	}

	@Test
	void theLandingPageShowsTheReportsAndExamplesThatWork() {
		browser.get("http://localhost:" + port + "/");
		WebElement home = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Rapporterna jag svarar ur"));
		assertThat(home.getText()).contains(
				"Samling för social hållbarhet i Dalarna – slutrapport – Region Dalarna, 2019",
				"Kursmanual: sektorsövergripande samarbete för jämlik hälsa – SKL och Folkhälsomyndigheten");
		chromium.shots("landing");
		assertThat(browser.findElements(By.cssSelector("#home .example"))).hasSize(3);

		browser.findElement(By.cssSelector("#home .example")).click();

		WebElement answer = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .answer")));
		assertThat(answer.getDomAttribute("data-found")).as("the first example is answered from the reports")
			.isEqualTo("true");
	}

	/**
	 * The page refuses a file over the upload limit ({@code fyren.documents.max-size},
	 * 1MB here) before sending it, in the words and megabytes of the server's own
	 * refusal; a file of just the limit is sent, and a small one is added. The server's
	 * refusal says the same words, so what shows only proves the page's check with
	 * nothing sent: neither the browser's record of its requests nor the server's log
	 * holds an upload.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theUploadFieldRefusesAFileOverTheLimitWithoutSendingIt(@TempDir Path files, CapturedOutput output)
			throws IOException {
		int limit = Math.toIntExact(documents.maxSize().toBytes());
		Path over = Files.write(files.resolve("Budget för stor.txt"), new byte[limit + 1]);
		byte[] noText = new byte[limit];
		new Random(SEED).nextBytes(noText);
		Path atLimit = Files.write(files.resolve("Brus precis vid gränsen.txt"), noText);
		Path small = Files.writeString(files.resolve("Anteckning om uppladdning.txt"), """
				Anteckning om uppladdningen

				Webbsidan prövar filens storlek innan den skickas.
				""");
		long storedBefore = storedDocuments();
		browser.get("http://localhost:" + port + "/");
		WebElement box = openUpload();

		choose(over);

		wait.until(ExpectedConditions.textToBe(By.id("upload-status"),
				"Filen är för stor: högst 1,0 MB läses in. Dela upp dokumentet eller gör filen mindre."));
		assertThat(uploadsSent()).as("uploads the browser sent").isZero();
		assertThat(output.getAll()).doesNotContain("Refused a request to " + UPLOADS);
		assertThat(storedDocuments()).isEqualTo(storedBefore);
		chromium.shots("upload-too-large", box);

		choose(atLimit);

		// Not refused for its size: sent, and read, and refused by the reader.
		wait.until(ExpectedConditions.textToBe(By.id("upload-status"),
				"”Brus precis vid gränsen.txt” ser inte ut att vara text. Inget har ändrats."));
		assertThat(uploadsSent()).as("uploads the browser sent").isOne();

		choose(small);

		wait.until(ExpectedConditions.textToBe(By.id("upload-status"),
				"Inläst: ”Anteckning om uppladdning” i samlingen kommun. Frågor här söker nu i det."));
		assertThat(uploadsSent()).as("uploads the browser sent").isEqualTo(2);
		assertThat(storedDocuments()).isEqualTo(storedBefore + 1);
		assertThat(output.getAll()).doesNotContain("Refused a request to " + UPLOADS);
	}

	/**
	 * A reading the server no longer knows (it restarted between the upload and the
	 * page's next question) is shown in the server's own words, which say where to look,
	 * and the field is free for the next file. The restart is stood in for by the page
	 * asking of the reading under an id this server never gave; the answer, a 404 problem
	 * detail, is the server's.
	 */
	@Test
	void aReadingTheServerNoLongerKnowsIsShownWithWhereToLook(@TempDir Path files) throws IOException {
		Path note = Files.writeString(files.resolve("Anteckning före omstarten.txt"), """
				Anteckning före omstarten

				Servern startades om medan sidan frågade hur inläsningen gick.
				""");
		browser.get("http://localhost:" + port + "/");
		WebElement box = openUpload();
		browser.executeScript("""
				const asked = window.fetch;
				window.fetch = (address, options) => asked(String(address)
					.replace(/\\/intakes\\/[^?]*/, '/intakes/i-forgotten-by-a-restart'), options);""");

		choose(note);

		wait.until(ExpectedConditions.textToBe(By.id("upload-status"),
				"Den inläsningen känner Fyren inte till här. Den kan redan vara klar, eller så har servern startats om. "
						+ "Skriv dokument i chatten för att se om dokumentet kom med."));
		assertThat(browser.findElement(By.id("upload-send")).isEnabled()).as("the send button").isTrue();
		assertThat(browser.findElement(By.id("upload-progress")).isDisplayed()).as("the progress bar").isFalse();
		chromium.shots("upload-reading-unknown", box);
	}

	/**
	 * The English page tells the limit as English writes it ("1.0 MB"), as the server
	 * tells it in the page's language; it once showed the Swedish "1,0" in English words.
	 */
	@Test
	void theEnglishPageTellsTheUploadLimitWithADecimalPoint(@TempDir Path files) throws IOException {
		int limit = Math.toIntExact(documents.maxSize().toBytes());
		Path over = Files.write(files.resolve("Budget too large.txt"), new byte[limit + 1]);
		browser.get("http://localhost:" + port + "/?locale=en");
		// The page's English words have come, the refusal's among them.
		wait.until(ExpectedConditions.textToBe(By.cssSelector("#upload summary"), "Add a document (administrators)"));
		openUpload();

		choose(over);

		wait.until(ExpectedConditions.textToBe(By.id("upload-status"),
				"The file is too large: at most 1.0 MB is read. Split the document or save it smaller."));
		assertThat(uploadsSent()).as("uploads the browser sent").isZero();
	}

	/**
	 * The upload's file chooser is a button in the page's language, reached from the
	 * keyboard, that names the file chosen: the browser's own said "Choose file" and "No
	 * file chosen" in English on the Swedish page.
	 */
	@Test
	void theUploadsFileChooserIsASwedishButtonReachedFromTheKeyboard(@TempDir Path files) throws IOException {
		onAPhone();
		Path note = Files.writeString(files.resolve("Protokoll mars.txt"), "Protokoll från mars.\n");
		browser.get("http://localhost:" + port + "/");
		WebElement box = openUpload();

		WebElement chooser = box.findElement(By.cssSelector("label[for='upload-file']"));
		assertThat(chooser.getText()).isEqualTo("Välj fil");
		assertThat(chooser.getRect().getHeight()).as("the button's height").isGreaterThanOrEqualTo(44);
		WebElement field = browser.findElement(By.id("upload-file"));
		assertThat(field.getRect().getWidth()).as("the browser's own chooser, in its own words").isLessThanOrEqualTo(1);
		WebElement chosen = browser.findElement(By.id("upload-file-name"));
		assertThat(chosen.getText()).isEqualTo("Ingen fil vald");

		// From the box's title, the next key press reaches the chooser and shows where.
		browser.executeScript("document.querySelector('#upload summary').focus()");
		new Actions(browser).sendKeys(Keys.TAB).perform();
		assertThat(browser.executeScript("return document.activeElement.id")).isEqualTo("upload-file");
		assertThat(chooser.getCssValue("outline-style")).as("the focused chooser's outline").isEqualTo("solid");
		chromium.shots("upload-chooser", box);

		field.sendKeys(note.toString());

		wait.until(ExpectedConditions.textToBePresentInElement(chosen, "Protokoll mars.txt"));
		chromium.shots("upload-chosen", box);
	}

	/** Opens the upload box and gives the administrator's key; the box. */
	private WebElement openUpload() {
		WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload")));
		box.findElement(By.tagName("summary")).click();
		browser.findElement(By.id("upload-key")).sendKeys(ADMIN_KEY);
		return box;
	}

	/** Chooses the file in the upload field and sends it. */
	private void choose(Path file) {
		WebElement field = browser.findElement(By.id("upload-file"));
		field.clear();
		field.sendKeys(file.toString());
		browser.findElement(By.id("upload-send")).click();
	}

	/**
	 * The uploads this page has sent, as the browser's own record of its requests has
	 * them.
	 */
	private long uploadsSent() {
		return ((Number) browser.executeScript("return performance.getEntriesByType('resource')"
				+ ".filter((entry) => new URL(entry.name).pathname === arguments[0]).length", UPLOADS))
			.longValue();
	}

	private long storedDocuments() {
		return jdbc.sql("select count(*) from document").query(Long.class).single();
	}

	@Test
	void aReloadOrAChangeOfLanguageKeepsTheConversation() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("testkort\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Testkortet"));

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Testkortet"));
		assertThat(browser.findElement(By.id("conversation")).getText()).contains("Du frågade: testkort");

		browser.findElement(By.id("lang-toggle")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("label[for=question]"), "Your question"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Testkortet"));
	}

	@Test
	void theYearWheelsPictureAndFeedLinkWorkOnThisPort() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("årshjul kommun\n");
		WebElement picture = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .card-image")));
		loaded(picture);
		assertThat(picture.getDomAttribute("src")).startsWith("http://localhost:" + port + "/wheel/kommun.png");
		assertThat(browser.findElements(By.cssSelector("#conversation .card-paragraph a[href$='kommun.ics']")))
			.extracting(link -> link.getDomAttribute("href"))
			.as("a subscription for the reader's calendar program, and the address to add by hand")
			.containsExactly("webcal://localhost:" + port + "/calendar/kommun.ics",
					"http://localhost:" + port + "/calendar/kommun.ics");
		// On a desktop the picture is as wide as its card lets it be, up to its own
		// width.
		assertThat(drawnWidth(picture)).as("the picture's width on a desktop")
			.isGreaterThanOrEqualTo(Math.min(natural(picture).get(0), frameWidth(picture)) - 1);
		// There the regular picture's legend reads as it is drawn, near its own size.
		assertThat(currentSource(picture)).doesNotContain("layout=phone");
		assertThat(onScreen(picture, WheelPicture.legendText(PictureLayout.REGULAR)))
			.as("the legend's text on a desktop")
			.isGreaterThanOrEqualTo(MIN_TEXT);
		// On a phone it fits the message column at its own proportions, and nothing makes
		// the page or the conversation scroll sideways: it once kept a width of 40rem.
		onAPhone();
		// Shrunk to a third there, it comes drawn for a phone: the legend's 15 pixels
		// read as 6 in the regular picture.
		chromium.picturesShown();
		assertThat(currentSource(picture)).startsWith("http://localhost:" + port + "/wheel/kommun.png?")
			.contains("layout=phone");
		assertThat(natural(picture).get(0)).isEqualTo(WheelPicture.WIDTH);
		assertThat(onScreen(picture, WheelPicture.legendText(PictureLayout.PHONE))).as("the legend's text on a phone")
			.isGreaterThanOrEqualTo(MIN_TEXT);
		// And the dots' numbers and the months: drawn smaller, they read as 6 and 10.
		assertThat(smallestOnScreen(picture, word -> word.text().matches("\\d{1,2}|\\p{Lu}\\p{Ll}{2}")))
			.as("the numbers' and months' text on a phone")
			.isGreaterThanOrEqualTo(MIN_TEXT);
		assertThat(drawnWidth(picture)).as("the picture's width on a phone").isLessThanOrEqualTo(frameWidth(picture));
		@SuppressWarnings("unchecked")
		List<Number> widths = (List<Number>) browser.executeScript("""
				const page = document.documentElement;
				const scroller = document.getElementById('scroller');
				return [page.scrollWidth, page.clientWidth, scroller.scrollWidth, scroller.clientWidth,
						arguments[0].getBoundingClientRect().left, arguments[0].getBoundingClientRect().right,
						window.innerWidth];""", picture);
		assertThat(widths.get(0).intValue()).as("the page's width on a phone")
			.isLessThanOrEqualTo(widths.get(1).intValue());
		assertThat(widths.get(2).intValue()).as("the conversation's width on a phone")
			.isLessThanOrEqualTo(widths.get(3).intValue());
		assertThat(widths.get(4).doubleValue()).as("the picture's left edge").isGreaterThanOrEqualTo(0);
		assertThat(widths.get(5).doubleValue()).as("the picture's right edge")
			.isLessThanOrEqualTo(widths.get(6).doubleValue());
		List<Double> natural = natural(picture);
		double drawnHeight = ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().height",
				picture))
			.doubleValue();
		assertThat(drawnHeight / drawnWidth(picture)).as("the picture's proportions")
			.isCloseTo(natural.get(1) / natural.get(0), offset(0.02));
		browser.executeScript(
				"const s = document.getElementById('scroller');"
						+ " s.scrollTop += arguments[0].getBoundingClientRect().top - s.getBoundingClientRect().top",
				picture);
		chromium.shots("wheel");
		chromium.shots("wheel-picture", picture);
	}

	/**
	 * The radar's picture, 900 pixels wide, shrinks on a phone as the wheel's does: it
	 * too comes drawn for a phone there, its legend readable, and the desktop keeps the
	 * regular picture.
	 */
	@Test
	void theRadarsPictureReadsOnADesktopAndOnAPhone() {
		WebElement picture = radarPicture();
		loaded(picture);
		assertThat(currentSource(picture)).contains("/radar/").doesNotContain("layout=phone");
		assertThat(natural(picture)).containsExactly((double) RadarPicture.WIDTH, (double) RadarPicture.HEIGHT);
		assertThat(onScreen(picture, RadarPicture.legendText(PictureLayout.REGULAR)))
			.as("the legend's text on a desktop")
			.isGreaterThanOrEqualTo(MIN_TEXT);
		onAPhone();
		chromium.picturesShown();
		assertThat(currentSource(picture)).contains("/radar/").contains("layout=phone");
		assertThat(natural(picture).get(0)).isEqualTo(RadarPicture.WIDTH);
		assertThat(onScreen(picture, RadarPicture.legendText(PictureLayout.PHONE))).as("the legend's text on a phone")
			.isGreaterThanOrEqualTo(MIN_TEXT);
		// And every other word: the chart's dates, months and lanes' names read as 6 or 7
		// when they were drawn smaller than the legend.
		assertThat(smallestOnScreen(picture, word -> true)).as("the chart's smallest words on a phone")
			.isGreaterThanOrEqualTo(MIN_TEXT);
		assertThat(drawnWidth(picture)).as("the picture's width on a phone").isLessThanOrEqualTo(frameWidth(picture));
		chromium.shots("radar-picture", picture);
	}

	/**
	 * A tap on the picture opens it full size, to zoom: on a phone the picture drawn for
	 * a phone, which the page shows there, and on a desktop the regular one.
	 */
	@Test
	void tappingThePictureOpensThePictureTheScreenShows() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("årshjul kommun\n");
		WebElement picture = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .card-image")));
		WebElement link = picture.findElement(By.xpath("./ancestor::a[1]"));
		onAPhone();
		chromium.picturesShown();
		assertThat(currentSource(picture)).contains("layout=phone");
		assertThat(opened(link)).as("the picture a tap opens on a phone").isEqualTo(currentSource(picture));

		browser.manage().window().setSize(new Dimension(1100, 900));
		chromium.picturesShown();
		assertThat(currentSource(picture)).doesNotContain("layout=phone");
		assertThat(opened(link)).as("the picture a click opens on a desktop").isEqualTo(currentSource(picture));
	}

	/**
	 * The radar card's link to its picture full size (its SVG) opens the picture the
	 * screen shows, as a tap on the picture does: on a phone it opened the regular
	 * picture, its words a third of their size.
	 */
	@Test
	void theLinkToTheRadarsPictureOpensThePictureTheScreenShows() {
		WebElement picture = radarPicture();
		WebElement link = picture.findElement(By.xpath("./ancestor::div[@class='card'][1]"))
			.findElement(By.linkText("Öppna bilden i full storlek"));
		onAPhone();
		chromium.picturesShown();
		assertThat(currentSource(picture)).contains("layout=phone");
		assertThat(opened(link)).as("the picture the link opens on a phone")
			.isEqualTo(currentSource(picture).replace(".png?", ".svg?"));

		browser.manage().window().setSize(new Dimension(1100, 900));
		chromium.picturesShown();
		assertThat(currentSource(picture)).doesNotContain("layout=phone");
		assertThat(opened(link)).as("the picture the link opens on a desktop")
			.isEqualTo(currentSource(picture).replace(".png?", ".svg?"));
	}

	/** An issue followed, a signal in each stream, and its radar's picture. */
	private WebElement radarPicture() {
		browser.get("http://localhost:" + port + "/");
		for (String said : List.of("bevaka barnfattigdom: ekonomisk utsatthet bland barn",
				"signal barnfattigdom problem: HLV visar ökning", "signal barnfattigdom politik: Motion i fullmäktige",
				"signal barnfattigdom policy: Kostnadsberäknad modell från Falun")) {
			int before = browser.findElements(By.cssSelector("#conversation .card")).size();
			browser.findElement(By.id("question")).sendKeys(said + "\n");
			wait.until(driver -> browser.findElements(By.cssSelector("#conversation .card")).size() > before);
		}
		browser.findElement(By.id("question")).sendKeys("radar barnfattigdom\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Radar: barnfattigdom"));
		List<WebElement> pictures = browser.findElements(By.cssSelector("#conversation .card-image"));
		WebElement picture = pictures.get(pictures.size() - 1);
		wait.until(ExpectedConditions.visibilityOf(picture));
		return picture;
	}

	/** The window as wide as a phone's screen, once the page has taken the width. */
	private void onAPhone() {
		browser.manage().window().setSize(new Dimension(390, 900));
		wait.until(driver -> ((Number) browser.executeScript("return window.innerWidth")).intValue() <= 390);
	}

	private void loaded(WebElement picture) {
		wait.until(
				driver -> ((Number) browser.executeScript("return arguments[0].naturalWidth", picture)).intValue() > 0);
	}

	/** The address the link opens in a new window, which is closed again. */
	private String opened(WebElement link) {
		String page = browser.getWindowHandle();
		int before = browser.getWindowHandles().size();
		link.click();
		wait.until(driver -> driver.getWindowHandles().size() > before);
		String other = browser.getWindowHandles()
			.stream()
			.filter(handle -> !handle.equals(page))
			.findFirst()
			.orElseThrow();
		browser.switchTo().window(other);
		wait.until(driver -> !"about:blank".equals(driver.getCurrentUrl()));
		String url = browser.getCurrentUrl();
		browser.close();
		browser.switchTo().window(page);
		return url;
	}

	/**
	 * The size, in CSS pixels, that the smallest of these words of the picture the page
	 * shows is read at: their size drawn, read from the picture's SVG, which is the same
	 * picture as its PNG.
	 */
	private double smallestOnScreen(WebElement picture, Predicate<SvgText> words) {
		String svg = currentSource(picture).replace(".png?", ".svg?");
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(svg)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(svg).isEqualTo(200);
			double smallest = SvgText.in(response.body())
				.stream()
				.filter(words)
				.mapToDouble(SvgText::size)
				.min()
				.orElseThrow();
			return onScreen(picture, smallest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot fetch " + svg, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted fetching " + svg, ex);
		}
	}

	/** The source the page chose for the picture at this width. */
	private String currentSource(WebElement picture) {
		return (String) browser.executeScript("return arguments[0].currentSrc", picture);
	}

	/**
	 * The size, in CSS pixels, that words drawn at this size in the picture's pixels (its
	 * legend's, its smallest) are read at.
	 */
	private double onScreen(WebElement picture, double size) {
		return size * drawnWidth(picture) / natural(picture).get(0);
	}

	private double drawnWidth(WebElement picture) {
		return ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().width", picture))
			.doubleValue();
	}

	/** The width of the message the picture is in, inside its padding. */
	private double frameWidth(WebElement picture) {
		return ((Number) browser.executeScript("""
				const card = arguments[0].closest('.card');
				const style = getComputedStyle(card);
				return card.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);""", picture))
			.doubleValue();
	}

	/** The picture's own width and height, as drawn by the server. */
	private List<Double> natural(WebElement picture) {
		@SuppressWarnings("unchecked")
		List<Number> size = (List<Number>) browser
			.executeScript("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", picture);
		return size.stream().map(Number::doubleValue).toList();
	}

	@Test
	void theWebChatSpeaksOfItsOwnPlacesNeverOfSlacksChannelsAndThreads() {
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		assertThat(browser.findElements(By.cssSelector("#home a[href^='webcal://']"))).as("the calendar subscription")
			.isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#home a[href^='http'][href$='.ics']")))
			.as("the address to add by hand (Outlook, Google)")
			.isNotEmpty();
		for (String asked : List.of("hjälp", "fönster", "årshjul", "prenumerera kommun", "dialog nästa")) {
			int before = browser.findElements(By.cssSelector("#conversation .exchange")).size();
			browser.findElement(By.id("question")).sendKeys(asked + "\n");
			wait.until(driver -> driver.findElements(By.cssSelector("#conversation .exchange")).size() > before);
		}
		String said = browser.findElement(By.id("home")).getText() + "\n"
				+ browser.findElement(By.id("conversation")).getText();
		assertThat(said.toLowerCase(Locale.ROOT)).doesNotContain("kanal", "tråd", "slack", "teams", "/invite", "`")
			.contains("fönster <kalender>", "prenumerera <kalender>", "dialog start <grupp>", "eget rum",
					"i din egen kalender");
		assertThat(browser.findElements(By.cssSelector("#conversation a[href^='webcal://']"))).hasSizeGreaterThan(2);
	}

	@Test
	void theCalendarAWebUserChoosesIsRememberedForWindowsAndTheWheel() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("fönster region\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"),
				"Här visas Regionens årshjul"));

		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		browser.executeScript("sessionStorage.clear()");
		browser.navigate().refresh();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		browser.findElement(By.id("question")).sendKeys("fönster\n");
		WebElement windows = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#conversation .exchange")));
		wait.until(ExpectedConditions.textToBePresentInElement(windows, "Här visas"));
		assertThat(windows.getText()).contains("Du frågade: fönster", "Här visas Regionens årshjul")
			.doesNotContain("Här visas Kommunens årshjul");
		browser.findElement(By.id("question")).sendKeys("årshjul\n");
		wait.until(driver -> driver.findElements(By.cssSelector("#conversation .card-title"))
			.stream()
			.anyMatch(
					title -> title.getText().startsWith("Årshjul ") && title.getText().endsWith("Regionens årshjul")));

		// Another choice replaces it.
		browser.findElement(By.id("question")).sendKeys("årshjul kommun\n");
		wait.until(driver -> driver.findElements(By.cssSelector("#conversation .card-title"))
			.stream()
			.anyMatch(title -> title.getText().endsWith("Kommunens årshjul")));
		assertThat(browser.executeScript("return localStorage.getItem('fyren.calendar')")).isEqualTo("kommun");
	}

	/**
	 * While a command is on its way the page says Fyren answers, not that it searches the
	 * reports: only a question is looked up in them.
	 */
	@Test
	void whileACommandIsOnItsWayThePageSaysFyrenAnswersNotThatItSearchesTheReports() {
		slowPage();

		assertThat(statusWhileSending("fönster region")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("årshjul")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("dialog mallar")).isEqualTo("Fyren svarar …");
		// The page knows no command of its own: the server's, subscribing among them.
		assertThat(statusWhileSending("prenumerera kommun")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("Avsluta kommun")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("radar")).isEqualTo("Fyren svarar …");
		// Commands known by more than their first word, and help and greetings.
		assertThat(statusWhileSending("hjälp")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("Hej Fyren, vad kan du göra?")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("Hej!")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("tack så mycket")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("sluta  bevaka barnfattigdom")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("ta bort signal 3")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("glöm budget.pdf")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("dokument")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending("läs in https://example.org/rapport.pdf")).isEqualTo("Fyren svarar …");
		assertThat(statusWhileSending(WebApiTest.KINGDON)).isEqualTo("Fyren letar i rapporterna …");
		// A question that begins as a command does is still a question.
		assertThat(statusWhileSending("hej, vad säger rapporterna om barnfattigdom?"))
			.isEqualTo("Fyren letar i rapporterna …");
		assertThat(statusWhileSending("hjälp till barnfamiljer")).isEqualTo("Fyren letar i rapporterna …");
		// Every pattern the page is given is one the browser reads as the server does.
		Object unread = browser.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						fetch('/api/commands').then((response) => response.json()).then((commands) => done(commands.patterns
							.filter((source) => { try { new RegExp(source, 'iu'); return false; } catch (e) { return true; } })));
						""");
		assertThat((List<?>) unread).isEmpty();

		// To look at: the line while a command is on its way, its reply held back until
		// the page is shot at both widths.
		holdReplies();
		int before = browser.findElements(By.cssSelector("#conversation .exchange")).size();
		browser.findElement(By.id("question")).sendKeys("sluta bevaka barnfattigdom\n");
		wait.until(driver -> Boolean.TRUE
			.equals(browser.executeScript("return typeof window.releaseReply === 'function'")));
		chromium.shots("command-on-its-way");
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Fyren svarar …");
		browser.executeScript("window.releaseReply()");
		wait.until(driver -> driver.findElements(By.cssSelector("#conversation .exchange")).size() > before);
	}

	/**
	 * Commands the page could not load at first are asked for again: a chain's start then
	 * opens a room of its own. It went to the private chat, which could only say that a
	 * chain runs in a room.
	 */
	@Test
	void commandsThatFailedToLoadAreAskedForAgainAndAChainsStartOpensItsRoom() {
		failCommandsLoads(1);
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));

		browser.findElement(By.id("question")).sendKeys("dialog start Styrgruppen\n");

		wait.until(ExpectedConditions.urlContains("room="));
	}

	/**
	 * While the page has no commands it sends a message as typed, saying what is true of
	 * a command and a question alike, and the server answers it; it asks for the commands
	 * a few times, then no more. It said Fyren searched the reports.
	 */
	@Test
	void withoutItsCommandsThePageSendsAMessageAsTypedAndAsksForThemAFewTimesOnly() {
		failCommandsLoads(Integer.MAX_VALUE);
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		holdReplies();

		browser.findElement(By.id("question")).sendKeys("dialog start Styrgruppen\n");

		wait.until(driver -> Boolean.TRUE
			.equals(browser.executeScript("return typeof window.releaseReply === 'function'")));
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Fyren svarar …");
		browser.executeScript("window.releaseReply()");
		// The chain's own reply: this application has no chain templates.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"),
				"Det finns ingen mall som heter"));
		assertThat(browser.getCurrentUrl()).doesNotContain("room=");
		await().atMost(Duration.ofSeconds(10)).until(() -> commandsAsked() == 4);
		await().pollDelay(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(6))
			.untilAsserted(() -> assertThat(commandsAsked()).as("times the commands were asked for").isEqualTo(4));
	}

	/**
	 * The first {@code times} requests for the commands, on every page this browser opens
	 * from now, fail as a dropped connection does.
	 */
	private void failCommandsLoads(int times) {
		browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.commandsAsked = 0;
				const reachCommands = window.fetch;
				window.fetch = (url, options) => String(url).includes('/api/commands') && ++window.commandsAsked <= %d
					? Promise.reject(new TypeError('Failed to fetch'))
					: reachCommands(url, options);""".formatted(times)));
	}

	/** How often this page has asked for the commands. */
	private long commandsAsked() {
		return ((Number) browser.executeScript("return window.commandsAsked")).longValue();
	}

	/** Holds the page's next chat message until {@code window.releaseReply()}. */
	private void holdReplies() {
		browser.executeScript("""
				const reach = window.fetch;
				window.fetch = (url, options) => String(url).includes('/api/chat')
					? new Promise((go) => { window.releaseReply = go; }).then(() => reach(url, options))
					: reach(url, options);
				""");
	}

	/** The page with its texts loaded, then on a slow network. */
	private void slowPage() {
		browser.get("http://localhost:" + port + "/");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home"), "Årshjulet"));
		slowNetwork();
	}

	/**
	 * Sends the text and reads the status line before its reply has come; waits for it.
	 */
	private String statusWhileSending(String text) {
		int before = browser.findElements(By.cssSelector("#conversation .exchange")).size();
		browser.findElement(By.id("question")).sendKeys(text + "\n");
		String shown = browser.findElement(By.id("status")).getText();
		wait.until(driver -> driver.findElements(By.cssSelector("#conversation .exchange")).size() > before);
		return shown;
	}

	/**
	 * A card's button double-clicked on a slow network sends its click once: nothing
	 * waited for the first, and the action was done twice.
	 */
	@Test
	void aCardsButtonDoubleClickedOnASlowNetworkSendsOnce() {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("testkort\n");
		WebElement press = wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".card-action[data-action='test.press']")));
		slowNetwork();

		doubleClick(press);

		clickSentOnce();
		wait.until(ExpectedConditions.elementToBeClickable(press));
	}

	/** A rating double-clicked on a slow network is sent once. */
	@Test
	void aRatingDoubleClickedOnASlowNetworkIsSentOnce() {
		answerOnThePage(WebApiTest.KINGDON);
		WebElement helpful = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".feedback-helpful")));
		slowNetwork();

		doubleClick(helpful);

		clickSentOnce();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".feedback-confirmation"), "Tack"));
	}

	private void slowNetwork() {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency",
				SLOW_NETWORK.toMillis(), "downloadThroughput", -1, "uploadThroughput", -1));
	}

	/**
	 * Clicks the button twice at once, as a double click does: in the page's script, as
	 * the page may still be scrolling the button into view, where a pointer would miss
	 * it. A disabled button takes no click, from a pointer or a script.
	 */
	private void doubleClick(WebElement button) {
		browser.executeScript("arguments[0].click(); arguments[0].click();", button);
	}

	/**
	 * Waits for the click to be sent, then a while for a second one, which never comes.
	 */
	private void clickSentOnce() {
		wait.until(driver -> clicksSent() > 0);
		await().pollDelay(SLOW_NETWORK)
			.atMost(SLOW_NETWORK.multipliedBy(2))
			.untilAsserted(() -> assertThat(clicksSent()).as("clicks sent").isOne());
	}

	/**
	 * The clicks this page has sent, as the browser's record of its requests has them.
	 */
	private long clicksSent() {
		return ((Number) browser.executeScript("return performance.getEntriesByType('resource')"
				+ ".filter((entry) => new URL(entry.name).pathname === '/api/click').length"))
			.longValue();
	}

	/** The upload form's button is a finger's height on a phone (WCAG 2.5.5: 44 px). */
	@Test
	void theUploadButtonIsTallEnoughToTapOnAPhone() {
		onAPhone();
		browser.get("http://localhost:" + port + "/");
		openUpload();

		WebElement send = browser.findElement(By.id("upload-send"));
		assertThat(send.getRect().getHeight()).as("the button's height").isGreaterThanOrEqualTo(44);
	}

}
