package se.fyren.bot.dialogue;

import java.nio.file.Path;

import org.yaml.snakeyaml.nodes.Node;

import se.fyren.bot.infra.YamlFields;

/**
 * A template file Fyren cannot use, naming the file, the line and the field so whoever
 * edits it can fix it.
 */
class InvalidTemplateException extends RuntimeException {

	/** A problem with the file as a whole: its name. */
	InvalidTemplateException(Path file, String field, String problem) {
		super("Dialogue template " + file + ": field '" + field + "' " + problem);
	}

	InvalidTemplateException(YamlFields yaml, Node at, String field, String problem) {
		super("Dialogue template " + yaml.file() + ", line " + YamlFields.line(at) + ": field '" + field + "' "
				+ problem);
	}

	/**
	 * A problem the YAML reader found (not YAML, not a mapping, an unknown field); its
	 * message names file and line already.
	 */
	InvalidTemplateException(String problem, Throwable cause) {
		super("Dialogue template " + problem, cause);
	}

}
