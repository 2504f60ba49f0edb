package se.fyren.bot.wheel.calendar;

import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.EventKind;
import se.fyren.bot.wheel.KingdonStream;
import se.fyren.bot.wheel.Wheel;
import se.fyren.bot.wheel.WheelEvent;
import se.fyren.bot.infra.YamlFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.Node;
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
	/**
	 * A calendar file's problems are {@link CalendarFileException}s, whoever finds them.
	 */
	private static final YamlFields.Refusal INVALID = CalendarFileException::new;

	private static final int MAX_NAME = 60;

	/** Longest audience, as stored with each subscription and reminder sent. */
	private static final int MAX_AUDIENCE = 300;

	private static final Set<String> EVENT_FIELDS = Set.of("id", "title", "description", "stream", "kind", "date",
			"lead-times", "audiences", "checklist", "queries");

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
		YamlFields file = YamlFields.of(YamlFields.parse(path, INVALID), path.toString(), "", INVALID);
		file.allowOnly(Set.of("title", "extends", "events"));
		Map<String, YamlFields> events = new LinkedHashMap<>();
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
			YamlFields baseFile = YamlFields.of(YamlFields.parse(basePath, INVALID), basePath.toString(), "", INVALID);
			wheel(baseName, files, extending); // validates the base and what it extends
			for (YamlFields event : eventsOf(baseFile)) {
				events.put(event.id(), event);
			}
		}
		for (YamlFields event : eventsOf(file)) {
			YamlFields earlier = events.get(event.id());
			events.put(event.id(), earlier == null ? event : earlier.overriddenBy(event));
		}
		String title = file.optionalScalar("title").map(ScalarNode::getValue).orElse(name);
		List<YamlFields> ordered = inResolvingOrder(events);
		return new Wheel(name, title, ordered.stream().map(this::event).toList());
	}

	private static List<YamlFields> eventsOf(YamlFields file) {
		Optional<Node> list = file.optional("events");
		if (list.isEmpty()) {
			return List.of();
		}
		if (!(list.get() instanceof SequenceNode sequence)) {
			throw file.error(list.get(), "events", "expected a list of events");
		}
		List<YamlFields> events = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Node node : sequence.getValue()) {
			YamlFields event = file.mapping(node, "event");
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
			events.add(event.named(id.getValue(), "event '" + id.getValue() + "'"));
		}
		return events;
	}

	/** Relative rules after their bases; a circle of relative rules is an error. */
	private List<YamlFields> inResolvingOrder(Map<String, YamlFields> events) {
		List<YamlFields> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		for (YamlFields event : events.values()) {
			visit(event, events, done, new ArrayList<>(), ordered);
		}
		return ordered;
	}

	private void visit(YamlFields event, Map<String, YamlFields> events, Set<String> done, List<String> path,
			List<YamlFields> ordered) {
		if (done.contains(event.id())) {
			return;
		}
		if (path.contains(event.id())) {
			throw event.error(event.required("date"), "date",
					"relative dates go round in a circle: " + String.join(" → ", path) + " → " + event.id());
		}
		path.add(event.id());
		for (String base : DateRuleGrammar.rule(event).dependsOn()) {
			YamlFields baseEvent = events.get(base);
			if (baseEvent == null) {
				throw event.error(event.required("date"), "date", "relative to unknown event '" + base + "'");
			}
			visit(baseEvent, events, done, path, ordered);
		}
		path.remove(path.size() - 1);
		done.add(event.id());
		ordered.add(event);
	}

	private WheelEvent event(YamlFields event) {
		ScalarNode streamNode = event.scalar("stream");
		KingdonStream stream = KingdonStream.byKey(streamNode.getValue())
			.orElseThrow(() -> event.error(streamNode, "stream", "unknown stream '" + streamNode.getValue()
					+ "' (expected " + keys(KingdonStream.values(), KingdonStream::key) + ")"));
		ScalarNode kindNode = event.scalar("kind");
		EventKind kind = EventKind.byKey(kindNode.getValue())
			.orElseThrow(() -> event.error(kindNode, "kind", "unknown kind '" + kindNode.getValue() + "' (expected "
					+ keys(EventKind.values(), EventKind::key) + ")"));
		List<Duration> leadTimes = event.strings("lead-times")
			.stream()
			.map(node -> DateRuleGrammar.leadTime(event, node))
			.toList();
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
				event.optionalScalar("description").map(ScalarNode::getValue).orElse(""), stream, kind,
				DateRuleGrammar.rule(event), leadTimes, audiences,
				event.strings("checklist").stream().map(ScalarNode::getValue).toList(),
				event.strings("queries").stream().map(ScalarNode::getValue).toList());
	}

	private static <T> String keys(T[] values, Function<T, String> key) {
		return Arrays.stream(values).map(key).collect(Collectors.joining(", "));
	}

}
