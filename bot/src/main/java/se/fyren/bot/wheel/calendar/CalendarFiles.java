package se.fyren.bot.wheel.calendar;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.EventKind;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelEvent;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the year wheels from a folder of YAML files ({@code kommun.yml},
 * {@code region.yml}, an organisation's own file that {@code extends} one of them and
 * overrides some events). Everything is checked here, so a mistake stops the start with a
 * message naming the file, the line and the field. SnakeYAML's node tree is read rather
 * than bound, because its marks give the line of every value.
 */
public final class CalendarFiles {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CalendarFiles.class);

	/**
	 * Longest calendar name and event id: both are stored (100 characters) and make up
	 * Quartz trigger names (calendar/event/date/lead, at most 200).
	 */
	private static final int MAX_NAME = 60;

	/** Longest audience, as stored with each subscription and reminder sent. */
	private static final int MAX_AUDIENCE = 300;

	private static final Set<String> EVENT_FIELDS = Set.of("id", "title", "description", "stream", "kind", "date",
			"lead-times", "audiences", "checklist", "queries");

	private static final Set<String> RULE_FIELDS = Set.of("fixed", "yearly", "nth-weekday", "relative",
			"election-cycle", "working-day");

	private static final Pattern AMOUNT = Pattern.compile("([+-]?\\d+)\\s+(\\p{L}+(?:\\s+\\p{L}+)?)");

	private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

	private final Path folder;

	public CalendarFiles(Path folder) {
		this.folder = folder;
	}

	/** Every wheel in the folder, by name. */
	public Map<String, Wheel> load() {
		if (!Files.isDirectory(folder)) {
			// Not an error in a file: Fyren answers questions without a year wheel (and
			// says so when asked).
			log.warn("No calendar folder at {}: the year wheel has no calendars (set fyren.wheel.calendars)",
					folder.toAbsolutePath());
			return Map.of();
		}
		Map<String, Path> files = new TreeMap<>();
		try (var paths = Files.list(folder)) {
			paths.filter(path -> path.getFileName().toString().endsWith(".yml"))
				.forEach(path -> files.put(path.getFileName().toString().replaceFirst("\\.yml$", ""), path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the calendar folder " + folder, ex);
		}
		for (Map.Entry<String, Path> file : files.entrySet()) {
			if (file.getKey().length() > MAX_NAME) {
				throw new CalendarFileException(file.getValue() + ": the calendar's name (the file name without .yml) "
						+ "is longer than " + MAX_NAME + " characters");
			}
		}
		Map<String, Wheel> wheels = new LinkedHashMap<>();
		for (String name : files.keySet()) {
			wheels.put(name, wheel(name, files, new ArrayList<>()));
		}
		return wheels;
	}

	private Wheel wheel(String name, Map<String, Path> files, List<String> extending) {
		Path path = files.get(name);
		Fields file = Fields.of(parse(path), path.toString(), "");
		file.allowOnly(Set.of("title", "extends", "events"));
		Map<String, Fields> events = new LinkedHashMap<>();
		Optional<ScalarNode> base = file.optionalScalar("extends");
		if (base.isPresent()) {
			String baseName = base.get().getValue();
			if (!files.containsKey(baseName)) {
				throw file.error(base.get(), "extends", "no calendar '" + baseName + "' in " + folder);
			}
			if (extending.contains(baseName) || baseName.equals(name)) {
				throw file.error(base.get(), "extends", "calendars extend each other in a circle");
			}
			extending.add(name);
			Path basePath = files.get(baseName);
			Fields baseFile = Fields.of(parse(basePath), basePath.toString(), "");
			wheel(baseName, files, extending); // validates the base and what it extends
			for (Fields event : eventsOf(baseFile)) {
				events.put(event.id(), event);
			}
		}
		for (Fields event : eventsOf(file)) {
			Fields earlier = events.get(event.id());
			events.put(event.id(), earlier == null ? event : earlier.overriddenBy(event));
		}
		String title = file.optionalScalar("title").map(ScalarNode::getValue).orElse(name);
		List<Fields> ordered = inResolvingOrder(events);
		return new Wheel(name, title, ordered.stream().map(this::event).toList());
	}

	private static List<Fields> eventsOf(Fields file) {
		Optional<Node> list = file.optional("events");
		if (list.isEmpty()) {
			return List.of();
		}
		if (!(list.get() instanceof SequenceNode sequence)) {
			throw file.error(list.get(), "events", "expected a list of events");
		}
		List<Fields> events = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node node : sequence.getValue()) {
			Fields event = Fields.of(node, file.file(), "event");
			event.allowOnly(EVENT_FIELDS);
			ScalarNode id = event.scalar("id");
			if (!id.getValue().matches("[a-z0-9][a-z0-9-]*")) {
				throw event.error(id, "id", "'" + id.getValue() + "' must be lower-case letters, digits and hyphens");
			}
			if (id.getValue().length() > MAX_NAME) {
				throw event.error(id, "id", "'" + id.getValue() + "' is longer than " + MAX_NAME + " characters");
			}
			if (!ids.add(id.getValue())) {
				throw event.error(id, "id", "event '" + id.getValue() + "' appears twice");
			}
			events.add(event.named(id.getValue()));
		}
		return events;
	}

	/** Relative rules after their bases; a circle of relative rules is an error. */
	private List<Fields> inResolvingOrder(Map<String, Fields> events) {
		List<Fields> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (Fields event : events.values()) {
			visit(event, events, done, new ArrayList<>(), ordered);
		}
		return ordered;
	}

	private void visit(Fields event, Map<String, Fields> events, Set<String> done, List<String> path,
			List<Fields> ordered) {
		if (done.contains(event.id())) {
			return;
		}
		if (path.contains(event.id())) {
			throw event.error(event.required("date"), "date",
					"relative dates go round in a circle: " + String.join(" → ", path) + " → " + event.id());
		}
		path.add(event.id());
		for (String base : rule(event).dependsOn()) {
			Fields baseEvent = events.get(base);
			if (baseEvent == null) {
				throw event.error(event.required("date"), "date", "relative to unknown event '" + base + "'");
			}
			visit(baseEvent, events, done, path, ordered);
		}
		path.remove(path.size() - 1);
		done.add(event.id());
		ordered.add(event);
	}

	private WheelEvent event(Fields event) {
		ScalarNode streamNode = event.scalar("stream");
		KingdonStream stream = KingdonStream.byKey(streamNode.getValue())
			.orElseThrow(() -> event.error(streamNode, "stream", "unknown stream '" + streamNode.getValue()
					+ "' (expected " + keys(KingdonStream.values(), KingdonStream::key) + ")"));
		ScalarNode kindNode = event.scalar("kind");
		EventKind kind = EventKind.byKey(kindNode.getValue())
			.orElseThrow(() -> event.error(kindNode, "kind", "unknown kind '" + kindNode.getValue() + "' (expected "
					+ keys(EventKind.values(), EventKind::key) + ")"));
		List<Duration> leadTimes = event.strings("lead-times").stream().map(node -> leadTime(event, node)).toList();
		List<Audience> audiences = event.strings("audiences")
			.stream()
			.map(node -> Audience.parse(node.getValue())
				.orElseThrow(() -> event.error(node, "audiences",
						"'" + node.getValue()
								+ "' is not an audience (write slack:<channel id> or teams:<conversation id>)")))
			.toList();
		for (ScalarNode node : event.strings("audiences")) {
			if (node.getValue().length() > MAX_AUDIENCE) {
				throw event.error(node, "audiences",
						"'" + node.getValue() + "' is longer than " + MAX_AUDIENCE + " characters");
			}
		}
		return new WheelEvent(event.id(), event.scalar("title").getValue(),
				event.optionalScalar("description").map(ScalarNode::getValue).orElse(""), stream, kind, rule(event),
				leadTimes, audiences, event.strings("checklist").stream().map(ScalarNode::getValue).toList(),
				event.strings("queries").stream().map(ScalarNode::getValue).toList());
	}

	private DateRule rule(Fields event) {
		Node node = event.required("date");
		Fields date = Fields.of(node, event.file(), "event '" + event.id() + "', date").named(event.id());
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
			Fields election = Fields.of(cycle.get(), event.file(), date.context() + ", election-cycle");
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

	private static <T> T parse(Fields date, String field, Function<String, T> parser, String expected) {
		ScalarNode node = date.scalar(field);
		try {
			return parser.apply(node.getValue());
		}
		catch (DateTimeException ex) {
			throw date.error(node, field, "'" + node.getValue() + "' is not " + expected);
		}
	}

	/** "2 sunday september", "last friday november"; English or Swedish names. */
	private static DateRule nthWeekday(Fields date) {
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

	private static <T> Optional<T> named(T[] values, String word,
			java.util.function.BiFunction<T, Locale, String> name) {
		return Arrays.stream(values)
			.filter(value -> LANGUAGES.stream()
				.anyMatch(locale -> name.apply(value, locale).toLowerCase(locale).equals(word)))
			.findFirst();
	}

	/**
	 * {@code relative: {to: budget, offset: -3 weeks}}; units days, weeks or working days
	 * (Swedish too).
	 */
	private static DateRule relative(Fields date) {
		Fields relative = Fields.of(date.required("relative"), date.file(), date.context() + ", relative")
			.named(date.id());
		relative.allowOnly(Set.of("to", "offset"));
		String base = relative.scalar("to").getValue();
		ScalarNode offset = relative.scalar("offset");
		Matcher matcher = AMOUNT.matcher(offset.getValue().trim());
		if (matcher.matches()) {
			int amount = Integer.parseInt(matcher.group(1));
			switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
				case "day", "days", "dag", "dagar":
					return new DateRule.Relative(base, amount, ChronoUnit.DAYS, false);
				case "week", "weeks", "vecka", "veckor":
					return new DateRule.Relative(base, amount * 7, ChronoUnit.DAYS, false);
				case "working day", "working days", "arbetsdag", "arbetsdagar":
					return new DateRule.Relative(base, amount, ChronoUnit.DAYS, true);
				default:
			}
		}
		throw relative.error(offset, "offset",
				"'" + offset.getValue() + "' is not like '-3 weeks', '+2 days' or '-10 working days'");
	}

	/** "8 weeks", "2 days", "8 veckor" or an ISO duration (P14D, PT36H). */
	private static Duration leadTime(Fields event, ScalarNode node) {
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
		if (matcher.matches() && !matcher.group(1).startsWith("-")) {
			long amount = Long.parseLong(matcher.group(1));
			switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
				case "day", "days", "dag", "dagar":
					return Duration.ofDays(amount);
				case "week", "weeks", "vecka", "veckor":
					return Duration.ofDays(amount * 7);
				default:
			}
		}
		throw event.error(node, "lead-times", "'" + text + "' is not like '8 weeks', '2 days' or P14D");
	}

	private static <T> String keys(T[] values, Function<T, String> key) {
		return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
	}

	private static Node parse(Path path) {
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Node root = new Yaml(new LoaderOptions()).compose(reader);
			if (root == null) {
				throw new CalendarFileException(path + ": the file is empty");
			}
			return root;
		}
		catch (MarkedYAMLException ex) {
			throw new CalendarFileException(
					path + ", line " + (ex.getProblemMark().getLine() + 1) + ": not valid YAML: " + ex.getProblem(),
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the calendar file " + path, ex);
		}
	}

	/**
	 * A YAML mapping with where each value came from: an override file's value keeps its
	 * own file and line, so an error in it names the organisation's file, not the default
	 * wheel.
	 */
	private record Fields(Map<String, Located> values, String file, Node node, String context, String id) {

		record Located(Node key, Node value, String file) {
		}

		static Fields of(Node node, String file, String context) {
			if (!(node instanceof MappingNode mapping)) {
				throw new CalendarFileException(file + ", line " + line(node) + ": " + (context.isEmpty()
						? "expected a mapping of fields" : context + ": expected a mapping of fields"));
			}
			Map<String, Located> values = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					values.put(key.getValue(), new Located(key, tuple.getValueNode(), file));
				}
			}
			return new Fields(values, file, node, context, null);
		}

		Fields named(String id) {
			String named = context.equals("event") ? "event '" + id + "'" : context;
			return new Fields(values, file, node, named, id);
		}

		Fields overriddenBy(Fields override) {
			Map<String, Located> merged = new LinkedHashMap<>(values);
			merged.putAll(override.values);
			return new Fields(merged, override.file, override.node, override.context, id);
		}

		Set<String> keys() {
			return values.keySet();
		}

		void allowOnly(Set<String> allowed) {
			for (Map.Entry<String, Located> entry : values.entrySet()) {
				if (!allowed.contains(entry.getKey())) {
					throw error(entry.getValue().key(), entry.getKey(), "unknown field (expected one of "
							+ allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
				}
			}
		}

		Node required(String field) {
			return optional(field).orElseThrow(() -> error(node, field, "missing"));
		}

		Optional<Node> optional(String field) {
			return Optional.ofNullable(values.get(field)).map(Located::value);
		}

		ScalarNode scalar(String field) {
			Node value = required(field);
			if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
				throw error(value, field, "expected a single value");
			}
			return scalar;
		}

		Optional<ScalarNode> optionalScalar(String field) {
			return optional(field).map(value -> scalar(field));
		}

		int integer(String field, int fallback) {
			Optional<ScalarNode> value = optionalScalar(field);
			if (value.isEmpty()) {
				return fallback;
			}
			if (!value.get().getValue().matches("\\d{1,4}")) {
				throw error(value.get(), field, "'" + value.get().getValue() + "' is not a whole number");
			}
			return Integer.parseInt(value.get().getValue());
		}

		boolean flag(String field) {
			Optional<ScalarNode> value = optionalScalar(field);
			if (value.isEmpty()) {
				return false;
			}
			return switch (value.get().getValue()) {
				case "true" -> true;
				case "false" -> false;
				default -> throw error(value.get(), field, "write true or false");
			};
		}

		List<ScalarNode> strings(String field) {
			Optional<Node> value = optional(field);
			if (value.isEmpty()) {
				return List.of();
			}
			if (!(value.get() instanceof SequenceNode sequence)) {
				throw error(value.get(), field, "expected a list");
			}
			List<ScalarNode> items = new ArrayList<>();
			for (Node item : sequence.getValue()) {
				if (!(item instanceof ScalarNode scalar)) {
					throw error(item, field, "expected a list of texts");
				}
				items.add(scalar);
			}
			return items;
		}

		CalendarFileException error(Node at, String field, String problem) {
			Located located = values.get(field);
			String where = located == null ? file : located.file();
			String prefix = context.isEmpty() ? "" : context + ", ";
			return new CalendarFileException(
					where + ", line " + line(at) + ", " + prefix + "field '" + field + "': " + problem);
		}

		private static int line(Node node) {
			return node.getStartMark().getLine() + 1;
		}

	}

}
