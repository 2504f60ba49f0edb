package se.fyren.bot.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import se.fyren.bot.infra.YamlFields;

/**
 * The chain templates in the templates folder, read and checked once at start: a bad file
 * (a misspelt field too) stops Fyren with a message naming the file, the line and the
 * field, rather than failing in front of a group.
 */
@Component
class Templates {

	static final int MAX_QUESTIONS = 20;

	/** Shorter than a person can read a question; longer than a meeting's hour. */
	private static final int MIN_SECONDS = 5;

	private static final int MAX_SECONDS = 3600;

	// The marks NFD takes off a letter: å, ä and ö are a, a and o.
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Set<String> FIELDS = Set.of("title", "description", "seconds-per-question", "questions");

	private static final Set<String> QUESTION_FIELDS = Set.of("text", "hint");

	private static final YamlFields.Refusal INVALID = InvalidTemplateException::new;

	private static final Logger log = LoggerFactory.getLogger(Templates.class);

	private final SortedMap<String, Template> byName = new TreeMap<>();

	Templates(DialogueProperties properties) {
		Path folder = properties.templateFolder();
		if (!Files.isDirectory(folder)) {
			// Tests and tools run from other folders; chat then says there are no
			// templates.
			log.warn("No dialogue templates: {} is not a folder", folder.toAbsolutePath());
			return;
		}
		try (Stream<Path> files = Files.list(folder)) {
			files.filter(file -> file.getFileName().toString().endsWith(".yml")).sorted().forEach(file -> {
				Template template = read(file, properties.timePerQuestion());
				byName.put(template.name(), template);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list dialogue templates in " + folder, ex);
		}
		log.info("Dialogue templates from {}: {}", folder, byName.keySet());
		// Said at start, to the administrator: otherwise each facilitator's "dialog
		// start"
		// is the first to hear of a typo in the setting.
		if (find(properties.defaultTemplate()).isEmpty()) {
			log.warn(
					"The default dialogue template {} (fyren.dialogue.default-template) is not in {}, which holds {}:"
							+ " dialog start without a template name is refused until it names one of them",
					properties.defaultTemplate(), folder.toAbsolutePath(), byName.keySet());
		}
	}

	/**
	 * The template a facilitator names, as its file is named or with the letters the file
	 * name leaves out ("åtgärdsmatris" for atgardsmatris.yml).
	 */
	Optional<Template> find(String name) {
		Template named = byName.get(name.toLowerCase(Locale.ROOT));
		if (named != null) {
			return Optional.of(named);
		}
		String plain = plainLetters(name);
		return byName.values().stream().filter(template -> plainLetters(template.name()).equals(plain)).findFirst();
	}

	private static String plainLetters(String name) {
		return MARKS.matcher(Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
	}

	List<String> names() {
		return List.copyOf(byName.keySet());
	}

	/** The templates in the order of their names. */
	List<Template> all() {
		return List.copyOf(byName.values());
	}

	static Template read(Path file, Duration defaultTime) {
		String fileName = file.getFileName().toString();
		String name = fileName.substring(0, fileName.length() - ".yml".length()).toLowerCase(Locale.ROOT);
		if (!name.matches("[a-z0-9åäö_-]+")) {
			throw new InvalidTemplateException(file, "name",
					"(the file name) must be one word of letters, digits, - or _, as typed in 'dialog start " + name
							+ "'");
		}
		YamlFields yaml = YamlFields.of(YamlFields.parse(file, INVALID), file.toString(), "", INVALID);
		yaml.allowOnly(FIELDS);
		String title = text(yaml, "title", "title", true);
		String description = text(yaml, "description", "description", false);
		Duration time = defaultTime;
		Optional<Node> seconds = yaml.optional("seconds-per-question").filter(value -> !isEmpty(value));
		if (seconds.isPresent()) {
			String written = seconds.get() instanceof ScalarNode scalar ? scalar.getValue() : "";
			if (!written.matches("\\d{1,4}") || Integer.parseInt(written) < MIN_SECONDS
					|| Integer.parseInt(written) > MAX_SECONDS) {
				throw new InvalidTemplateException(yaml, seconds.get(), "seconds-per-question",
						"must be a whole number of seconds between " + MIN_SECONDS + " and " + MAX_SECONDS + ", was '"
								+ written + "'");
			}
			time = Duration.ofSeconds(Integer.parseInt(written));
		}
		return new Template(name, title, description, questions(yaml), time);
	}

	private static List<Question> questions(YamlFields yaml) {
		Optional<Node> value = yaml.optional("questions");
		if (value.isEmpty() || !(value.get() instanceof SequenceNode items) || items.getValue().isEmpty()) {
			throw new InvalidTemplateException(yaml, value.orElse(yaml.node()), "questions",
					"must be a list of at least one question");
		}
		if (items.getValue().size() > MAX_QUESTIONS) {
			throw new InvalidTemplateException(yaml, items, "questions", "has " + items.getValue().size()
					+ " questions; at most " + MAX_QUESTIONS + " fit in a short chain");
		}
		List<Question> questions = new ArrayList<>();
		for (int i = 0; i < items.getValue().size(); i++) {
			String field = "questions[" + (i + 1) + "]";
			Node item = items.getValue().get(i);
			if (item instanceof ScalarNode text && !isEmpty(text)) {
				questions.add(new Question(text.getValue().strip(), null));
			}
			else if (item instanceof MappingNode) {
				YamlFields question = yaml.mapping(item, field);
				question.allowOnly(QUESTION_FIELDS);
				questions.add(new Question(text(question, field + ".text", "text", true),
						text(question, field + ".hint", "hint", false)));
			}
			else {
				throw new InvalidTemplateException(yaml, item, field, "must be the question's text, or text and hint");
			}
		}
		return questions;
	}

	private static String text(YamlFields yaml, String field, String key, boolean required) {
		Optional<Node> value = yaml.optional(key).filter(node -> !isEmpty(node));
		if (value.isEmpty()) {
			if (required) {
				throw new InvalidTemplateException(yaml, yaml.node(), field, "is missing or empty");
			}
			return null;
		}
		if (!(value.get() instanceof ScalarNode text)) {
			throw new InvalidTemplateException(yaml, value.get(), field, "must be text, not a list or a mapping");
		}
		return text.getValue().strip();
	}

	/** Written with no value ({@code hint:}), {@code null} or blank: as if left out. */
	private static boolean isEmpty(Node value) {
		return value instanceof ScalarNode scalar && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank());
	}

}
