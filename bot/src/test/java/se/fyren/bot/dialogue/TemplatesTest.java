package se.fyren.bot.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The templates facilitators edit: the shipped ones read as the manual words them; bad
 * ones are named.
 */
class TemplatesTest {

	static final Path SHIPPED = DialogueTestSupport.CONFIG.resolve("dialogue");

	@TempDir
	Path folder;

	@Test
	void theDialogueChainAsksTheManualsFourQuestions() {
		Template chain = Templates.read(SHIPPED.resolve("dialogkedjan.yml"), Duration.ofSeconds(10));

		assertThat(chain.name()).isEqualTo("dialogkedjan");
		assertThat(chain.timePerQuestion()).isEqualTo(Duration.ofSeconds(30));
		assertThat(chain.questions()).extracting(Question::text)
			.containsExactly("Vad är ert huvudsakliga uppdrag och mål?", "Har folkhälsoläget betydelse för detta?",
					"På vilket sätt?", "Kan vi och ni påverka folkhälsoläget? I så fall, hur?");
		assertThat(chain.question(1).hint()).startsWith("Tänk till exempel på om barnens hälsa påverkar");
	}

	@Test
	void theMatrixTemplateQuotesTableOne() {
		Template matrix = Templates.read(SHIPPED.resolve("atgardsmatris.yml"), Duration.ofSeconds(10));

		assertThat(matrix.questions()).hasSize(5);
		assertThat(matrix.question(1).hint()).contains("utbildning, skatter, arbetsmarknad, policyer, bostäder",
				"sociala tjänster");
		assertThat(matrix.question(2).hint()).contains("arbetsmiljö, strukturella livsstilsåtgärder",
				"riktade livsstilsinsatser");
		assertThat(matrix.question(3).hint()).contains("generella hälsotjänster", "riktade hälsotjänster");
	}

	/**
	 * A default template the folder does not hold (a typo in
	 * fyren.dialogue.default-template) was said only to each facilitator who typed
	 * "dialog start": the start said nothing to the administrator.
	 */
	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void aDefaultTemplateTheFolderDoesNotHoldIsToldAtStart(CapturedOutput output) {
		Templates templates = new Templates(new DialogueProperties(SHIPPED.toString(), "dialogkedja",
				Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(5), 90, "0 0 3 * * ?", 10, null));

		assertThat(templates.find("dialogkedja")).isEmpty();
		assertThat(output.getOut().lines().filter(line -> line.contains("fyren.dialogue.default-template")))
			.singleElement()
			.asString()
			.contains("WARN", "dialogkedja", "[atgardsmatris, dialogkedjan]");
	}

	@Test
	void aBadTemplateIsRefusedNamingTheFileAndTheField() throws IOException {
		assertThatThrownBy(() -> read("ingen-fraga.yml", "title: Tom\nquestions: []\n"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageContaining("ingen-fraga.yml")
			.hasMessageContaining("field 'questions'");
		assertThatThrownBy(() -> read("utan-titel.yml", "questions:\n  - Hur?\n"))
			.hasMessageContaining("utan-titel.yml")
			.hasMessageContaining("field 'title' is missing");
		assertThatThrownBy(() -> read("tom-fraga.yml", "title: T\nquestions:\n  - Hur?\n  - hint: bara en ledtråd\n"))
			.hasMessageContaining("field 'questions[2].text' is missing");
		assertThatThrownBy(() -> read("tid.yml", "title: T\nseconds-per-question: snabbt\nquestions: [\"Hur?\"]\n"))
			.hasMessageContaining("field 'seconds-per-question'")
			.hasMessageContaining("snabbt");
		assertThatThrownBy(() -> read("trasig.yml", "title: [oavslutad\n")).hasMessageContaining("trasig.yml")
			.hasMessageContaining("not valid YAML");
		assertThatThrownBy(() -> read("två ord.yml", "title: T\nquestions: [\"Hur?\"]\n"))
			.hasMessageContaining("field 'name'");
	}

	@Test
	void aMisspeltFieldIsRefusedNamingTheFileTheLineAndTheField() throws IOException {
		assertThatThrownBy(() -> read("stavfel.yml", "title: T\nquestions: [\"Hur?\"]\nsekunder-per-fraga: 30\n"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageContaining("stavfel.yml, line 3")
			.hasMessageContaining("field 'sekunder-per-fraga': unknown field")
			.hasMessageContaining("seconds-per-question");
		assertThatThrownBy(() -> read("ledtrad.yml", "title: T\nquestions:\n  - text: Hur?\n    tips: Tänk efter\n"))
			.isInstanceOf(InvalidTemplateException.class)
			.hasMessageContaining("ledtrad.yml, line 4")
			.hasMessageContaining("questions[1], field 'tips': unknown field (expected one of hint, text)");
	}

	@Test
	void aTemplateWithoutItsOwnTimeUsesTheDefault() throws IOException {
		Template template = read("egen.yml",
				"title: Egen\nquestions:\n  - Vad?\n  - text: Hur?\n    hint: Tänk efter\n");

		assertThat(template.timePerQuestion()).isEqualTo(Duration.ofSeconds(10));
		assertThat(template.questions()).containsExactly(new Question("Vad?", null),
				new Question("Hur?", "Tänk efter"));
	}

	private Template read(String name, String yaml) throws IOException {
		Path file = Files.writeString(folder.resolve(name), yaml);
		return Templates.read(file, Duration.ofSeconds(10));
	}

}
