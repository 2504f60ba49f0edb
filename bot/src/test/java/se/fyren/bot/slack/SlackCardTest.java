package se.fyren.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.fyren.bot.TestFeature;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Heard;

/**
 * The Slack side of the seams features build on: a card's Block Kit, its buttons and its
 * text-input modal coming back to the core as clicks, thread replies, edits and deletions
 * overheard, and Fyren's own posts and updates. A small test feature stands in for the
 * dialogue chain and the year wheel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestFeature.Config.class)
class SlackCardTest {

	@RegisterExtension
	static final SlackAppFixture app = new SlackAppFixture("slack-card");

	static final FakeSlack slack = app.slack();

	@DynamicPropertySource
	static void slackAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	TestFeature feature;

	SignedSlack signed() {
		return new SignedSlack(port);
	}

	@Test
	void cardIsRenderedWithHeadingParagraphsAndButtons() {
		String url = slack.responseUrl(UUID.randomUUID().toString());
		signed().send(signed().slashCommand("U0CARD", "C0CARD", "testkort", url, "t-" + UUID.randomUUID()));

		FakeSlack.Call card = await().atMost(Duration.ofSeconds(20))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(card.body()).contains("\"type\":\"header\"").contains("Testkortet");
		assertThat(card.text()).contains("Första stycket").contains("*fet*");
		assertThat(card.buttons()).containsEntry(ReplyBlocks.CARD_ACTION + "test.press", "v1")
			.containsEntry(ReplyBlocks.CARD_INPUT + "test.say", "v2");
	}

	@Test
	void buttonClickReachesTheFeatureWhichPostsInTheThreadAndUpdatesTheMessage() {
		String url = slack.responseUrl(UUID.randomUUID().toString());
		var ack = signed().send(signed().cardAction("U0PRESS", "C0PRESS", "1700000500.000100", null,
				ReplyBlocks.CARD_ACTION + "test.press", "v1", url));

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call post = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.posts("C0PRESS"), p -> p.size() == 1)
			.get(0);
		assertThat(post.param("thread_ts")).isEqualTo("1700000500.000100");
		assertThat(post.text()).contains("Tryckt av U0PRESS (v1)");
		FakeSlack.Call update = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.calls(c -> c.method().equals("chat.update") && "C0PRESS".equals(c.param("channel"))),
					u -> u.size() == 1)
			.get(0);
		assertThat(update.param("ts")).isEqualTo("1700000500.000100");
		assertThat(update.text()).contains("Uppdaterad");
		FakeSlack.Call reply = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.responses(url), r -> r.size() == 1)
			.get(0);
		assertThat(reply.body()).contains("\"response_type\":\"ephemeral\"");
		assertThat(reply.text()).contains("Noterat");
	}

	@Test
	void inputButtonOpensAModalAndTheSubmittedTextReachesTheFeature() {
		var ack = signed().send(signed().cardAction("U0SAY", "C0SAY", "1700000600.000100", "1700000599.000100",
				ReplyBlocks.CARD_INPUT + "test.say", "v2", slack.responseUrl("unused-" + UUID.randomUUID())));

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call open = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.calls("views.open"), o -> o.size() == 1)
			.get(0);
		assertThat(open.param("trigger_id")).isEqualTo("trigger-U0SAY");
		assertThat(open.text()).contains("Svara").contains("Skicka");
		String metadata = SlackJson.field(open.param("view"), "private_metadata");

		var submitted = signed()
			.send(signed().viewSubmission("U0SAY", ReplyBlocks.INPUT_VIEW, metadata, " Hej från modalen "));

		assertThat(submitted.statusCode()).isEqualTo(200);
		Clicked click = await().atMost(Duration.ofSeconds(10))
			.until(() -> feature.clicks("test.say"), c -> c.size() == 1)
			.get(0);
		assertThat(click.input()).isEqualTo("Hej från modalen");
		assertThat(click.value()).isEqualTo("v2");
		assertThat(click.where().conversation()).isEqualTo("C0SAY");
		assertThat(click.where().thread()).isEqualTo("1700000599.000100");
		FakeSlack.Call ephemeral = await().atMost(Duration.ofSeconds(10))
			.until(() -> slack.calls("chat.postEphemeral"), e -> e.size() == 1)
			.get(0);
		assertThat(ephemeral.param("user")).isEqualTo("U0SAY");
		assertThat(ephemeral.text()).contains("Fick: Hej från modalen");
	}

	@Test
	void emptyModalSubmissionIsRefusedWithASwedishFieldError() {
		// A no-break space (a Mac's Option and space) is as empty as a plain one: the
		// modal stays open with the field's error.
		for (String empty : List.of("   ", "\u00a0 \u202f")) {
			var submitted = signed().send(signed().viewSubmission("U0EMPTY", ReplyBlocks.INPUT_VIEW,
					new CardClick("test.say", "v2", "C0EMPTY", null, null).toJson(), empty));

			assertThat(submitted.statusCode()).isEqualTo(200);
			assertThat(submitted.body()).contains("\"response_action\":\"errors\"").contains("Skriv något");
		}
		assertThat(feature.clicks("test.say")).noneMatch(c -> "C0EMPTY".equals(c.where().conversation()));
	}

	@Test
	void threadRepliesEditsAndDeletionsAreOverheardAndNotAnsweredAsQuestions() {
		String thread = "1700000700.000100";
		signed().send(signed().message("Ev-heard-1", "U0HEAR", TestFeature.LISTENED, "channel", "1700000701.000100",
				thread, "Vårt uppdrag är skolan"));
		signed().send(signed().messageChanged("Ev-heard-2", "U0HEAR", TestFeature.LISTENED, "1700000701.000100", thread,
				"Vårt uppdrag är förskolan"));
		signed()
			.send(signed().messageDeleted("Ev-heard-3", "U0HEAR", TestFeature.LISTENED, "1700000701.000100", thread));

		List<Heard> heard = await().atMost(Duration.ofSeconds(10)).until(feature::heard, h -> h.size() == 3);
		assertThat(heard).extracting(Heard::change)
			.containsExactlyInAnyOrder(Heard.Change.NEW, Heard.Change.EDITED, Heard.Change.DELETED);
		assertThat(heard).allSatisfy(h -> {
			assertThat(h.message()).isEqualTo("1700000701.000100");
			assertThat(h.where().thread()).isEqualTo(thread);
			assertThat(h.user()).isEqualTo("U0HEAR");
		});
		assertThat(heard).filteredOn(h -> h.change() == Heard.Change.EDITED)
			.extracting(Heard::text)
			.containsExactly("Vårt uppdrag är förskolan");
		await().during(Duration.ofMillis(700))
			.atMost(Duration.ofSeconds(2))
			.until(() -> slack.posts(TestFeature.LISTENED).isEmpty());
	}

	/** Reads one field of a JSON object the fake recorded. */
	static final class SlackJson {

		private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
			.builder()
			.build();

		static String field(String json, String name) {
			return JSON.readTree(json).get(name).asString();
		}

	}

}
