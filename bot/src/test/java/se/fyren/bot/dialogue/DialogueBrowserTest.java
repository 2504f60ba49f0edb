package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
	DialogueService dialogues;

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

	@Test
	void aFacilitatorRunsAChainInAWebRoom() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		browser.get("http://localhost:" + port + "/?room=" + room);
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
		browser.findElement(By.id("question")).sendKeys("dialog start Kommunstyrelsen");
		browser.findElement(By.id("send")).click();

		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#conversation"), "har startat"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation"), "Fråga 1 av 4"));
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

	@Test
	void typingSurvivesTenCountdownTicksInBothAnswerPaths() {
		String room = "rum-" + UUID.randomUUID().toString().substring(0, 8);
		browser.get("http://localhost:" + port + "/?room=" + room);
		browser.findElement(By.id("room-name-field")).sendKeys("Bo Berg\n");
		browser.findElement(By.id("question")).sendKeys("dialog start Socialnämnden\n");
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

}
