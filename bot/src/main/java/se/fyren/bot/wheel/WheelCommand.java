package se.fyren.bot.wheel;

import se.fyren.bot.wheel.pictures.WheelImages;
import se.fyren.bot.wheel.reminders.Subscriptions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.Reply;

/**
 * The year wheel's chat commands: {@code fönster} (the next windows and dates for this
 * channel's calendars), {@code årshjul [kalender] [år]} (the year at a glance, with the
 * picture), {@code prenumerera <kalender>} and {@code avsluta <kalender>}.
 */
@Component
@Order(ChatCommand.FEATURE_ORDER)
class WheelCommand implements ChatCommand {

	private static final Logger log = LoggerFactory.getLogger(WheelCommand.class);

	/** What the wheel does for a message, by the message's first word. */
	private enum Verb {

		WINDOWS, YEAR, SUBSCRIBE, UNSUBSCRIBE

	}

	/**
	 * Each command word, as typed with its Swedish letters or without them, and the
	 * wheel's and the windows' words in their definite form ("årshjulet").
	 */
	private static final Map<String, Verb> VERBS = Map.ofEntries(Map.entry("fönster", Verb.WINDOWS),
			Map.entry("fonster", Verb.WINDOWS), Map.entry("fönstren", Verb.WINDOWS),
			Map.entry("fonstren", Verb.WINDOWS), Map.entry("årshjul", Verb.YEAR), Map.entry("arshjul", Verb.YEAR),
			Map.entry("årshjulet", Verb.YEAR), Map.entry("arshjulet", Verb.YEAR),
			Map.entry("prenumerera", Verb.SUBSCRIBE), Map.entry("avsluta", Verb.UNSUBSCRIBE));

	/**
	 * The words as people say them rather than as the help gives them: "årshjulet i
	 * regionen – hur funkar det?" or "fönstren i Kingdons modell" ask about the reports.
	 * Opened by one of these, a message is the wheel's only when the rest names what the
	 * wheel knows (a calendar, a year) or nothing.
	 */
	private static final Set<String> SAID = Set.of("fönstren", "fonstren", "årshjulet", "arshjulet");

	/** Asked to be shown ("visa årshjulet", "visa fönster"), as {@link #SAID}. */
	private static final String SHOW = "visa";

	/** Between the wheel's word and a calendar ("visa fönstren för region"). */
	private static final Set<String> FILLERS = Set.of("för", "for", "i", "tack");

	/** The wheel's words for its windows and its year, with "visa" before them too. */
	private static final List<String> SHOWING = VERBS.entrySet()
		.stream()
		.filter(verb -> verb.getValue() == Verb.WINDOWS || verb.getValue() == Verb.YEAR)
		.flatMap(verb -> Stream.of(verb.getKey(), SHOW + " " + verb.getKey()))
		.toList();

	/**
	 * A message opened by a command word, or by "visa" and the wheel's or the windows'.
	 */
	private static final CommandPattern PATTERN = CommandPattern
		.openedBy(Stream.concat(VERBS.keySet().stream(), SHOWING.stream()).collect(Collectors.toSet()));

	/**
	 * The commands that take a calendar if one is named ({@code fönster},
	 * {@code årshjul}): the words, then what follows them (the message is trimmed, so
	 * that is white space and words; one repeated group per word overflowed Java's stack
	 * on a long message).
	 */
	private static final CommandPattern TAKES_CALENDAR = CommandPattern
		.of("(" + CommandPattern.anyPhrase(SHOWING) + ")((?:\\s[\\s\\S]*)?)");

	private static final int WINDOWS_SHOWN = 5;

	private static final int DATES_SHOWN = 6;

	private final Wheels wheels;

	private final WindowFinder finder;

	private final Subscriptions subscriptions;

	private final WindowText text;

	private final WheelImages images;

	private final WheelProperties properties;

	private final Clock clock;

	private final Messenger messenger;

	WheelCommand(Wheels wheels, WindowFinder finder, Subscriptions subscriptions, WindowText text, WheelImages images,
			WheelProperties properties, Clock clock, Messenger messenger) {
		this.wheels = wheels;
		this.finder = finder;
		this.subscriptions = subscriptions;
		this.text = text;
		this.images = images;
		this.properties = properties;
		this.clock = clock;
		this.messenger = messenger;
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(PATTERN);
	}

	@Override
	public Optional<CommandPattern> takesCalendar() {
		return Optional.of(TAKES_CALENDAR);
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		// The word first: every question passes here, and listing the wheels sorts them.
		if (!PATTERN.matches(message.text())) {
			return Optional.empty();
		}
		// The command words as read ("ＦÖＮＳＴＥＲ"), the names after them as written.
		String[] read = CommandPattern.read(message.text()).split("\\s+");
		String[] words = CommandPattern.said(message.text()).split("\\s+");
		words[0] = read[0];
		boolean shown = words.length > 1 && SHOW.equals(words[0].toLowerCase(Locale.ROOT));
		if (shown) {
			words = Arrays.copyOfRange(words, 1, words.length);
			words[0] = read[1];
		}
		Verb verb = VERBS.get(words[0].toLowerCase(Locale.ROOT));
		if (verb != null && (shown || SAID.contains(words[0].toLowerCase(Locale.ROOT)))) {
			Optional<String[]> known = namingWhatTheWheelKnows(words);
			if (known.isEmpty()) {
				return Optional.empty();
			}
			words = known.get();
		}
		// The pattern matches case apart as Unicode does ("fönſter" with a long s); a
		// word it lets by that names no verb is not this command's.
		if (verb == null) {
			return Optional.empty();
		}
		if (wheels.all().isEmpty()) {
			return Optional.of(new Reply.TextReply(text.message("wheel.noCalendars", message.locale())));
		}
		return Optional.of(switch (verb) {
			case WINDOWS -> windows(message, words);
			case YEAR -> year(message, words);
			case SUBSCRIBE -> subscribe(message, words, true);
			case UNSUBSCRIBE -> subscribe(message, words, false);
		});
	}

	/**
	 * The words, without fillers, when each after the first is a calendar's name or a
	 * year; otherwise none.
	 */
	private Optional<String[]> namingWhatTheWheelKnows(String[] words) {
		List<String> kept = new ArrayList<>(List.of(words[0]));
		for (int i = 1; i < words.length; i++) {
			String word = words[i].toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "");
			if (FILLERS.contains(word)) {
				continue;
			}
			if (!word.matches("\\d{4}") && wheels.named(word).isEmpty()) {
				return Optional.empty();
			}
			kept.add(word);
		}
		return Optional.of(kept.toArray(String[]::new));
	}

	private Reply windows(Inbound message, String[] words) {
		Locale locale = message.locale();
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		Optional<Wheel> asked = Optional.empty();
		if (words.length > 1) {
			asked = wheels.named(words[1].toLowerCase(Locale.ROOT));
			if (asked.isEmpty()) {
				return unknown(words[1], locale);
			}
		}
		List<Wheel> followed = asked.map(List::of).orElseGet(() -> followed(message));
		List<Window> windows = new ArrayList<>();
		// A calendar that extends another shares its events: each date is listed once.
		Map<String, Occurrence> dates = new LinkedHashMap<>();
		for (Wheel wheel : followed) {
			windows.addAll(finder.windows(wheel, today, today.plusYears(1)));
			wheel.occurrences(today, today.plusYears(1))
				.forEach(occurrence -> dates.putIfAbsent(occurrence.date() + " " + occurrence.event().title(),
						occurrence));
		}
		windows.sort(Comparator.comparing((Window window) -> window.decision().date()));
		List<String> paragraphs = new ArrayList<>();
		for (Window window : windows.subList(0, Math.min(WINDOWS_SHOWN, windows.size()))) {
			paragraphs.add(text.message("wheel.list.window", locale, window.decision().event().title(),
					text.date(window.decision().date(), locale), window.wheel().title(), window.strength()) + "\n"
					+ text.explanation(window, locale));
		}
		if (windows.isEmpty()) {
			paragraphs.add(text.message("wheel.list.none", locale));
		}
		StringBuilder next = new StringBuilder(text.message("wheel.list.dates", locale));
		dates.values()
			.stream()
			.sorted(Comparator.comparing(Occurrence::date))
			.limit(DATES_SHOWN)
			.forEach(occurrence -> next.append("\n• ")
				.append(text.datedYear(occurrence.date(), locale))
				.append(" – ")
				.append(occurrence.event().title())
				.append(" (")
				.append(text.stream(occurrence.event().stream(), locale))
				.append(")"));
		paragraphs.add(next.toString());
		paragraphs.add(asked.isPresent() ? shownNote(message, followed.get(0)) : followedNote(message, followed));
		return new Reply.Card(text.message("wheel.list.title", locale), paragraphs, List.of());
	}

	private Reply year(Inbound message, String[] words) {
		Locale locale = message.locale();
		LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
		int year = ShownYears.unasked(today);
		boolean yearAsked = false;
		Optional<Wheel> chosen = Optional.of(followed(message).get(0));
		String named = "";
		// A window is about a year; several calendars at once are for fönster.
		for (int i = 1; i < words.length; i++) {
			if (words[i].matches("\\d{4}")) {
				year = Integer.parseInt(words[i]);
				yearAsked = true;
			}
			else {
				named = words[i].toLowerCase(Locale.ROOT);
				chosen = wheels.named(named);
				if (chosen.isEmpty()) {
					return unknown(words[i], locale);
				}
			}
		}
		if (!ShownYears.contains(year)) {
			// Its picture would be refused, and its dates follow rules written for years
			// near ours.
			return new Reply.TextReply(text.message("wheel.web.badYear", locale, String.valueOf(year),
					String.valueOf(ShownYears.FIRST), String.valueOf(ShownYears.LAST)));
		}
		Wheel wheel = chosen.get();
		List<Occurrence> occurrences = wheel.occurrences(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		List<String> paragraphs = new ArrayList<>();
		for (Month month : Month.values()) {
			List<String> events = occurrences.stream()
				.filter(occurrence -> occurrence.date().getMonth() == month)
				.map(occurrence -> occurrence.date().getDayOfMonth() + " – " + occurrence.event().title() + " ("
						+ text.stream(occurrence.event().stream(), locale) + ")")
				.toList();
			if (!events.isEmpty()) {
				String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
				paragraphs.add("*" + name.substring(0, 1).toUpperCase(locale) + name.substring(1) + "*\n"
						+ String.join("\n", events));
			}
		}
		// Late in the year most of its dates are past, and the next year's budget work is
		// what a team plans for: how to see that year is one line away. In December,
		// shown that year unasked, the line is to the year that is ending.
		String command = named.isEmpty() ? "årshjul " : "årshjul " + named + " ";
		if (!yearAsked && year != today.getYear()) {
			paragraphs.add(text.message("wheel.year.coming", locale, command + today.getYear()));
		}
		else if (ShownYears.contains(year + 1)) {
			paragraphs.add(text.message("wheel.year.next", locale, command + (year + 1)));
		}
		paragraphs.add(text.said(message.channel(), "wheel.year.feed", locale, images.feedUrl(wheel),
				images.subscriptionUrl(wheel)));
		return new Reply.Card(text.message("wheel.year.title", locale, wheel.title(), String.valueOf(year)), paragraphs,
				List.of(), List.of(), images.pngUrl(wheel, year, locale));
	}

	private Reply subscribe(Inbound message, String[] words, boolean on) {
		Locale locale = message.locale();
		if (words.length != 2) {
			return new Reply.TextReply(text.message("wheel.subscribe.usage", locale, calendarNames()));
		}
		String name = words[1].toLowerCase(Locale.ROOT);
		if (wheels.named(name).isEmpty()) {
			return unknown(words[1], locale);
		}
		if (!remindsIn(message.channel()) || message.conversation() == null || message.conversation().isBlank()) {
			Wheel wheel = wheels.named(name).orElseThrow();
			return new Reply.TextReply(
					text.said(message.channel(), on ? "wheel.subscribe.noChannel" : "wheel.unsubscribe.noChannel",
							locale, wheel.title(), images.subscriptionUrl(wheel), images.feedUrl(wheel)));
		}
		// Checked now, not when the first reminder fails months later with only a log
		// line.
		if (on && !messenger.canPostTo(message.channel(), message.conversation())) {
			log.info("{} {}: Fyren may not post there; not subscribed to calendar {}", message.channel(),
					message.conversation(), name);
			return new Reply.TextReply(text.message("wheel.subscribe.notMember", locale, name));
		}
		Audience audience = new Audience(message.channel(), message.conversation());
		boolean changed = on ? subscriptions.subscribe(name, audience, message.place())
				: subscriptions.unsubscribe(name, audience);
		log.info("{} {} {} calendar {}", audience, changed ? "now" : "already", on ? "follows" : "does not follow",
				name);
		String code = on ? (changed ? "wheel.subscribe.done" : "wheel.subscribe.already")
				: (changed ? "wheel.unsubscribe.done" : "wheel.unsubscribe.notFollowing");
		return new Reply.TextReply(text.message(code, locale, name));
	}

	/**
	 * Whether a chat gets reminders: a web room is open for a meeting, and a reminder
	 * posted there months later reaches no one, so the web is offered the calendar feed
	 * instead.
	 */
	private static boolean remindsIn(Channel channel) {
		return channel != Channel.WEB;
	}

	/**
	 * The calendars this conversation follows, or the home calendar when it follows none:
	 * never every calendar, for one of them may be an example ({@code falun.yml}).
	 */
	private List<Wheel> followed(Inbound message) {
		List<Wheel> followed = audience(message).map(subscriptions::calendarsOf)
			.orElse(List.of())
			.stream()
			.flatMap(name -> wheels.named(name).stream())
			.toList();
		if (!followed.isEmpty()) {
			return followed;
		}
		return List.of(wheels.named(properties.homeCalendar()).orElseGet(() -> wheels.all().iterator().next()));
	}

	private String followedNote(Inbound message, List<Wheel> followed) {
		List<String> names = audience(message).map(subscriptions::calendarsOf).orElse(List.of());
		return names.isEmpty() ? shownNote(message, followed.get(0))
				: text.message("wheel.list.following", message.locale(), String.join(", ", names));
	}

	/**
	 * Which calendar is shown and what else there is; in a chat that cannot subscribe
	 * (the web), the calendar feed to subscribe to instead.
	 */
	private String shownNote(Inbound message, Wheel shown) {
		String others = String.join(", ",
				wheels.all().stream().map(Wheel::name).filter(name -> !name.equals(shown.name())).toList());
		return text.said(message.channel(), "wheel.list.shown", message.locale(), shown.title(), shown.name(),
				others.isEmpty() ? "–" : others, images.subscriptionUrl(shown), images.feedUrl(shown));
	}

	private static Optional<Audience> audience(Inbound message) {
		return message.conversation() == null || message.conversation().isBlank() ? Optional.empty()
				: Optional.of(new Audience(message.channel(), message.conversation()));
	}

	private Reply unknown(String name, Locale locale) {
		return new Reply.TextReply(text.message("wheel.unknownCalendar", locale, name, calendarNames()));
	}

	private String calendarNames() {
		return String.join(", ", wheels.all().stream().map(Wheel::name).toList());
	}

}
