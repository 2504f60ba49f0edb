package se.fyren.bot.wheel.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import se.fyren.bot.infra.YamlFields;

/**
 * The grammar of a calendar event's {@code date} and {@code lead-times}: fixed and yearly
 * dates, "2 sunday september", dates relative to another event, election cycles, the
 * nearest working day, and amounts of days, weeks or working days (Swedish too).
 */
final class DateRuleGrammar {

	private static final Set<String> RULE_FIELDS = Set.of("fixed", "yearly", "nth-weekday", "relative",
			"election-cycle", "working-day");

	private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+)\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

	private DateRuleGrammar() {
	}

	static DateRule rule(YamlFields event) {
		Node node = event.required("date");
		YamlFields date = event.mapping(node, "event '" + event.id() + "', date");
		date.allowOnly(RULE_FIELDS);
		List<String> bases = date.keys()
			.stream()
			.filter(key -> !key.equals("election-cycle") && !key.equals("working-day"))
			.toList();
		if (bases.size() != 1) {
			throw event.error(node, "date",
					"give exactly one of fixed, yearly, nth-weekday or relative (found " + bases + ")");
		}
		String kind = bases.get(0);
		DateRule rule = switch (kind) {
			case "fixed" -> new DateRule.Fixed(parse(date, kind, LocalDate::parse, "a date like 2026-11-24"));
			case "yearly" -> new DateRule.Yearly(
					parse(date, kind, text -> MonthDay.parse("--" + text), "a month and day like 11-30"));
			case "nth-weekday" -> nthWeekday(date);
			default -> relative(date);
		};
		Optional<Node> cycle = date.optional("election-cycle");
		if (cycle.isPresent()) {
			YamlFields election = date.mapping(cycle.get(), date.context() + ", election-cycle");
			election.allowOnly(Set.of("from", "every", "years-after", "except"));
			int every = election.integer("every", 4);
			if (every < 1) {
				throw election.error(election.scalar("every"), "every", "must be at least 1 (years between elections)");
			}
			rule = new DateRule.ElectionCycle(election.integer("from", 2026), every, election.integer("years-after", 0),
					election.flag("except"), rule);
		}
		Optional<ScalarNode> workingDay = date.optionalScalar("working-day");
		if (workingDay.isPresent()) {
			int direction = switch (workingDay.get().getValue()) {
				case "previous" -> -1;
				case "next" -> 1;
				default -> throw date.error(workingDay.get(), "working-day", "write previous or next");
			};
			rule = new DateRule.OnWorkingDay(rule, direction);
		}
		return rule;
	}

	private static <T> T parse(YamlFields date, String field, Function<String, T> parser, String expected) {
		ScalarNode node = date.scalar(field);
		try {
			return parser.apply(node.getValue());
		}
		catch (DateTimeException ex) {
			throw date.error(node, field, "'" + node.getValue() + "' is not " + expected);
		}
	}

	/** "2 sunday september", "last friday november"; English or Swedish names. */
	private static DateRule nthWeekday(YamlFields date) {
		ScalarNode node = date.scalar("nth-weekday");
		String[] words = node.getValue().trim().toLowerCase(Locale.ROOT).split("\\s+");
		Optional<Integer> n = words.length != 3 ? Optional.empty()
				: words[0].equals("last") || words[0].equals("sista") ? Optional.of(-1)
						: words[0].matches("[1-5]") ? Optional.of(Integer.parseInt(words[0])) : Optional.empty();
		Optional<DayOfWeek> weekday = words.length != 3 ? Optional.empty()
				: named(DayOfWeek.values(), words[1], (day, locale) -> day.getDisplayName(TextStyle.FULL, locale));
		Optional<Month> month = words.length != 3 ? Optional.empty()
				: named(Month.values(), words[2], (m, locale) -> m.getDisplayName(TextStyle.FULL, locale));
		if (n.isEmpty() || weekday.isEmpty() || month.isEmpty()) {
			throw date.error(node, "nth-weekday",
					"'" + node.getValue() + "' is not like '2 sunday september' or 'last friday november'");
		}
		return new DateRule.NthWeekday(n.get(), weekday.get(), month.get());
	}

	private static <T> Optional<T> named(T[] values, String word, BiFunction<T, Locale, String> name) {
		return Arrays.stream(values)
			.filter(value -> LANGUAGES.stream()
				.anyMatch(locale -> name.apply(value, locale).toLowerCase(locale).equals(word)))
			.findFirst();
	}

	/**
	 * {@code relative: {to: budget, offset: -3 weeks}}; units days, weeks or working days
	 * (Swedish too).
	 */
	private static DateRule relative(YamlFields date) {
		YamlFields relative = date.mapping(date.required("relative"), date.context() + ", relative");
		relative.allowOnly(Set.of("to", "offset"));
		String base = relative.scalar("to").getValue();
		ScalarNode offset = relative.scalar("offset");
		Matcher matcher = AMOUNT.matcher(offset.getValue().trim());
		Optional<Unit> unit = matcher.matches() ? Unit.named(matcher.group(2)) : Optional.empty();
		if (unit.isPresent()) {
			int days = Integer.parseInt(matcher.group(1)) * unit.get().days;
			return new DateRule.Relative(base, days, ChronoUnit.DAYS, unit.get() == Unit.WORKING_DAYS);
		}
		throw relative.error(offset, "offset",
				"'" + offset.getValue() + "' is not like '-3 weeks', '+2 days' or '-10 working days'");
	}

	/** "8 weeks", "2 days", "8 veckor" or an ISO duration (P14D, PT36H). */
	static Duration leadTime(YamlFields event, ScalarNode node) {
		String text = node.getValue().trim();
		if (text.startsWith("P") || text.startsWith("p")) {
			try {
				return Duration.parse(text);
			}
			catch (DateTimeException ex) {
				throw event.error(node, "lead-times", "'" + text + "' is not an ISO duration");
			}
		}
		Matcher matcher = AMOUNT.matcher(text);
		Optional<Unit> unit = matcher.matches() && !matcher.group(1).startsWith("-") ? Unit.named(matcher.group(2))
				: Optional.empty();
		// A lead time counts calendar days: a reminder is due on a date, whatever day it
		// is.
		if (unit.isPresent() && unit.get() != Unit.WORKING_DAYS) {
			return Duration.ofDays(Long.parseLong(matcher.group(1)) * unit.get().days);
		}
		throw event.error(node, "lead-times", "'" + text + "' is not like '8 weeks', '2 days' or P14D");
	}

	/** The units an amount may be given in, in English or Swedish, singular or plural. */
	private enum Unit {

		DAYS(1, "day", "days", "dag", "dagar"), WEEKS(7, "week", "weeks", "vecka", "veckor"),
		WORKING_DAYS(1, "working day", "working days", "arbetsdag", "arbetsdagar");

		private final int days;

		private final List<String> names;

		Unit(int days, String... names) {
			this.days = days;
			this.names = List.of(names);
		}

		static Optional<Unit> named(String word) {
			String name = word.toLowerCase(Locale.ROOT);
			return Arrays.stream(values()).filter(unit -> unit.names.contains(name)).findFirst();
		}

	}

}
