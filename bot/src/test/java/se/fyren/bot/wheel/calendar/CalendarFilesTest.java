package se.fyren.bot.wheel.calendar;

import se.fyren.bot.wheel.Wheel;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A mistake in a calendar file stops the start with a message naming the file, the line
 * and the field.
 */
class CalendarFilesTest {

	@Test
	void wrongStreamNamesFileLineAndField() {
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				title: Test
				events:
				  - id: budget
				    title: Budget
				    stream: polcy
				    kind: beslutspunkt
				    date: {yearly: 11-30}
				"""))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("kommun.yml, line 5, event 'budget', field 'stream'")
			.hasMessageContaining("unknown stream 'polcy' (expected problem, politik, policy)");
	}

	@Test
	void unknownRuleNamesTheDateField() {
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				events:
				  - id: budget
				    title: Budget
				    stream: policy
				    kind: beslutspunkt
				    date:
				      every-other-tuesday: 11
				"""))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining(
					"kommun.yml, line 7, event 'budget', date, field 'every-other-tuesday': unknown field");
	}

	@Test
	void badDateNamesTheValue() {
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				events:
				  - id: budget
				    title: Budget
				    stream: policy
				    kind: beslutspunkt
				    date: {fixed: 2026-11-31}
				"""))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining(
					"kommun.yml, line 6, event 'budget', date, field 'fixed': '2026-11-31' is not a date");
	}

	@Test
	void circleOfRelativeRulesIsRefused() {
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				events:
				  - {id: a, title: A, stream: policy, kind: möte, date: {relative: {to: b, offset: -1 weeks}}}
				  - {id: b, title: B, stream: policy, kind: möte, date: {relative: {to: a, offset: +2 days}}}
				"""))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("line 2, event 'a', field 'date': relative dates go round in a circle: a → b → a");
	}

	@Test
	void mistakeInAnOverrideNamesTheOrganisationsFile() {
		assertThatThrownBy(() -> load(Map.of("kommun.yml",
				"""
						events:
						  - {id: budget, title: B, stream: policy, kind: beslutspunkt, date: {yearly: 11-30}, lead-times: [2 weeks]}
						""",
				"falun.yml", """
						extends: kommun
						events:
						  - id: budget
						    lead-times: [two weeks]
						""")))
			.isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("falun.yml, line 4, event 'budget', field 'lead-times'");
	}

	@Test
	void unknownAudienceAndBadYamlAreNamed() {
		assertThatThrownBy(() -> load(Map.of("region.yml", """
				events:
				  - {id: a, title: A, stream: policy, kind: möte, date: {yearly: 01-10}, audiences: [mattermost:x]}
				"""))).hasMessageContaining(
				"region.yml, line 2, event 'a', field 'audiences': 'mattermost:x' is not an audience");
		assertThatThrownBy(() -> load(Map.of("region.yml", "events:\n  - {id: a\n")))
			.isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("region.yml, line 3: not valid YAML");
	}

	@Test
	void electionCycleOfZeroYearsNamesTheField() {
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				events:
				  - id: val
				    title: Val
				    stream: politik
				    kind: beslutspunkt
				    date: {yearly: 09-13, election-cycle: {every: 0}}
				"""))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("kommun.yml, line 6, event 'val', date, election-cycle, field 'every'")
			.hasMessageContaining("must be at least 1");
	}

	@Test
	void idsLongerThanTheirStoreAreRefused() {
		String longId = "a".repeat(61);
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				events:
				  - id: %s
				    title: Budget
				    stream: policy
				    kind: beslutspunkt
				    date: {yearly: 11-30}
				""".formatted(longId)))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("kommun.yml, line 2, event, field 'id': '" + longId + "'")
			.hasMessageContaining("longer than 60 characters");
		assertThatThrownBy(() -> load(Map.of(longId + ".yml", "events: []\n")))
			.isInstanceOf(CalendarFileException.class)
			.hasMessageContaining(longId + ".yml: the calendar's name");
		assertThatThrownBy(() -> load(Map.of("kommun.yml", """
				events:
				  - id: budget
				    title: Budget
				    stream: policy
				    kind: beslutspunkt
				    date: {yearly: 11-30}
				    audiences: [slack:%s]
				""".formatted("C".repeat(300))))).isInstanceOf(CalendarFileException.class)
			.hasMessageContaining("field 'audiences'")
			.hasMessageContaining("longer than 300 characters");
	}

	static Map<String, Wheel> load(Map<String, String> files) {
		try {
			Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "wheels-");
			for (Map.Entry<String, String> file : files.entrySet()) {
				Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
			}
			return new CalendarFiles(folder).load();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
