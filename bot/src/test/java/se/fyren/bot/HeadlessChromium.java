package se.fyren.bot;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium and ChromeDriver (installed by {@code .ci/run}) for the
 * browser tests, never anything Selenium Manager would download: the network is closed. A
 * test without them is skipped, saying why.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** Answers come from a real index; the first question may wait for the JIT. */
	public static final Duration PATIENCE = Duration.ofSeconds(20);

	private final ChromeDriver driver;

	private HeadlessChromium(ChromeDriver driver) {
		this.driver = driver;
	}

	/**
	 * @param profile an empty folder for the browser's profile (a JUnit {@code @TempDir})
	 */
	public static HeadlessChromium start(Path profile) {
		return start(profile, Map.of());
	}

	/**
	 * As {@link #start(Path)}, with every site's data blocked (cookies and storage), as a
	 * reader's settings may have it: reaching a page's storage throws.
	 */
	public static HeadlessChromium startBlockingSiteData(Path profile) {
		return start(profile, Map.of("profile.default_content_setting_values.cookies", BLOCK));
	}

	/** Chromium's content setting that blocks what it is set for. */
	private static final int BLOCK = 2;

	private static HeadlessChromium start(Path profile, Map<String, Object> preferences) {
		assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"needs chromium and chromium-driver from Debian (apt-get install chromium chromium-driver)");
		System.setProperty("SE_OFFLINE", "true");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.getPath());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1100,900", "--lang=sv-SE", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", preferences);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new HeadlessChromium(new ChromeDriver(service, options));
	}

	public ChromeDriver driver() {
		return driver;
	}

	public WebDriverWait patiently() {
		return new WebDriverWait(driver, PATIENCE);
	}

	/**
	 * Keeps what the page looks like now in {@code target/}, to look at after the run.
	 */
	public void screenshot(String name) {
		try {
			Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the screenshot " + name, ex);
		}
	}

	/** A desktop and a phone, the widths the pages are looked at in. */
	static final List<Integer> SHOT_WIDTHS = List.of(1280, 390);

	/**
	 * With {@code -Dfyren.shots=<folder>}: the page at desktop and phone width, as
	 * {@code <name>-1280.png} and {@code <name>-390.png}, to look at after the run.
	 * Without it nothing is written.
	 */
	public void shots(String name) {
		shots(name, null);
	}

	/**
	 * As {@link #shots(String)}, with {@code inView} scrolled to the middle of the screen
	 * at each width: the page reflows when the width changes, and what is to be looked at
	 * would move out of sight.
	 */
	public void shots(String name, WebElement inView) {
		String folder = System.getProperty("fyren.shots");
		if (folder == null || folder.isBlank()) {
			return;
		}
		Dimension before = driver.manage().window().getSize();
		try {
			Files.createDirectories(Path.of(folder));
			for (int width : SHOT_WIDTHS) {
				driver.manage().window().setSize(new Dimension(width, SHOT_HEIGHT));
				picturesShown();
				if (inView != null) {
					driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", inView);
				}
				Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
				Files.copy(shot, Path.of(folder, name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the screenshots " + name, ex);
		}
		finally {
			driver.manage().window().setSize(before);
		}
	}

	/**
	 * Waits until every picture on the page shows the source its {@code <picture>}
	 * chooses at this width (the wheel's phone layout on a narrow screen), loaded or
	 * failed: a change of width changes the source, and the new one loads after.
	 */
	public void picturesShown() {
		patiently().until(browser -> Boolean.TRUE.equals(driver.executeScript("""
				return [...document.images].every(image => {
					if (!image.getAttribute('src')) {
						return true;
					}
					const sources = image.parentElement && image.parentElement.tagName === 'PICTURE'
						? [...image.parentElement.querySelectorAll('source')] : [];
					const chosen = sources.find(source => matchMedia(source.media).matches);
					const wanted = new URL(chosen ? chosen.srcset : image.src, location.href).href;
					return image.complete && image.currentSrc === wanted;
				});""")));
	}

	/**
	 * The site's storage ("localStorage", "sessionStorage") filled to its last character,
	 * by halves.
	 */
	public void fill(String storage) {
		driver.executeScript("""
				const storage = window[arguments[0]];
				for (let size = 1 << 22, n = 0; size > 0; size >>= 1) {
					try {
						for (;; n++) {
							storage.setItem('fill' + n, 'x'.repeat(size));
						}
					}
					catch (full) {
						// The next half is smaller.
					}
				}""", storage);
	}

	/** Tall enough for a phone's screen, and a desktop's. */
	static final int SHOT_HEIGHT = 900;

	@Override
	public void close() {
		driver.quit();
	}

}
