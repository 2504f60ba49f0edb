package se.fyren.bot.wheel;

import se.fyren.bot.wheel.pictures.WheelImages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.HomeSection;
import se.fyren.bot.chat.Reply;

/**
 * The year wheel at a glance, for a chat's home page (Slack's App Home): the home
 * calendar's picture and its next few windows, as a card any chat renders.
 */
@Component
class WheelOverview implements HomeSection {

	static final int WINDOWS_SHOWN = 3;

	private static final Logger log = LoggerFactory.getLogger(WheelOverview.class);

	private final Wheels wheels;

	private final WindowFinder finder;

	private final WindowText text;

	private final WheelImages images;

	private final WheelProperties properties;

	private final Clock clock;

	WheelOverview(Wheels wheels, WindowFinder finder, WindowText text, WheelImages images, WheelProperties properties,
			Clock clock) {
		this.wheels = wheels;
		this.finder = finder;
		this.text = text;
		this.images = images;
		this.properties = properties;
		this.clock = clock;
	}

	/** Empty when Fyren has no calendars. */
	@Override
	public Optional<Reply.Card> homeCard(Channel channel, Locale locale) {
		Optional<Wheel> home = home();
		if (home.isEmpty()) {
			return Optional.empty();
		}
		Wheel wheel = home.get();
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		List<Window> windows = finder.windows(wheel, today, today.plusYears(1));
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text.message("wheel.home.next", locale));
		for (Window window : windows.subList(0, Math.min(WINDOWS_SHOWN, windows.size()))) {
			paragraphs.add(text.message("wheel.list.window", locale, window.decision().event().title(),
					text.date(window.decision().date(), locale), wheel.title(), window.strength()) + "\n"
					+ text.explanation(window, locale));
		}
		if (windows.isEmpty()) {
			paragraphs.add(text.message("wheel.list.none", locale));
		}
		paragraphs.add(text.said(channel, "wheel.home.more", locale, wheel.name(), images.subscriptionUrl(wheel),
				images.feedUrl(wheel)));
		return Optional.of(new Reply.Card(text.message("wheel.home.title", locale, wheel.title()), paragraphs,
				List.of(), List.of(), images.pngUrl(wheel, ShownYears.unasked(today), locale)));
	}

	/** The configured home calendar, or the first one when it is not among them. */
	private Optional<Wheel> home() {
		Optional<Wheel> configured = wheels.named(properties.homeCalendar());
		if (configured.isEmpty() && !wheels.all().isEmpty()) {
			log.warn("fyren.wheel.home-calendar '{}' is not a calendar in {}; showing {} instead",
					properties.homeCalendar(), properties.calendars(), wheels.all().iterator().next().name());
			return Optional.of(wheels.all().iterator().next());
		}
		return configured;
	}

}
