package se.fyren.bot.infra;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * A YAML mapping an administrator wrote (a calendar file, a dialogue template), read from
 * SnakeYAML's node tree so every value keeps where it came from: an error names the file,
 * the line and the field, and an override file's value keeps its own file and line, so an
 * error in it names the organisation's file, not the default one. Which exception a bad
 * file raises is the reader's: its {@link Refusal}.
 *
 * @param context where in the file the mapping sits ("event 'valdag'"), empty at the top
 * @param id the name the reader gave the mapping, or null
 */
public record YamlFields(Map<String, Located> values, String file, Node node, String context, String id,
		Refusal refusal) {

	/**
	 * Turns a problem, already naming file, line and field, into the reader's exception.
	 */
	@FunctionalInterface
	public interface Refusal {

		RuntimeException refuse(String message, Throwable cause);

	}

	/** A field's key and value, and the file they were read from. */
	public record Located(Node key, Node value, String file) {
	}

	public static Node parse(Path path, Refusal refusal) {
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			Node root = new Yaml(new LoaderOptions()).compose(reader);
			if (root == null) {
				throw refusal.refuse(path + ": the file is empty", null);
			}
			return root;
		}
		catch (MarkedYAMLException ex) {
			throw refusal.refuse(
					path + ", line " + (ex.getProblemMark().getLine() + 1) + ": not valid YAML: " + ex.getProblem(),
					ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the YAML file " + path, ex);
		}
	}

	public static YamlFields of(Node node, String file, String context, Refusal refusal) {
		if (!(node instanceof MappingNode mapping)) {
			throw refusal.refuse(file + ", line " + line(node) + ": "
					+ (context.isEmpty() ? "expected a mapping of fields" : context + ": expected a mapping of fields"),
					null);
		}
		Map<String, Located> values = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode key) {
				values.put(key.getValue(), new Located(key, tuple.getValueNode(), file));
			}
		}
		return new YamlFields(values, file, node, context, null, refusal);
	}

	/** A mapping inside this one: same file, same reader, same name. */
	public YamlFields mapping(Node inside, String insideContext) {
		return of(inside, file, insideContext, refusal).named(id, insideContext);
	}

	public YamlFields named(String name, String namedContext) {
		return new YamlFields(values, file, node, namedContext, name, refusal);
	}

	public YamlFields overriddenBy(YamlFields override) {
		Map<String, Located> merged = new LinkedHashMap<>(values);
		merged.putAll(override.values);
		return new YamlFields(merged, override.file, override.node, override.context, id, refusal);
	}

	public Set<String> keys() {
		return values.keySet();
	}

	public void allowOnly(Set<String> allowed) {
		for (Map.Entry<String, Located> entry : values.entrySet()) {
			if (!allowed.contains(entry.getKey())) {
				throw error(entry.getValue().key(), entry.getKey(), "unknown field (expected one of "
						+ allowed.stream().sorted().collect(Collectors.joining(", ")) + ")");
			}
		}
	}

	public Node required(String field) {
		return optional(field).orElseThrow(() -> error(node, field, "missing"));
	}

	public Optional<Node> optional(String field) {
		return Optional.ofNullable(values.get(field)).map(Located::value);
	}

	public ScalarNode scalar(String field) {
		Node value = required(field);
		if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
			throw error(value, field, "expected a single value");
		}
		return scalar;
	}

	public Optional<ScalarNode> optionalScalar(String field) {
		return optional(field).map(value -> scalar(field));
	}

	public int integer(String field, int fallback) {
		Optional<ScalarNode> value = optionalScalar(field);
		if (value.isEmpty()) {
			return fallback;
		}
		if (!value.get().getValue().matches("\\d{1,4}")) {
			throw error(value.get(), field, "'" + value.get().getValue() + "' is not a whole number");
		}
		return Integer.parseInt(value.get().getValue());
	}

	public boolean flag(String field) {
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

	public List<ScalarNode> strings(String field) {
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

	public RuntimeException error(Node at, String field, String problem) {
		Located located = values.get(field);
		String where = located == null ? file : located.file();
		String prefix = context.isEmpty() ? "" : context + ", ";
		return refusal.refuse(where + ", line " + line(at) + ", " + prefix + "field '" + field + "': " + problem, null);
	}

	/** The line a node starts on, counted from 1 as editors do. */
	public static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}
