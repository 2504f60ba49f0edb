package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.HeadlessChromium;
import se.fyren.bot.MutableClock;

/**
 * A chain in a web room in a real browser (Debian's headless Chromium, as the web chat's
 * own browser test): started from the chat field, the questions arrive by polling, an
 * answer goes in the question's thread under the name given on joining, the card's own
 * answer field shows only when asked for, a countdown tick does not scroll the room, and
 * stopping it closes the question card in place and shows the summary.
 */
class DialogueBrowserTest extends DialogueAppTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ChainTransitions dialogues;

	@TempDir
	Path profile;

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

	/**
	 * Starts a chain from the private chat as a facilitator does: the page makes a room
	 * and opens the facilitator's view of it, where the chain starts.
	 */
	private String startChain(String group) {
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("dialog start " + group + "\n");
		// The page goes to the room: read its conversation only once it is there, or the
		// wait may read the chat's as the page leaves it (a node of the old document).
		wait.until(ExpectedConditions.urlContains("room="));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Fråga 1 av 4"));
		assertThat(browser.getCurrentUrl()).contains("room=", "key=");
		return browser.getCurrentUrl().replaceAll(".*[?&]room=([^&]+).*", "$1");
	}

	@Test
	void aFacilitatorRunsAChainInAWebRoom() {
		String room = startChain("Kommunstyrelsen");
		assertThat(browser.findElement(By.id("conversation")).getText()).contains("har startat");
		// The room asks once for a name, which the summary then shows.
		WebElement nameField = browser.findElement(By.id("room-name-field"));
		assertThat(nameField.isDisplayed()).isTrue();
		nameField.sendKeys("Anna Andersson\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("room-joined"), "Anna Andersson"));
		assertThat(nameField.isDisplayed()).isFalse();
		// The help (long now) twice, so the room scrolls.
		for (int i = 1; i <= 2; i++) {
			browser.findElement(By.id("question")).sendKeys("hjälp\n");
			int asked = i;
			wait.until(driver -> driver.findElements(By.cssSelector(".examples")).size() == asked);
		}
		// The page scrolls smoothly to a new message; in Chromium a scroll set meanwhile
		// does not stop it and the room ends off its top: wait until it has come to rest.
		atRestAtTheLatestMessage();
		assertThat(browser.findElement(By.id("conversation")).getText()).contains("Dialogkedjan med Kommunstyrelsen",
				"Vad är ert huvudsakliga uppdrag och mål?", "0:30 kvar");

		// The card's answer field stays hidden until its button is clicked.
		WebElement cardInput = browser.findElement(By.cssSelector(".card-input"));
		assertThat(cardInput.isDisplayed()).isFalse();
		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.answer']")).click();
		assertThat(cardInput.isDisplayed()).isTrue();

		// A countdown update replaces the question where it is, without scrolling the
		// room.
		JavascriptExecutor js = browser;
		js.executeScript("document.getElementById('scroller').scrollTop = 0");
		assertThat(((Number) js
			.executeScript("const s = document.getElementById('scroller'); return s.scrollHeight - s.clientHeight;"))
			.longValue()).as("the room is long enough to scroll").isPositive();
		clock.advance(Duration.ofSeconds(10));
		dialogues.refreshCountdowns();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "0:20 kvar"));
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> ((Number) js.executeScript("return document.getElementById('scroller').scrollTop"))
				.longValue() == 0);

		browser.findElement(By.cssSelector("form.room-answer input")).sendKeys("En trygg kommun\n");
		await().atMost(HeadlessChromium.PATIENCE)
			.until(() -> jdbc
				.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id "
						+ "where c.conversation = :room and a.answer_text = 'En trygg kommun'")
				.param("room", room)
				.query(Integer.class)
				.single() == 1);
		chromium.screenshot("dialogue-room.png");
		// Who the browser is stays the server's secret: page script cannot read it.
		assertThat(browser.manage().getCookieNamed("fyren-browser").isHttpOnly()).isTrue();
		assertThat((String) js.executeScript("return document.cookie")).doesNotContain("fyren-browser");

		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.stop']")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"),
				"Sammanfattning: Dialogkedjan med Kommunstyrelsen"));
		assertThat(browser.findElement(By.id("conversation")).getText()).contains("Anna Andersson: En trygg kommun",
				"Frågan är stängd.");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".card-action[data-action='dialogue.stop']"),
				0));
		assertThat(browser.findElements(By.cssSelector(".card-title"))
			.stream()
			.filter(title -> title.getText().equals("Fråga 1 av 4"))
			.count()).as("the closed question replaced the open one").isOne();
	}

	/**
	 * Waits until the room's scroller stands still (the same over two frames) where the
	 * page scrolls a new message: the latest at the top, or the end of the room.
	 */
	private void atRestAtTheLatestMessage() {
		wait.until(driver -> Boolean.TRUE.equals(browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const scroller = document.getElementById('scroller');
				const latest = [...document.querySelectorAll('#conversation .exchange')].pop();
				const aimed = Math.min(scroller.scrollHeight - scroller.clientHeight, scroller.scrollTop
					+ latest.getBoundingClientRect().top - scroller.getBoundingClientRect().top);
				const before = scroller.scrollTop;
				requestAnimationFrame(() => requestAnimationFrame(() =>
					done(scroller.scrollTop === before && Math.abs(before - aimed) < 1)));""")));
	}

	/**
	 * A full storage forgets the name and the answers given, and the room takes both and
	 * says so: the name was not taken at all, and an answer saved was told as failed, to
	 * be given again.
	 */
	@Test
	void aFullStorageTakesTheNameAndTheAnswerAndSaysTheAnswerIsSaved() {
		String room = startChain("Kommunstyrelsen");
		chromium.fill("localStorage");
		chromium.fill("sessionStorage");

		joinAndAnswer(room);
		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.stop']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"),
				"Anna Andersson: En trygg kommun"));
	}

	/**
	 * Where the facilitator's browser blocks the site's data, reaching the storage
	 * throws: a chain's start from the private chat opens its room with the command in
	 * the question field, to send (a link's words are never sent by themselves), and the
	 * room takes the name and the answer. The page said only "Något gick fel" and opened
	 * no room.
	 */
	@Test
	void aBrowserThatBlocksTheSitesDataRunsAChainInAWebRoom(@TempDir Path blocking) {
		chromium.close();
		chromium = HeadlessChromium.startBlockingSiteData(blocking);
		browser = chromium.driver();
		wait = chromium.patiently();
		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.id("question")).sendKeys("dialog start Kommunstyrelsen\n");
		wait.until(ExpectedConditions.urlContains("room="));
		WebElement question = browser.findElement(By.id("question"));
		wait.until(driver -> "dialog start Kommunstyrelsen".equals(question.getDomProperty("value")));
		assertThat(
				browser.executeScript("try { return typeof localStorage; } catch (refused) { return refused.name; }"))
			.as("reaching the storage")
			.isEqualTo("SecurityError");
		assertThat(browser.getCurrentUrl()).as("the room's address, to save").doesNotContain("#", "dialog");
		String room = browser.getCurrentUrl().replaceAll(".*[?&]room=([^&]+).*", "$1");
		assertThat(chainsIn(room)).as("chains started before the command is sent").isZero();

		question.sendKeys("\n");

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Fråga 1 av 4"));
		joinAndAnswer(room);
		assertThat(chainsIn(room)).as("chains started").isOne();
	}

	private int chainsIn(String room) {
		return jdbc.sql("select count(*) from dialogue_chain where conversation = :room")
			.param("room", room)
			.query(Integer.class)
			.single();
	}

	/** Joins the room by name and answers its first question, as a participant does. */
	private void joinAndAnswer(String room) {
		browser.findElement(By.id("room-name-field")).sendKeys("Anna Andersson\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("room-joined"), "Anna Andersson"));

		browser.findElement(By.cssSelector("form.room-answer input")).sendKeys("En trygg kommun\n");

		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".my-answers"), "En trygg kommun"));
		assertThat(browser.findElement(By.cssSelector(".room-answer-saved")).getText())
			.isEqualTo("Tack, ditt svar är sparat.");
		assertThat(jdbc
			.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id "
					+ "where c.conversation = :room and a.answer_text = 'En trygg kommun'")
			.param("room", room)
			.query(Integer.class)
			.single()).as("answers saved").isOne();
	}

	@Test
	void typingSurvivesTenCountdownTicksInBothAnswerPaths() {
		String room = startChain("Socialnämnden");
		browser.findElement(By.id("room-name-field")).sendKeys("Bo Berg\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "0:30 kvar"));
		JavascriptExecutor js = browser;

		// The always-visible field first, then the Svara form, which keeps the focus.
		WebElement field = browser.findElement(By.cssSelector("form.room-answer input"));
		field.sendKeys("Vi jobbar med");
		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.answer']")).click();
		WebElement cardField = browser.findElement(By.cssSelector(".card-input input"));
		cardField.sendKeys("Vi jobbar med försörjningsstöd och");
		for (int tick = 1; tick <= 10; tick++) {
			clock.advance(Duration.ofSeconds(1));
			dialogues.refreshCountdowns();
			String left = "0:%02d kvar".formatted(30 - tick);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), left));
			assertThat(js.executeScript("return document.activeElement")).as("focus after tick " + tick)
				.isEqualTo(cardField);
		}
		assertThat(cardField.isDisplayed()).as("the Svara form stays open").isTrue();
		new Actions(browser).sendKeys(" ekonomiskt bistånd").perform();
		assertThat(cardField.getDomProperty("value"))
			.isEqualTo("Vi jobbar med försörjningsstöd och ekonomiskt bistånd");
		assertThat(field.getDomProperty("value")).isEqualTo("Vi jobbar med");

		// Now typing in the Ditt svar field, through ten more ticks.
		field.click();
		for (int tick = 11; tick <= 20; tick++) {
			clock.advance(Duration.ofSeconds(1));
			dialogues.refreshCountdowns();
			String left = "0:%02d kvar".formatted(30 - tick);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), left));
			assertThat(js.executeScript("return document.activeElement")).as("focus after tick " + tick)
				.isEqualTo(field);
		}
		new Actions(browser).sendKeys(" barn och unga").perform();
		assertThat(field.getDomProperty("value")).isEqualTo("Vi jobbar med barn och unga");
		// Only the last ten seconds are announced, not every tick.
		assertThat(browser.findElement(By.id("room-announce")).getDomProperty("textContent")).contains("0:10 kvar");

		browser.findElement(By.cssSelector(".card-input button[type='submit']")).click();
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Tack, ditt svar är sparat"));
		field.sendKeys("\n");
		await().atMost(HeadlessChromium.PATIENCE)
			.until(() -> jdbc
				.sql("select count(*) from dialogue_answer a join dialogue_chain c on c.id = a.chain_id "
						+ "where c.conversation = :room")
				.param("room", room)
				.query(Integer.class)
				.single() == 2);
		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.stop']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Sammanfattning"));
	}

	@Test
	void aParticipantReadsTheRoomOnlyByItsLinkAnswersBothWaysAndSeesTheirOwnAnswers(@TempDir Path otherProfile) {
		String room = startChain("Tekniska nämnden");
		String facilitatorsUrl = browser.getCurrentUrl();
		String link = wait.until(driver -> {
			String href = driver.findElement(By.id("room-share-link")).getDomAttribute("href");
			return href != null && href.contains("key=") ? href : null;
		});
		assertThat(link).contains("room=" + room).isNotEqualTo(facilitatorsUrl);
		chromium.shots("room-facilitator");

		try (HeadlessChromium other = HeadlessChromium.start(otherProfile)) {
			ChromeDriver participant = other.driver();
			WebDriverWait patiently = other.patiently();
			// The room's name alone opens nothing.
			participant.get("http://localhost:" + port + "/?room=" + room);
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Rummet finns inte"));
			assertThat(participant.findElement(By.id("conversation")).getText()).doesNotContain("Fråga");

			participant.get(link);
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Fråga 1 av 4"));
			assertThat(participant.findElements(By.cssSelector(".card-action")))
				.extracting(button -> button.getDomAttribute("data-action"))
				.as("a participant sees no facilitator's buttons")
				.containsExactly("dialogue.answer");
			assertThat(participant.findElement(By.id("room-share")).isDisplayed()).isFalse();
			participant.findElement(By.id("room-name-field")).sendKeys("Cecilia Ek\n");

			participant.findElement(By.cssSelector("form.room-answer input")).sendKeys("Trafiksäkerhet\n");
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".room-answer-saved"),
					"Tack, ditt svar är sparat"));
			participant.findElement(By.cssSelector(".card-action[data-action='dialogue.answer']")).click();
			participant.findElement(By.cssSelector(".card-input input")).sendKeys("Gång- och cykelvägar\n");
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".my-answers"),
					"Gång- och cykelvägar"));
			assertThat(participant.findElement(By.id("conversation")).getText()).as("both ways of answering confirm it")
				.contains("Tack, ditt svar är sparat.");
			assertThat(participant.findElement(By.cssSelector(".my-answers")).getText()).contains("Dina svar",
					"Trafiksäkerhet");
			other.shots("room-participant");
			// Reloading keeps one's answers in view.
			participant.navigate().refresh();
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".my-answers"),
					"Trafiksäkerhet"));
		}
		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.stop']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"),
				"Cecilia Ek: Trafiksäkerhet"));
	}

	@Test
	void theFacilitatorSeesALiveListOfAnswersAParticipantWithoutANameIsNumberedAndTheFormsFitAFinger(
			@TempDir Path otherProfile) throws Exception {
		String room = startChain("Kultur- och fritidsnämnden");
		String link = wait.until(driver -> {
			String href = driver.findElement(By.id("room-share-link")).getDomAttribute("href");
			return href != null && href.contains("key=") ? href : null;
		});
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("room-answers"), "Inga svar än."));
		WebElement live = browser.findElement(By.id("room-answers"));
		assertThat(live.getText()).contains("Svaren hittills – fråga 1 av 4",
				"Vad är ert huvudsakliga uppdrag och mål?");
		assertThat(Double.parseDouble(live.getCssValue("font-size").replace("px", "")))
			.as("large enough for a projector")
			.isGreaterThanOrEqualTo(20);
		String participantKey = link.replaceAll(".*[?&]key=([^&]+).*", "$1");
		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + port + "/api/rooms/" + room + "/answers?key=" + participantKey))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).as("the live list is the facilitator's only").isEqualTo(404);

		try (HeadlessChromium other = HeadlessChromium.start(otherProfile)) {
			ChromeDriver participant = other.driver();
			WebDriverWait patiently = other.patiently();
			participant.manage().window().setSize(new Dimension(390, 844));
			participant.get(link);
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Fråga 1 av 4"));
			// A phone: every field and button of the room at least 44 pixels tall.
			for (String touched : List.of("#room-name-field", "#room-name button", "form.room-answer input",
					"form.room-answer button", ".card-action[data-action='dialogue.answer']")) {
				assertThat(participant.findElement(By.cssSelector(touched)).getRect().getHeight()).as(touched)
					.isGreaterThanOrEqualTo(44);
			}
			// No name given: "Deltagare 1", never the browser's id.
			participant.findElement(By.cssSelector("form.room-answer input")).sendKeys("Fler mötesplatser\n");
			patiently.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".room-answer-saved"),
					"Tack, ditt svar är sparat"));
			assertThat(participant.findElement(By.id("room-answers")).isDisplayed()).isFalse();
			other.shots("room-participant-phone");
		}
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("room-answers"),
				"Deltagare 1: Fler mötesplatser"));
		browser.findElement(By.id("room-name-field")).sendKeys("Anna Andersson\n");
		browser.findElement(By.cssSelector("form.room-answer input")).sendKeys("Ett rikt föreningsliv\n");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("room-answers"),
				"Anna Andersson: Ett rikt föreningsliv"));
		assertThat(browser.findElement(By.id("room-answers")).getText()).contains("2 svar");
		chromium.shots("room-facilitator-live");

		browser.findElement(By.cssSelector(".card-action[data-action='dialogue.stop']")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"),
				"Deltagare 1: Fler mötesplatser"));
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("room-answers")));
		assertThat(browser.findElement(By.id("conversation")).getText()).doesNotContain("web:");
	}

}
