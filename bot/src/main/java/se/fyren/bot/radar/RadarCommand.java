package se.fyren.bot.radar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatCommand;
import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelProperties;
import se.fyren.bot.wheel.Wheels;

/**
 * The radar's chat commands, per place (a channel, a Teams conversation, a web room, or
 * one person's web chat):
 * <ul>
 * <li>{@code bevaka <namn> [kalender]: <beskrivning>} ({@code follow}) — follow an
 * issue</li>
 * <li>{@code signal <namn> problem|politik|policy: <text> [ÅÅÅÅ-MM-DD] [länk]}</li>
 * <li>{@code radar} — every issue here with its state; {@code radar <namn>} — one, with
 * its signals, decision points, next step, advice, picture and exports</li>
 * <li>{@code sluta bevaka <namn>} ({@code unfollow})</li>
 * <li>{@code ändra signal <nr>: <text>} ({@code edit signal}), {@code ta bort signal
 * <nr>} ({@code delete signal})</li>
 * </ul>
 */
@Component
@Order(ChatCommand.FEATURE_ORDER)
class RadarCommand implements ChatCommand {

	private static final Logger log = LoggerFactory.getLogger(RadarCommand.class);

	/** A name people type: one word of letters, digits and dashes. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\d][\\p{L}\\d-]{0,39}");

	/**
	 * The command word, the words before the colon (a name, and maybe a calendar) and the
	 * description. The words are taken whole, so a name of several words is answered as
	 * one, not read as a name and a calendar.
	 */
	private static final Pattern FOLLOW = Pattern.compile("(?is)(bevaka|follow)\\s+([^:]+?)\\s*:\\s*(.*)");

	/** What a name of several words cannot hold, between its words or in them. */
	private static final Pattern NOT_IN_NAME = Pattern.compile("[^\\p{L}\\d]+");

	private static final int MAX_NAME = 40;

	private static final Pattern SIGNAL = Pattern.compile("(?is)signal\\s+([^\\s:]+)\\s+([^\\s:]+)\\s*:?\\s*(.*)");

	/** A word of a signal's first line: what stands between spaces and colons. */
	private static final Pattern WORD = Pattern.compile("[^\\s:]+");

	/**
	 * A signal's number, after its issue's name where the place follows several issues
	 * with a signal so numbered: "ändra signal barnfattigdom 2: …". A name is no number:
	 * "ändra signal 3 2024 antogs budgeten" edits signal 3.
	 */
	private static final Pattern EDIT = Pattern
		.compile("(?is)(?:ändra|andra|edit)\\s+signal\\s+(?:(?!#?\\d+\\s)([^\\s:#]+)\\s+)?#?(\\d{1,9})\\s*:?\\s*(.*)");

	private static final Pattern DELETE = Pattern
		.compile("(?is)(?:ta\\s+bort|delete)\\s+signal\\s+(?:(?!#?\\d+\\s)([^\\s:#]+)\\s+)?#?(\\d{1,9})\\s*");

	/**
	 * The name, as typed: a name of several words is no issue's, and is answered with the
	 * one it is close to rather than with how to write the command.
	 */
	private static final Pattern UNFOLLOW = Pattern.compile("(?is)(?:sluta\\s+bevaka|unfollow)\\s+(.+?)\\s*");

	static final int MAX_DESCRIPTION = 1000;

	/** The words that make a message the radar's whatever follows them. */
	private static final CommandPattern PATTERN = CommandPattern
		.openedBy(Set.of("bevaka", "follow", "unfollow", "signal", "radar", "sluta bevaka", "ta bort signal",
				"delete signal", "ändra signal", "andra signal", "edit signal"));

	private final FollowedIssues issues;

	private final IssueReadings readings;

	private final SignalDesk desk;

	private final RadarCards cards;

	private final RadarText text;

	private final Wheels wheels;

	private final WheelProperties wheel;

	RadarCommand(FollowedIssues issues, IssueReadings readings, SignalDesk desk, RadarCards cards, RadarText text,
			Wheels wheels, WheelProperties wheel) {
		this.issues = issues;
		this.readings = readings;
		this.desk = desk;
		this.cards = cards;
		this.text = text;
		this.wheels = wheels;
		this.wheel = wheel;
	}

	@Override
	public Optional<CommandPattern> pattern() {
		return Optional.of(PATTERN);
	}

	@Override
	public Optional<Reply> handle(Inbound message) {
		if (!PATTERN.matches(message.text())) {
			return Optional.empty();
		}
		String first = CommandPattern.read(message.text()).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		Locale locale = message.locale();
		Optional<String> place = place(message);
		if (place.isEmpty()) {
			return Optional.of(say(locale, "radar.noPlace"));
		}
		return Optional.of(switch (first) {
			case "bevaka", "follow" -> follow(message, place.get());
			case "sluta", "unfollow" -> unfollow(message, place.get());
			case "signal" -> signal(message, place.get());
			case "radar" -> radar(message, place.get());
			case "ta", "delete" -> delete(message, place.get());
			default -> edit(message, place.get());
		});
	}

	private Reply follow(Inbound message, String place) {
		Locale locale = message.locale();
		// Recognised as commands are read, the name and text taken as written.
		MatchResult matcher = CommandPattern.match(FOLLOW, message.text()).orElse(null);
		if (matcher == null || matcher.group(3).isBlank()) {
			return say(locale, "radar.follow.usage");
		}
		List<String> words = List.of(matcher.group(2).strip().split("\\s+"));
		if (words.size() > 2 || (words.size() == 2 && !calendarMeant(words.get(1)))) {
			return oneWord(matcher.group(1).toLowerCase(Locale.ROOT), words, locale);
		}
		String name = words.get(0).toLowerCase(Locale.ROOT);
		if (!NAME.matcher(name).matches()) {
			return say(locale, "radar.follow.badName", words.get(0));
		}
		String calendar = words.size() == 1 ? wheel.homeCalendar() : words.get(1).toLowerCase(Locale.ROOT);
		if (wheels.named(calendar).isEmpty()) {
			return say(locale, "radar.follow.unknownCalendar", calendar, calendars());
		}
		String description = matcher.group(3).strip();
		if (description.length() > MAX_DESCRIPTION) {
			return say(locale, "radar.follow.tooLong", MAX_DESCRIPTION);
		}
		Optional<FollowedIssue> issue = issues.follow(place, name, description, calendar, message.user());
		if (issue.isEmpty()) {
			return say(locale, "radar.follow.already", name);
		}
		log.info("Issue {} followed in {} against calendar {}", issue.get().id(), placeForLog(place), calendar);
		return new Reply.Card(text.message("radar.follow.title", locale, name),
				List.of(text.message("radar.follow.done", locale, name, calendar),
						text.state(readings.read(issue.get(), List.of()), locale),
						text.message("radar.follow.how", locale, name)),
				List.of(), cards.signalButtons(issue.get(), locale), null);
	}

	/**
	 * Whether a second word before the colon is meant as a calendar: one of them, or one
	 * mistyped ("regin"). Any other is read as the name's second word.
	 */
	private boolean calendarMeant(String word) {
		String calendar = word.toLowerCase(Locale.ROOT);
		return wheels.named(calendar).isPresent()
				|| !CloseNames.to(calendar, wheels.all().stream().map(Wheel::name).toList()).isEmpty();
	}

	/**
	 * A name of several words, answered with the one word it can be: "psykisk ohälsa" is
	 * "psykisk-ohälsa". A last word that names a calendar stays one; two words where the
	 * second names none may have meant one, so the answer says there is none.
	 */
	private Reply oneWord(String command, List<String> words, Locale locale) {
		String last = words.get(words.size() - 1);
		boolean calendarLast = wheels.named(last.toLowerCase(Locale.ROOT)).isPresent();
		String name = slug(calendarLast ? words.subList(0, words.size() - 1) : words);
		if (name.isEmpty()) {
			return say(locale, "radar.follow.usage");
		}
		String example = command + " " + name + (calendarLast ? " " + last.toLowerCase(Locale.ROOT) : "");
		return words.size() == 2 ? say(locale, "radar.follow.oneWordNoCalendar", example, last, calendars())
				: say(locale, "radar.follow.oneWord", example);
	}

	/** Words as one name: lower case, joined by dashes, as long as a name may be. */
	static String slug(List<String> words) {
		String joined = NOT_IN_NAME.matcher(String.join(" ", words).toLowerCase(Locale.ROOT)).replaceAll("-");
		String name = joined.substring(0, Math.min(MAX_NAME, joined.length()));
		return name.replaceAll("^-+|-+$", "");
	}

	private String calendars() {
		return String.join(", ", wheels.all().stream().map(Wheel::name).toList());
	}

	private Reply unfollow(Inbound message, String place) {
		Locale locale = message.locale();
		MatchResult matcher = CommandPattern.match(UNFOLLOW, message.text()).orElse(null);
		if (matcher == null) {
			return say(locale, "radar.unfollow.usage");
		}
		return named(place, matcher.group(1), locale).map(issue -> {
			if (issue.createdBy() != null && message.user() != null && !issue.createdBy().equals(message.user())) {
				return say(locale, "radar.unfollow.notYours", issue.name());
			}
			issues.unfollow(issue);
			log.info("Issue {} no longer followed", issue.id());
			return say(locale, "radar.unfollow.done", issue.name());
		}).orElseGet(() -> unknown(place, matcher.group(1), locale));
	}

	private Reply signal(Inbound message, String place) {
		Locale locale = message.locale();
		MatchResult matcher = CommandPattern.match(SIGNAL, message.text()).orElse(null);
		if (matcher == null) {
			return say(locale, "radar.signal.usage");
		}
		Optional<FollowedIssue> issue = named(place, matcher.group(1), locale);
		if (issue.isPresent()) {
			return desk.log(issue.get(), matcher.group(2), matcher.group(3), message.place(), message.user(), locale);
		}
		// "signal psykisk ohälsa problem: …": the issue's name written as words, as
		// "radar" takes it, when those words name an issue followed here.
		return inWords(matcher.group(0))
			.map(words -> named(place, slug(words.name()), locale)
				.map(found -> desk.log(found, words.stream(), words.line(), message.place(), message.user(), locale))
				.orElseGet(() -> unknown(place, words.colonAfter() ? String.join(" ", words.name()) : matcher.group(1),
						locale)))
			.orElseGet(() -> unknown(place, matcher.group(1), locale));
	}

	/**
	 * A signal whose issue is named in several words, as "radar" takes a name ("signal
	 * psykisk ohälsa problem: …").
	 *
	 * @param name the words before the stream
	 * @param colonAfter whether the stream is followed by the colon, which makes the
	 * words certainly a name: without it, "signal barnfattgdom problem HLV visar problem"
	 * is a misspelt one-word name, not four words
	 */
	private record NamedInWords(List<String> name, String stream, String line, boolean colonAfter) {
	}

	/**
	 * The first stream word after two or more words, before any colon; empty when there
	 * is none.
	 */
	private static Optional<NamedInWords> inWords(String said) {
		Matcher word = WORD.matcher(said);
		// Past "signal" itself.
		word.find();
		List<String> name = new ArrayList<>();
		while (word.find() && said.substring(0, word.start()).indexOf(':') < 0) {
			if (name.size() >= 2 && SignalDesk.stream(word.group()).isPresent()) {
				String rest = said.substring(word.end());
				boolean colon = rest.stripLeading().startsWith(":");
				String line = rest.stripLeading().replaceFirst("^:", "").strip();
				return Optional.of(new NamedInWords(name, word.group(), line, colon));
			}
			name.add(word.group());
		}
		return Optional.empty();
	}

	private Reply radar(Inbound message, String place) {
		Locale locale = message.locale();
		String[] words = message.text().strip().split("\\s+");
		if (words.length == 1) {
			List<FollowedIssue> here = issues.in(place);
			if (here.isEmpty()) {
				return say(locale, "radar.list.none");
			}
			return cards.list(readings.readAll(here, place), locale);
		}
		// "radar psykisk ohälsa" shows psykisk-ohälsa: only a look, so the name's one
		// word
		// is taken as meant.
		List<String> asked = List.of(words).subList(1, words.length);
		String name = asked.size() == 1 ? asked.get(0) : slug(asked);
		return named(place, name, locale).<Reply>map(issue -> {
			List<Signal> signals = issues.signals(issue.id());
			return cards.issue(issue, signals, readings.read(issue, signals), readings.radar(), locale);
		}).orElseGet(() -> unknown(place, String.join(" ", asked), locale));
	}

	private Reply edit(Inbound message, String place) {
		Locale locale = message.locale();
		MatchResult matcher = CommandPattern.match(EDIT, message.text()).orElse(null);
		if (matcher == null) {
			return say(locale, "radar.edit.usage");
		}
		int number = Integer.parseInt(matcher.group(2));
		if (matcher.group(1) == null) {
			return desk.edit(place, null, number, matcher.group(3), message.user(), locale);
		}
		return named(place, matcher.group(1), locale)
			.map(issue -> desk.edit(place, issue, number, matcher.group(3), message.user(), locale))
			.orElseGet(() -> unknown(place, matcher.group(1), locale));
	}

	private Reply delete(Inbound message, String place) {
		Locale locale = message.locale();
		MatchResult matcher = CommandPattern.match(DELETE, message.text()).orElse(null);
		if (matcher == null) {
			return say(locale, "radar.delete.usage");
		}
		int number = Integer.parseInt(matcher.group(2));
		if (matcher.group(1) == null) {
			return desk.delete(place, null, number, message.user(), locale);
		}
		return named(place, matcher.group(1), locale)
			.map(issue -> desk.delete(place, issue, number, message.user(), locale))
			.orElseGet(() -> unknown(place, matcher.group(1), locale));
	}

	private Optional<FollowedIssue> named(String place, String name, Locale locale) {
		return issues.named(place, name.toLowerCase(Locale.ROOT));
	}

	private Reply unknown(String place, String name, Locale locale) {
		List<String> names = issues.in(place).stream().map(FollowedIssue::name).toList();
		if (names.isEmpty()) {
			return say(locale, "radar.unknown.none", name);
		}
		List<String> close = CloseNames.to(name, names);
		return close.isEmpty() ? say(locale, "radar.unknown", name, String.join(", ", names))
				: say(locale, "radar.unknown.close", name, close.get(0));
	}

	/**
	 * A conversation of a chat, or, in the web chat outside a room, the person's own
	 * radar.
	 */
	static Optional<String> place(Inbound message) {
		return place(message.channel(), message.conversation(), message.user());
	}

	static Optional<String> place(Channel channel, String conversation, String user) {
		if (conversation != null && !conversation.isBlank()) {
			return Optional.of(new Audience(channel, conversation).toString());
		}
		if (user != null && !user.isBlank()) {
			return Optional.of(FollowedIssue.PERSONAL + channel.name().toLowerCase(Locale.ROOT) + ":" + user);
		}
		return Optional.empty();
	}

	/** A person's place names them: the log says only that it was personal. */
	private static String placeForLog(String place) {
		return place.startsWith(FollowedIssue.PERSONAL) ? "a personal web chat" : place;
	}

	private Reply say(Locale locale, String code, Object... arguments) {
		return new Reply.TextReply(text.message(code, locale, arguments));
	}

}
