package se.fyren.bot.ops;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
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

	// Spring reads the administrator's settings from here, relative to the working
	// directory too.
	private static final Path ADMINISTRATOR_SETTINGS = Path.of("config", "application.yml");

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnreadableThesaurusException cause) {
		Path workingDirectory = Path.of("").toAbsolutePath();
		Path file = cause.file();
		boolean settingsRead = Files.isRegularFile(workingDirectory.resolve(ADMINISTRATOR_SETTINGS));
		String description = "Fyren could not read its thesaurus file " + file
				+ (file.isAbsolute() ? "" : " (" + workingDirectory.resolve(file).normalize() + ")") + ": "
				+ reason(cause.getCause()) + ".\nWorking directory: " + workingDirectory
				+ "\nThe setting fyren.knowledge.thesaurus lists: " + cause.files()
				+ (settingsRead ? "" : "\nThere is no " + ADMINISTRATOR_SETTINGS
						+ " in the working directory either, so the administrator's settings were not read.");
		String action = file.isAbsolute()
				? "Check that " + file + " exists and that the user Fyren runs as may read it, or set"
						+ " fyren.knowledge.thesaurus (environment: FYREN_KNOWLEDGE_THESAURUS) to the thesaurus files."
				: "Start Fyren from its project folder (the one that holds config/), or give the settings file with"
						+ " SPRING_CONFIG_ADDITIONAL_LOCATION=/path/to/fyren/config/application.yml and set"
						+ " fyren.knowledge.thesaurus (environment: FYREN_KNOWLEDGE_THESAURUS) to the thesaurus files,"
						+ " comma-separated, as absolute paths. Relative too are fyren.knowledge.reports,"
						+ " fyren.knowledge.data-dir, fyren.wheel.calendars and fyren.dialogue.templates: set them the"
						+ " same way, or Fyren starts without reports, year wheels or dialogue templates.";
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
