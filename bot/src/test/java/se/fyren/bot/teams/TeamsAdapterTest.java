package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

import se.fyren.bot.TestFeature;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Names;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.PostedMessage;
import se.fyren.bot.chat.Reply;

/**
 * The whole path as Teams sees it: activities in the shapes Teams sends, with tokens
 * signed like the Bot Framework's, over HTTP to {@code /api/messages} of the running
 * application; and what Fyren then sent to a fake Bot Connector, with a token from a fake
 * token endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestFeature.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class TeamsAdapterTest {

	static final String KINGDON = "Vilka tre strömmar ingår i Kingdons modell?";

	static final String KURSMANUAL = "Kursmanual: sektorsövergripande samarbete för jämlik hälsa";

	static final String CHANNEL = "19:4a95f7d8db4c4e7fae857bcebe0623e6@thread.tacv2";

	@RegisterExtension
	static final TeamsAppFixture app = new TeamsAppFixture("teams");

	static final FakeMicrosoft microsoft = app.microsoft();

	/** A connector no one trusts: whatever reaches it was sent where it must not go. */
	static final FakeMicrosoft elsewhere = new FakeMicrosoft();

	static final TeamsActivityJson teams = app.activities();

	@DynamicPropertySource
	static void teamsAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@AfterAll
	static void stopMicrosoft() {
		elsewhere.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messenger messenger;

	@Autowired
	TestFeature feature;

	@Autowired
	Names names;

	@Test
	void personalQuestionIsAnsweredWithCitationsInAnAdaptiveCard() {
		String conversation = personalConversation();

		HttpResponse<String> ack = send(validToken(),
				teams.personal("1001", "29:megan", conversation, KINGDON, "sv-SE"));

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeMicrosoft.Call reply = awaitPosts(conversation, 1).get(0);
		assertThat(reply.method()).isEqualTo("POST");
		assertThat(reply.path()).endsWith("/activities/1001");
		assertThat(reply.authorization()).isEqualTo("Bearer " + FakeMicrosoft.CONNECTOR_TOKEN);
		JsonNode activity = reply.json();
		assertThat(activity.path("replyToId").asString()).isEqualTo("1001");
		assertThat(activity.path("from").path("id").asString()).isEqualTo(TeamsActivityJson.BOT);
		assertThat(activity.path("attachments").path(0).path("contentType").asString())
			.isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode card = reply.card();
		assertThat(card.path("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(card.toString()).contains(KURSMANUAL)
			.contains("Källor")
			.contains("Visa stycket")
			.contains("Action.ShowCard")
			.contains("Kingdon");
		List<JsonNode> ratings = card.path("actions").valueStream().toList();
		assertThat(ratings).extracting(a -> a.path("data").path("fyren").asString()).containsExactly("rate", "rate");
		assertThat(ratings).extracting(a -> a.path("data").path("helpful").asBoolean()).containsExactly(true, false);
		assertThat(jdbc.sql("select count(*) from answer where id = :id and channel = 'TEAMS'")
			.param("id", ratings.get(0).path("data").path("answerId").asString())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void englishClientGetsEnglishLabels() {
		String conversation = personalConversation();

		send(validToken(), teams.personal("1002", "29:megan", conversation, "help", "en-GB"));

		JsonNode card = awaitPosts(conversation, 1).get(0).card();
		assertThat(card.toString()).contains("Example questions").doesNotContain("Exempel på frågor");
		// Each command to type is bold in the card's Markdown, never a single star
		// (italic
		// in Teams).
		assertThat(card.path("body").path(0).path("text").asString())
			.contains("• **årshjul** – the year at a glance", "• **follow <name>: <description>** – follow an issue",
					"(**avsluta <calendar>** stops")
			.doesNotContain(" *årshjul*");
	}

	@Test
	void channelMentionIsAnsweredInTheReplyChainWithoutTheMention() {
		String thread = "1700000000101";

		send(validToken(), teams.channelMention("1700000000102", "29:sara", CHANNEL, thread, KINGDON));

		FakeMicrosoft.Call reply = awaitPosts(CHANNEL + ";messageid=" + thread, 1).get(0);
		assertThat(reply.path()).endsWith("/activities/1700000000102");
		assertThat(reply.card().toString()).contains(KURSMANUAL);
		String answerId = reply.card().path("actions").path(0).path("data").path("answerId").asString();
		assertThat(jdbc.sql("select question from answer where id = :id")
			.param("id", answerId)
			.query(String.class)
			.single()).isEqualTo(KINGDON);
	}

	@Test
	void commandMenuQuestionDropsTheCommandWord() {
		String conversation = personalConversation();

		send(validToken(), teams.personal("1003", "29:megan", conversation, "fråga " + KINGDON, "sv-SE"));

		String answerId = awaitPosts(conversation, 1).get(0)
			.card()
			.path("actions")
			.path(0)
			.path("data")
			.path("answerId")
			.asString();
		assertThat(jdbc.sql("select question from answer where id = :id")
			.param("id", answerId)
			.query(String.class)
			.single()).isEqualTo(KINGDON);
	}

	@Test
	void helpfulSubmitIsRecordedAndThanked() {
		String conversation = personalConversation();
		send(validToken(), teams.personal("1004", "29:rater", conversation, KINGDON, "sv-SE"));
		String answerId = awaitPosts(conversation, 1).get(0)
			.card()
			.path("actions")
			.path(1)
			.path("data")
			.path("answerId")
			.asString();

		HttpResponse<String> ack = send(validToken(), teams.submit("1005", "29:rater", conversation, "1700000001",
				"{\"fyren\": \"rate\", \"answerId\": \"" + answerId + "\", \"helpful\": false}"));

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeMicrosoft.Call thanks = awaitPosts(conversation, 2).get(1);
		assertThat(thanks.card().toString()).contains("Tack för ditt omdöme!");
		assertThat(jdbc.sql("select helpful from feedback where answer_id = :id and rater = '29:rater'")
			.param("id", answerId)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void universalActionInvokeIsRecordedAndAcknowledgedAsAnInvoke() {
		String conversation = personalConversation();
		send(validToken(), teams.personal("1006", "29:executor", conversation, KINGDON, "sv-SE"));
		String answerId = awaitPosts(conversation, 1).get(0)
			.card()
			.path("actions")
			.path(0)
			.path("data")
			.path("answerId")
			.asString();

		HttpResponse<String> ack = send(validToken(), teams.invokeAction("1007", "29:executor", conversation,
				"1700000002", "{\"fyren\": \"rate\", \"answerId\": \"" + answerId + "\", \"helpful\": true}"));

		assertThat(ack.statusCode()).isEqualTo(200);
		assertThat(ack.body()).contains("\"statusCode\":200");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from feedback where answer_id = :id and rater = '29:executor' and helpful")
				.param("id", answerId)
				.query(Integer.class)
				.single() == 1);
	}

	@Test
	void ratingOnACardTheMessageExtensionInsertedIsRecorded() {
		String conversation = personalConversation();
		send(validToken(), teams.personal("1030", "29:inserter", conversation, KINGDON, "sv-SE"));
		String answerId = awaitPosts(conversation, 1).get(0)
			.card()
			.path("actions")
			.path(1)
			.path("data")
			.path("answerId")
			.asString();
		String groupChat = "19:" + UUID.randomUUID().toString().replace("-", "") + "@thread.v2";

		HttpResponse<String> ack = send(validToken(), teams.cardButtonClicked("1031", "29:colleague", groupChat,
				"{\"fyren\": \"rate\", \"answerId\": \"" + answerId + "\", \"helpful\": false}"));

		assertThat(ack.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from feedback where answer_id = :id and rater = '29:colleague' and not helpful")
				.param("id", answerId)
				.query(Integer.class)
				.single() == 1);
	}

	@Test
	void fyrenIntroducesItselfWhenItIsAddedAndNotWhenAPersonJoins() {
		String team = "19:" + UUID.randomUUID().toString().replace("-", "") + "@thread.tacv2";
		String chat = personalConversation();

		assertThat(send(validToken(), teams.membersAdded("1040", chat, "personal", TeamsActivityJson.BOT)).statusCode())
			.isEqualTo(200);
		assertThat(send(validToken(), teams.membersAdded("1041", team, "channel", "29:newcomer")).statusCode())
			.isEqualTo(200);
		assertThat(send(validToken(), teams.membersAdded("1042", team, "channel", "29:other", TeamsActivityJson.BOT))
			.statusCode()).isEqualTo(200);

		assertThat(awaitPosts(chat, 1).get(0).card().toString()).contains("Jag är Fyren");
		List<FakeMicrosoft.Call> inTeam = awaitPosts(team, 1);
		assertThat(inTeam).hasSize(1);
		assertThat(inTeam.get(0).path()).endsWith("/activities/1042");
	}

	@Test
	void ratingAnUnknownAnswerSaysSoKindly() {
		String conversation = personalConversation();
		send(validToken(), teams.personal("1008", "29:megan", conversation, "hjälp", "sv-SE"));
		awaitPosts(conversation, 1);

		send(validToken(), teams.submit("1009", "29:megan", conversation, "1700000003",
				"{\"fyren\": \"rate\", \"answerId\": \"no-such-answer\", \"helpful\": true}"));

		assertThat(awaitPosts(conversation, 2).get(1).card().toString()).contains("kunde inte sparas");
	}

	@Test
	void featureCardIsRenderedWithItsButtonsAndATextField() {
		String conversation = personalConversation();

		send(validToken(), teams.personal("1010", "29:megan", conversation, "testkort", "sv-SE"));

		JsonNode card = awaitPosts(conversation, 1).get(0).card();
		assertThat(card.path("body").path(0).path("text").asString()).isEqualTo("Testkortet");
		assertThat(card.path("body").path(1).path("text").asString()).isEqualTo("Första stycket med **fet** text.");
		JsonNode press = card.path("actions").path(0);
		assertThat(press.path("type").asString()).isEqualTo("Action.Submit");
		assertThat(press.path("data").toString())
			.isEqualTo("{\"fyren\":\"card\",\"id\":\"test.press\",\"value\":\"v1\"}");
		JsonNode say = card.path("actions").path(1);
		assertThat(say.path("type").asString()).isEqualTo("Action.ShowCard");
		JsonNode field = say.path("card").path("body").path(0);
		assertThat(field.path("type").asString()).isEqualTo("Input.Text");
		assertThat(field.path("id").asString()).isEqualTo("input");
		assertThat(field.path("label").asString()).isEqualTo("Ditt svar");
		assertThat(say.path("card").path("actions").path(0).path("data").path("id").asString()).isEqualTo("test.say");
	}

	@Test
	void submitWithTypedTextReachesTheFeatureAsAClick() {
		String conversation = personalConversation();
		send(validToken(), teams.personal("1011", "29:megan", conversation, "hjälp", "sv-SE"));
		awaitPosts(conversation, 1);

		// Teams merges the card's inputs into the submitted data.
		send(validToken(), teams.submit("1012", "29:megan", conversation, "1700000004",
				"{\"fyren\": \"card\", \"id\": \"test.say\", \"value\": \"v2\", \"input\": \"Vi ser ojämlik hälsa\"}"));

		assertThat(awaitPosts(conversation, 2).get(1).card().toString()).contains("Fick: Vi ser ojämlik hälsa");
		assertThat(feature.clicks("test.say")).anySatisfy(click -> {
			assertThat(click.where()).isEqualTo(new Destination(Channel.TEAMS, conversation, null));
			assertThat(click.user()).isEqualTo("29:megan");
			assertThat(click.message()).isEqualTo("1700000004");
			assertThat(click.value()).isEqualTo("v2");
		});
	}

	@Test
	void featureClickCanPostAndUpdateTheCardThroughTheTeamsOutbox() {
		String conversation = personalConversation();
		send(validToken(), teams.personal("1013", "29:megan", conversation, "testkort", "sv-SE"));
		awaitPosts(conversation, 1);

		send(validToken(), teams.submit("1014", "29:megan", conversation, "1700000005",
				"{\"fyren\": \"card\", \"id\": \"test.press\", \"value\": \"v1\"}"));

		List<FakeMicrosoft.Call> calls = awaitPosts(conversation, 4);
		FakeMicrosoft.Call posted = calls.get(1);
		assertThat(posted.path()).endsWith(conversation + "/activities");
		assertThat(posted.card().toString()).contains("Tryckt av 29:megan (v1)");
		FakeMicrosoft.Call updated = calls.get(2);
		assertThat(updated.method()).isEqualTo("PUT");
		assertThat(updated.path()).endsWith("/activities/1700000005");
		assertThat(updated.json().path("id").asString()).isEqualTo("1700000005");
		assertThat(updated.card().toString()).contains("Uppdaterad");
		assertThat(calls.get(3).path()).endsWith("/activities/1014");
		assertThat(calls.get(3).card().toString()).contains("Noterat");
	}

	@Test
	void channelMessagesNotForFyrenAreOverheardWithTheirEditsAndDeletions() {
		String thread = "1700000000201";
		String message = "1700000000202";

		String listened = TestFeature.LISTENED;

		send(validToken(), teams.channelReply(message, "29:sara", listened, thread, "Vi börjar med nuläget."));
		send(validToken(), teams.channelEdit(message, "29:sara", listened, thread, "Vi börjar med nuläget i länet."));
		send(validToken(), teams.channelDelete(message, "29:sara", listened, thread));

		List<Heard> heard = await().atMost(Duration.ofSeconds(10))
			.until(() -> feature.heard().stream().filter(h -> message.equals(h.message())).toList(),
					h -> h.size() == 3);
		assertThat(heard).extracting(Heard::change)
			.containsExactlyInAnyOrder(Heard.Change.NEW, Heard.Change.EDITED, Heard.Change.DELETED);
		Heard edit = heard.stream().filter(h -> h.change() == Heard.Change.EDITED).findFirst().orElseThrow();
		assertThat(edit.where()).isEqualTo(new Destination(Channel.TEAMS, listened, thread));
		assertThat(edit.text()).isEqualTo("Vi börjar med nuläget i länet.");
		assertThat(edit.user()).isEqualTo("29:sara");
		// A feature keeping what was said names her as Teams does (from.name).
		assertThat(names.of(Channel.TEAMS, "29:sara")).hasValue("Sara Strateg");
		assertThat(names.of(Channel.TEAMS, "29:nobody")).isEmpty();
		assertThat(microsoft.connector(listened + ";messageid=" + thread)).isEmpty();
	}

	@Test
	void mentionInAThreadAFeatureFollowsIsHeardWithoutTheMentionAndNotAnswered() {
		String thread = "1700000000251";
		String message = "1700000000252";

		send(validToken(),
				teams.channelMention(message, "29:sara", TestFeature.LISTENED, thread, "vi behöver fler exempel"));

		Heard heard = await().atMost(Duration.ofSeconds(10))
			.until(() -> feature.heard().stream().filter(h -> message.equals(h.message())).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(heard.text()).isEqualTo("vi behöver fler exempel");
		assertThat(heard.change()).isEqualTo(Heard.Change.NEW);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> microsoft.connector(TestFeature.LISTENED + ";messageid=" + thread).isEmpty());
	}

	@Test
	void redeliveredActivityIsAnsweredOnceAlsoByAnotherInstance() {
		String conversation = personalConversation();
		String activity = teams.personal("1015", "29:megan", conversation, KINGDON, "sv-SE");

		assertThat(send(validToken(), activity).statusCode()).isEqualTo(200);
		awaitPosts(conversation, 1);
		// The Bot Framework retries when its first delivery timed out: the very same
		// activity.
		assertThat(send(validToken(), activity).statusCode()).isEqualTo(200);
		assertThat(send(validToken(), activity).statusCode()).isEqualTo(200);

		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> microsoft.connector(conversation).size() == 1);
		// Another instance over the same database, or this one after a restart: no memory
		// shared but the table.
		Deliveries otherInstance = new Deliveries(jdbc, java.time.Clock.systemUTC());
		String key = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(activity, Activity.class)
			.deliveryKey();
		assertThat(otherInstance.firstTime(Channel.TEAMS, key)).isFalse();
		assertThat(otherInstance.firstTime(Channel.SLACK, key)).isTrue();
	}

	@Test
	void everyEditOfAMessageIsHeardButARedeliveredEditOnce() {
		String thread = "1700000000401";
		String message = "1700000000402";
		String listened = TestFeature.LISTENED;
		String firstEdit = teams.channelEdit(message, "29:sara", listened, thread, "Första ändringen");

		send(validToken(), teams.channelReply(message, "29:sara", listened, thread, "Utkast"));
		send(validToken(), firstEdit);
		send(validToken(), firstEdit);
		send(validToken(), teams.channelEdit(message, "29:sara", listened, thread, "Andra ändringen"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> feature.heard().stream().filter(h -> message.equals(h.message())).count() == 3);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> {
			List<String> edits = feature.heard()
				.stream()
				.filter(h -> message.equals(h.message()) && h.change() == Heard.Change.EDITED)
				.map(Heard::text)
				.toList();
			return edits.size() == 2 && edits.containsAll(List.of("Första ändringen", "Andra ändringen"));
		});
	}

	@Test
	void messageExtensionSearchIsAnsweredInTheHttpResponse() {
		HttpResponse<String> response = send(validToken(),
				teams.query("1012", "29:megan", personalConversation(), KINGDON));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"type\":\"result\"")
			.contains(KURSMANUAL)
			.contains("application/vnd.microsoft.card.thumbnail");
	}

	@Test
	void missingTokenIsRefusedAndNothingIsPosted() {
		String conversation = personalConversation();

		HttpResponse<String> response = send(null, teams.personal("2001", "29:megan", conversation, KINGDON, "sv-SE"));

		assertRefused(response, conversation);
	}

	@Test
	void expiredTokenIsRefused() {
		String conversation = personalConversation();
		String expired = microsoft.token(claims -> claims.notBeforeTime(Date.from(Instant.now().minusSeconds(7200)))
			.issueTime(Date.from(Instant.now().minusSeconds(7200)))
			.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(6)))));

		assertRefused(send(expired, teams.personal("2002", "29:megan", conversation, KINGDON, "sv-SE")), conversation);
	}

	@Test
	void tokenJustExpiredWithinTheClockSkewIsAccepted() {
		String conversation = personalConversation();
		String late = microsoft.token(claims -> claims.notBeforeTime(Date.from(Instant.now().minusSeconds(3600)))
			.issueTime(Date.from(Instant.now().minusSeconds(3600)))
			.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(4)))));

		assertThat(send(late, teams.personal("2003", "29:megan", conversation, "hjälp", "sv-SE")).statusCode())
			.isEqualTo(200);
		awaitPosts(conversation, 1);
	}

	@Test
	void tokenForAnotherBotIsRefused() {
		String conversation = personalConversation();
		String otherAudience = microsoft.token(claims -> claims.audience("some-other-bot"));

		assertRefused(send(otherAudience, teams.personal("2004", "29:megan", conversation, KINGDON, "sv-SE")),
				conversation);
	}

	@Test
	void tokenFromAnotherIssuerIsRefused() {
		String conversation = personalConversation();
		String otherIssuer = microsoft.token(claims -> claims.issuer("https://sts.windows.net/evil/"));

		assertRefused(send(otherIssuer, teams.personal("2005", "29:megan", conversation, KINGDON, "sv-SE")),
				conversation);
	}

	@Test
	void tokenSignedByAnUnpublishedKeyIsRefused() {
		String conversation = personalConversation();

		assertRefused(
				send(microsoft.tokenFromOtherKey(), teams.personal("2006", "29:megan", conversation, KINGDON, "sv-SE")),
				conversation);
	}

	@Test
	void tokenForAnotherServiceUrlIsRefused() {
		String conversation = personalConversation();
		String otherService = microsoft
			.token(claims -> claims.claim("serviceurl", "https://smba.trafficmanager.net/emea/"));

		assertRefused(send(otherService, teams.personal("2007", "29:megan", conversation, KINGDON, "sv-SE")),
				conversation);
	}

	@Test
	void activityNamingAnUntrustedServiceUrlIsRefusedAndNoTokenLeaves() {
		String conversation = personalConversation();
		String forged = new TeamsActivityJson(elsewhere.serviceUrl()).personal("2008", "29:megan", conversation,
				KINGDON, "sv-SE");
		// A token without a serviceurl claim, so only the trusted list stands between the
		// forger and the token.
		String token = microsoft.token(claims -> claims.claim("serviceurl", null));

		assertRefused(send(token, forged), conversation);
		assertThat(elsewhere.all()).isEmpty();
		assertThat(jdbc.sql("select count(*) from teams_conversation where conversation_id = :id")
			.param("id", conversation)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void storedReferenceToAnUntrustedServiceUrlIsNeverCalled() {
		String conversation = personalConversation();
		jdbc.sql("""
				insert into teams_conversation (conversation_id, service_url, tenant_id, bot_id, bot_name,
				    conversation_type, updated_at)
				values (:id, :url, 't', :bot, 'Fyren', 'personal', current_timestamp)""")
			.param("id", conversation)
			.param("url", elsewhere.serviceUrl())
			.param("bot", TeamsActivityJson.BOT)
			.update();

		assertThat(messenger.post(new Destination(Channel.TEAMS, conversation, null), new Reply.TextReply("Påminnelse"),
				Inbound.SWEDISH))
			.isEmpty();
		assertThat(elsewhere.all()).isEmpty();
	}

	@Test
	void throttledReplyIsRetriedAfterRetryAfter() {
		String conversation = personalConversation();
		microsoft.throttleNext(1);

		send(validToken(), teams.personal("3001", "29:megan", conversation, "hjälp", "sv-SE"));

		List<FakeMicrosoft.Call> attempts = awaitPosts(conversation, 2);
		assertThat(attempts.get(0).body()).isEqualTo(attempts.get(1).body());
		assertThat(Duration.ofNanos(attempts.get(1).receivedNanos() - attempts.get(0).receivedNanos()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(950));
		assertThat(microsoft.calls(call -> call.path().equals("/token"))).hasSize(1);
	}

	@Test
	void postTheConnectorFailedIsNotSentAgainButAnUpdateIs(CapturedOutput output) {
		String conversation = personalConversation();
		microsoft.failNext(503);

		send(validToken(), teams.personal("3002", "29:megan", conversation, "hjälp", "sv-SE"));

		// The connector may have delivered it before failing: a second try could show it
		// twice.
		awaitPosts(conversation, 1);
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(3))
			.until(() -> microsoft.connector(conversation).size() == 1);
		assertThat(output).contains("answered HTTP 503 after 1 attempt(s)");

		// Replacing an activity is idempotent: retried.
		PostedMessage posted = messenger
			.post(new Destination(Channel.TEAMS, conversation, null), new Reply.TextReply("Påminnelse"),
					Inbound.SWEDISH)
			.orElseThrow();
		microsoft.failNext(503);
		assertThat(messenger.update(posted, new Reply.TextReply("Flyttad"), Inbound.SWEDISH)).isTrue();
		assertThat(microsoft.connector(conversation)).extracting(FakeMicrosoft.Call::method)
			.containsExactly("POST", "POST", "PUT", "PUT");
	}

	@Test
	void proactivePostGoesToAConversationFyrenHasHeardFromAndCanBeUpdated() {
		String thread = "1700000000301";
		send(validToken(), teams.channelReply("1700000000302", "29:sara", CHANNEL, thread, "Hej"));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("select count(*) from teams_conversation where conversation_id = :id")
				.param("id", CHANNEL)
				.query(Integer.class)
				.single() == 1);
		Destination channel = new Destination(Channel.TEAMS, CHANNEL, null);

		PostedMessage posted = messenger
			.post(channel, new Reply.Card("Påminnelse", List.of("Länsstyrelsens samråd i morgon."), List.of()),
					Inbound.SWEDISH)
			.orElseThrow();
		boolean updated = messenger.update(posted, new Reply.TextReply("Samrådet är flyttat."), Locale.ENGLISH);
		PostedMessage inThread = messenger
			.post(channel.inThread(posted.id()), new Reply.TextReply("Svar i tråden"), Inbound.SWEDISH)
			.orElseThrow();

		assertThat(updated).isTrue();
		List<FakeMicrosoft.Call> calls = microsoft.connector(CHANNEL);
		assertThat(calls).hasSize(2);
		assertThat(calls.get(0).method()).isEqualTo("POST");
		assertThat(calls.get(0).path()).endsWith(CHANNEL + "/activities");
		assertThat(calls.get(0).card().toString()).contains("Påminnelse").contains("Länsstyrelsens samråd");
		assertThat(calls.get(1).method()).isEqualTo("PUT");
		assertThat(calls.get(1).path()).endsWith("/activities/" + posted.id());
		assertThat(calls.get(1).card().toString()).contains("Samrådet är flyttat.");
		assertThat(inThread.destination().thread()).isEqualTo(posted.id());
		assertThat(microsoft.connector(CHANNEL + ";messageid=" + posted.id())).hasSize(1);
	}

	@Test
	void proactivePostToAnUnknownConversationIsSkipped() {
		assertThat(messenger.post(new Destination(Channel.TEAMS, personalConversation(), null),
				new Reply.TextReply("Påminnelse"), Inbound.SWEDISH))
			.isEmpty();
	}

	@Test
	void bodyThatIsNoActivityIsABadRequestOnceTheTokenIsValidAndStaysOutOfTheLog(CapturedOutput output) {
		// Without a serviceurl claim: with one, a body naming no service URL could not
		// match it and is refused.
		String token = microsoft.token(claims -> claims.claim("serviceurl", null));
		assertThat(send(token, "{\"type\": 42").statusCode()).isEqualTo(400);
		assertThat(send(validToken(), "{\"type\": 42").statusCode()).isEqualTo(401);
		assertThat(send(null, "{\"type\": 42").statusCode()).isEqualTo(401);
		assertThat(send(token, "Hemlig fråga om budgeten").statusCode()).isEqualTo(400);
		assertThat(output.getAll()).contains("Teams request body is not an activity").doesNotContain("Hemlig");
	}

	private void assertRefused(HttpResponse<String> response, String conversation) {
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).isEmpty();
		// A reply would come within a second or two; the worker has nothing to do for a
		// refused request.
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(3))
			.until(() -> microsoft.connector(conversation).isEmpty());
	}

	private List<FakeMicrosoft.Call> awaitPosts(String conversation, int count) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> microsoft.connector(conversation), calls -> calls.size() >= count);
	}

	private static String validToken() {
		return microsoft.token(claims -> {
		});
	}

	private static String personalConversation() {
		return "a:1" + UUID.randomUUID().toString().replace("-", "");
	}

	private HttpResponse<String> send(String token, String activity) {
		return TeamsTestApp.send(port, token, activity);
	}

}
