package se.fyren.bot.dialogue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The chain templates in the templates folder, read and checked once at start: a bad file
 * stops Fyren with a message naming the file and the field, rather than failing in front
 * of a group.
 */
@Component
class Templates {

	static final int MAX_QUESTIONS = 20;

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
	}

	Optional<Template> find(String name) {
		return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
	}

	List<String> names() {
		return List.copyOf(byName.keySet());
	}

	static Template read(Path file, Duration defaultTime) {
		String fileName = file.getFileName().toString();
		String name = fileName.substring(0, fileName.length() - ".yml".length()).toLowerCase(Locale.ROOT);
		if (!name.matches("[a-z0-9åäö_-]+")) {
			throw new InvalidTemplateException(file, "name",
					"(the file name) must be one word of letters, digits, - or _, as typed in 'dialog start " + name
							+ "'");
		}
		Map<?, ?> yaml = parse(file);
		String title = text(file, yaml, "title", true);
		String description = text(file, yaml, "description", false);
		Duration time = defaultTime;
		Object seconds = yaml.get("seconds-per-question");
		if (seconds != null) {
			if (!(seconds instanceof Integer value) || value < 5 || value > 3600) {
				throw new InvalidTemplateException(file, "seconds-per-question",
						"must be a whole number of seconds between 5 and 3600, was '" + seconds + "'");
			}
			time = Duration.ofSeconds(value);
		}
		return new Template(name, title, description, questions(file, yaml.get("questions")), time);
	}

	private static Map<?, ?> parse(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(document instanceof Map<?, ?> map)) {
				throw new InvalidTemplateException(file, "title",
						"is missing: the file must be a YAML map with title and questions");
			}
			return map;
		}
		catch (YAMLException ex) {
			throw new InvalidTemplateException(file, "is not valid YAML: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read dialogue template " + file, ex);
		}
	}

	private static List<Question> questions(Path file, Object value) {
		if (!(value instanceof List<?> items) || items.isEmpty()) {
			throw new InvalidTemplateException(file, "questions", "must be a list of at least one question");
		}
		if (items.size() > MAX_QUESTIONS) {
			throw new InvalidTemplateException(file, "questions",
					"has " + items.size() + " questions; at most " + MAX_QUESTIONS + " fit in a short chain");
		}
		List<Question> questions = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String field = "questions[" + (i + 1) + "]";
			Object item = items.get(i);
			if (item instanceof String text && !text.isBlank()) {
				questions.add(new Question(text.strip(), null));
			}
			else if (item instanceof Map<?, ?> map) {
				questions.add(new Question(text(file, map, field + ".text", "text", true),
						text(file, map, field + ".hint", "hint", false)));
			}
			else {
				throw new InvalidTemplateException(file, field,
						"must be the question's text, or text and hint, was '" + item + "'");
			}
		}
		return questions;
	}

	private static String text(Path file, Map<?, ?> yaml, String key, boolean required) {
		return text(file, yaml, key, key, required);
	}

	private static String text(Path file, Map<?, ?> yaml, String field, String key, boolean required) {
		Object value = yaml.get(key);
		if (value == null || value instanceof String text && text.isBlank()) {
			if (required) {
				throw new InvalidTemplateException(file, field, "is missing or empty");
			}
			return null;
		}
		if (!(value instanceof String text)) {
			throw new InvalidTemplateException(file, field, "must be text, was '" + value + "'");
		}
		return text.strip();
	}

}
