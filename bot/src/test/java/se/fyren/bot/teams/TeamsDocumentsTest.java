package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A file attached in a personal chat with Fyren, at the wire: Teams' activity with the
 * file's download info, with a real Bot Framework token; Fyren downloads it from the
 * address Teams gave, confirms in the chat, and answers from it there and in no other
 * chat.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsDocumentsTest {

	static final String PLAN = """
			Verksamhetsplan för socialnämnden 2026

			Nämnden inrättar en mötesplats för äldre i Tuna med öppet hus varje tisdag, och
			anhörigstödet får två nya samordnare under våren.
			""";

	static final String QUESTION = "Vilken dag har mötesplatsen för äldre i Tuna öppet hus?";

	@RegisterExtension
	static final TeamsAppFixture app = new TeamsAppFixture("teams-documents");

	static final FakeMicrosoft microsoft = app.microsoft();

	static final TeamsActivityJson teams = app.activities();

	@DynamicPropertySource
	static void teamsAndData(DynamicPropertyRegistry registry) {
		app.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFileAttachedInAPersonalChatIsReadConfirmedAndAnswersOnlyThere() {
		String chat = personalConversation();
		String download = microsoft.attach("Verksamhetsplan 2026.txt", PLAN.getBytes(StandardCharsets.UTF_8));

		assertThat(TeamsTestApp
			.send(port, token(), teams.personalFile("2001", "29:megan", chat, "Verksamhetsplan 2026.txt", download))
			.statusCode()).isEqualTo(200);

		FakeMicrosoft.Call confirmed = awaitPosts(chat, 1).get(0);
		assertThat(confirmed.body()).contains("Inläst", "Verksamhetsplan 2026", "privat");
		assertThat(microsoft.calls(call -> call.path().startsWith(FakeMicrosoft.DOWNLOADS))).hasSize(1);

		TeamsTestApp.send(port, token(), teams.personal("2002", "29:megan", chat, QUESTION, "sv-SE"));
		assertThat(awaitPosts(chat, 2).get(1).body()).contains("Verksamhetsplan 2026 (privat)");
		// Listed by the name Teams sent with the file, not by the user's id.
		TeamsTestApp.send(port, token(), teams.personal("2004", "29:megan", chat, "dokument", "sv-SE"));
		assertThat(awaitPosts(chat, 3).get(2).body()).contains("(privat), tillagt av Megan Bowen ")
			.doesNotContain("29:megan", "sidor");

		String otherChat = personalConversation();
		TeamsTestApp.send(port, token(), teams.personal("2003", "29:megan", otherChat, QUESTION, "sv-SE"));
		assertThat(awaitPosts(otherChat, 1).get(0).body()).doesNotContain("Verksamhetsplan");
	}

	/**
	 * A document kept without the name of whoever added it (as migration V19 left every
	 * one added before it, and as one is kept when Teams sent no name with the file) is
	 * "tillagt av dig" to them until Teams sends their name; then it is listed by it,
	 * which is kept from then on.
	 */
	@Test
	void aDocumentKeptWithoutItsAddersNameIsListedByTheNameTeamsSendsNow() {
		String user = "29:" + UUID.randomUUID();
		String chat = personalConversation();
		String download = microsoft.attach("Tunas anteckningar.txt", PLAN.getBytes(StandardCharsets.UTF_8));
		TeamsTestApp.send(port, token(),
				withoutName(teams.personalFile("5001", user, chat, "Tunas anteckningar.txt", download)));
		assertThat(awaitPosts(chat, 1).get(0).body()).contains("Inläst", "Tunas anteckningar");
		assertThat(addedByNames(user)).containsExactly((String) null);

		TeamsTestApp.send(port, token(), withoutName(teams.personal("5002", user, chat, "dokument", "sv-SE")));
		assertThat(awaitPosts(chat, 2).get(1).body()).contains("(privat), tillagt av dig ").doesNotContain(user);

		TeamsTestApp.send(port, token(), teams.personal("5003", user, chat, "dokument", "sv-SE"));
		assertThat(awaitPosts(chat, 3).get(2).body()).contains("(privat), tillagt av Megan Bowen ")
			.doesNotContain(user);
		assertThat(addedByNames(user)).containsExactly("Megan Bowen");
	}

	/**
	 * A file attached in a channel with a mention of Fyren reaches a bot only as a
	 * SharePoint reference it cannot download: Fyren says in Swedish where files are read
	 * instead of answering the message's text, and downloads nothing.
	 */
	@Test
	void aFileInAChannelIsAnsweredWithWhereFilesAreRead() {
		String channel = "19:kanal" + UUID.randomUUID().toString().replace("-", "") + "@thread.tacv2";
		String activity = teams.channelMention("3001", "29:sara", channel, "3001", "läs in")
			.replace("\"attachments\": [{\"contentType\": \"text/html\", \"content\": \"<div></div>\"}]", """
					"attachments": [{"contentType": "text/html",
					  "content": "<div><at>Fyren</at> läs in<attachment id=\\"8d9c\\"></attachment></div>"},
					 {"contentType": "reference", "name": "Mål och budget 2026.pdf",
					  "contentUrl": "https://contoso.sharepoint.com/sites/Folkhalsa/Delade%20dokument/Mal.pdf"}]""");
		assertThat(activity).contains("\"reference\"");
		int downloads = microsoft.calls(call -> call.path().startsWith(FakeMicrosoft.DOWNLOADS)).size();

		assertThat(TeamsTestApp.send(port, token(), activity).statusCode()).isEqualTo(200);

		String reply = awaitPosts(channel + ";messageid=3001", 1).get(0).body();
		assertThat(reply).contains("Filer läser jag bara in i den personliga chatten med mig");
		assertThat(microsoft.calls(call -> call.path().startsWith(FakeMicrosoft.DOWNLOADS))).hasSize(downloads);
	}

	/** The activity as Teams sends it without the sender's name. */
	private static String withoutName(String activity) {
		String named = "\"name\": \"Megan Bowen\", ";
		assertThat(activity).contains(named);
		return activity.replace(named, "");
	}

	private List<String> addedByNames(String user) {
		return jdbc.sql("select added_by_name from document where added_by = :addedBy")
			.param("addedBy", "teams:" + user)
			.query(String.class)
			.list();
	}

	private static List<FakeMicrosoft.Call> awaitPosts(String conversation, int count) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> microsoft.connector(conversation), calls -> calls.size() >= count);
	}

	private static String token() {
		return microsoft.token(claims -> {
		});
	}

	private static String personalConversation() {
		return "a:1" + UUID.randomUUID().toString().replace("-", "");
	}

}
