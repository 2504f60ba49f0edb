package se.fyren.bot.ops;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import se.fyren.knowledge.analysis.UnreadableThesaurusException;

/**
 * Turns a thesaurus file that cannot be read into Spring Boot's short "APPLICATION FAILED
 * TO START" report instead of a wall of stack traces. Its usual cause is Fyren started
 * outside its project folder, where the relative {@code config/...} paths lead nowhere:
 * the report names the file, the working directory and the settings to set. Registered in
 * {@code META-INF/spring.factories}, so the server and the command line both use it.
 */
class UnreadableThesaurusFailureAnalyzer extends AbstractFailureAnalyzer<UnreadableThesaurusException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnreadableThesaurusException cause) {
		Path workingDirectory = Path.of("").toAbsolutePath();
		Path file = cause.file();
		String description = "Fyren could not read its thesaurus file " + file + " ("
				+ workingDirectory.resolve(file).normalize() + "): " + reason(cause.getCause())
				+ ".\nWorking directory: " + workingDirectory + "\nThe setting fyren.knowledge.thesaurus lists: "
				+ cause.files();
		String action = "Start Fyren from its project folder (the one that holds config/), or set"
				+ " fyren.knowledge.thesaurus (environment: FYREN_KNOWLEDGE_THESAURUS) to the thesaurus files,"
				+ " comma-separated, as absolute paths or relative to the working directory."
				+ " Relative too are fyren.knowledge.reports, fyren.knowledge.data-dir, fyren.wheel.calendars and"
				+ " fyren.dialogue.templates: set them the same way, or Fyren starts without reports, year wheels"
				+ " or dialogue templates.";
		return new FailureAnalysis(description, action, cause);
	}

	// In words an administrator acts on; the exception's own class name says little.
	private static String reason(IOException failure) {
		if (failure instanceof NoSuchFileException) {
			return "the file does not exist";
		}
		if (failure instanceof AccessDeniedException) {
			return "permission denied";
		}
		if (failure instanceof CharacterCodingException) {
			return "the file is not UTF-8 text";
		}
		return failure.getClass().getSimpleName() + ": " + failure.getMessage();
	}

}
