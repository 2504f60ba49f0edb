package se.fyren.bot.dialogue;

import java.nio.file.Path;

/**
 * A template file Fyren cannot use, naming the file and the field so whoever edits it can
 * fix it.
 */
class InvalidTemplateException extends RuntimeException {

	InvalidTemplateException(Path file, String field, String problem) {
		super("Dialogue template " + file + ": field '" + field + "' " + problem);
	}

	InvalidTemplateException(Path file, String problem, Throwable cause) {
		super("Dialogue template " + file + ": " + problem, cause);
	}

}
