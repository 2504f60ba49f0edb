package se.fyren.bot.documents;

import static se.fyren.bot.documents.TestDocuments.BUDGET;
import static se.fyren.bot.documents.TestDocuments.BUDGET_QUESTION;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.InProcessFyren;
import se.fyren.bot.PostgresCluster;
import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatMessage;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.KnowledgeBase;

/**
 * Two instances on one PostgreSQL: a document added on one answers on the other, in the
 * places its collection is tied to only; a document added in a direct message never
 * answers in a public Slack channel, a Teams channel or the web chat; a file that cannot
 * be read changes nothing; a removal reaches both.
 */
class DocumentsClusterTest {

	static final String DRAFT = """
			Utkast till nämndens verksamhetsplan

			Förvaltningen föreslår att simskolan för nyanlända familjer flyttas till Hagaparken och att
			badhusets kvällstider förlängs till klockan tjugotvå för tonåringar under sommarlovet.
			""";

	static final String DRAFT_QUESTION = "När ska badhusets kvällstider förlängas för tonåringar?";

	static final Place PUBLIC_CHANNEL = new Place(Channel.SLACK, "T1", "C1", true);

	static final Place OTHER_PUBLIC_CHANNEL = new Place(Channel.SLACK, "T1", "C2", true);

	static final Place DIRECT_MESSAGE = new Place(Channel.SLACK, "T1", "D1", false);

	static final Place TEAMS_CHANNEL = new Place(Channel.TEAMS, "team-1", "19:general@thread.tacv2", true);

	static final Place WEB_CHAT = new Place(Channel.WEB, null, null, true);

	@Test
	void documentsAddedOnOneInstanceAnswerOnTheOtherOnlyWhereTheyBelong() throws IOException {
		try (PostgresCluster cluster = new PostgresCluster("documents");
				ConfigurableApplicationContext first = start(cluster);
				ConfigurableApplicationContext second = start(cluster)) {
			DocumentLibrary library = first.getBean(DocumentLibrary.class);
			JdbcClient jdbc = first.getBean(JdbcClient.class);

			assertThat(added(library, "Mål och budget 2026.txt", BUDGET, "slack:UANNA", PUBLIC_CHANNEL).done())
				.isTrue();
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(docTitles(second, BUDGET_QUESTION, OTHER_PUBLIC_CHANNEL))
					.contains("Mål och budget 2026"));
			assertThat(docTitles(second, BUDGET_QUESTION, TEAMS_CHANNEL)).doesNotContain("Mål och budget 2026");
			Reply reply = say(second, OTHER_PUBLIC_CHANNEL, "UBO", BUDGET_QUESTION);
			assertThat(((Reply.AnswerReply) reply).sources())
				.anySatisfy(source -> assertThat(source.label()).startsWith("Mål och budget 2026 (borlange)"));

			// The same bytes again, and a damaged PDF: refused, nothing changes.
			assertThat(added(library, "kopia.txt", BUDGET, "slack:UBO", PUBLIC_CHANNEL).code())
				.isEqualTo("documents.duplicate");
			assertThat(added(library, "trasig.pdf",
					Files.readAllBytes(InProcessFyren.SHARED.resolve("fixtures/broken/truncated.pdf")), "slack:UBO",
					PUBLIC_CHANNEL)
				.code()).startsWith("documents.unreadable.");
			assertThat(jdbc.sql("select count(*) from document").query(Integer.class).single()).isEqualTo(1);

			// Added in a direct message: answers there, on both instances, and nowhere
			// public.
			assertThat(added(library, "utkast.md", DRAFT, "slack:UANNA", DIRECT_MESSAGE).done()).isTrue();
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(docTitles(second, DRAFT_QUESTION, DIRECT_MESSAGE)).contains("utkast"));
			for (ConfigurableApplicationContext instance : List.of(first, second)) {
				for (Place open : List.of(PUBLIC_CHANNEL, OTHER_PUBLIC_CHANNEL, TEAMS_CHANNEL, WEB_CHAT)) {
					assertThat(docTitles(instance, DRAFT_QUESTION, open)).as("in %s", open).doesNotContain("utkast");
				}
			}
			// Kept without a name (as before migration V19) where no chat names their
			// adder: "you" to her, the chat to others.
			assertThat(text(say(second, PUBLIC_CHANNEL, "UBO", "dokument")))
				.contains("*Mål och budget 2026* (borlange), tillagt i Slack ")
				.doesNotContain("utkast", "UANNA");
			assertThat(text(say(second, PUBLIC_CHANNEL, "UANNA", "dokument")))
				.contains("*Mål och budget 2026* (borlange), tillagt av dig ");
			assertThat(text(say(second, DIRECT_MESSAGE, "UANNA", "dokument"))).contains("utkast");

			// Only its owner (or an administrator) forgets it; then it is gone on both.
			assertThat(text(say(second, PUBLIC_CHANNEL, "UBO", "glöm Mål och budget 2026")))
				.contains("Bara den som lade till");
			assertThat(text(say(second, PUBLIC_CHANNEL, "UANNA", "glöm Mål och budget 2026"))).contains("borttaget");
			assertThat(docTitles(second, BUDGET_QUESTION, PUBLIC_CHANNEL)).doesNotContain("Mål och budget 2026");
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(docTitles(first, BUDGET_QUESTION, PUBLIC_CHANNEL))
					.doesNotContain("Mål och budget 2026"));
		}
	}

	private static Outcome added(DocumentLibrary library, String name, String text, String who, Place place) {
		return added(library, name, text.getBytes(StandardCharsets.UTF_8), who, place);
	}

	private static Outcome added(DocumentLibrary library, String name, byte[] bytes, String who, Place place) {
		DocumentLibrary.Intake intake = library.add(new Upload(name, bytes, who, null), place);
		await().atMost(Duration.ofSeconds(60)).until(() -> library.intake(intake.id()).orElseThrow().finished());
		return library.intake(intake.id()).orElseThrow().outcome();
	}

	/** The titles of the passages a question finds in the place, best first. */
	private static List<String> docTitles(ConfigurableApplicationContext instance, String question, Place place) {
		Places places = instance.getBean(Places.class);
		return instance.getBean(KnowledgeBase.class)
			.ask(question, places.collections(place))
			.passages()
			.stream()
			.map(scored -> scored.passage().title())
			.toList();
	}

	private static Reply say(ConfigurableApplicationContext instance, Place place, String user, String text) {
		ChatMessage message = ChatMessage
			.said(new Destination(place.chat(), place.conversation(), null), user, UUID.randomUUID().toString(), text,
					ChatMessage.Addressed.COMMAND, null)
			.in(place.workspace(), place.shared());
		return instance.getBean(Conversation.class).receive(message).toSay().orElseThrow();
	}

	private static String text(Reply reply) {
		return ((Reply.TextReply) reply).text();
	}

	private static ConfigurableApplicationContext start(PostgresCluster cluster) {
		Map<String, String> settings = new LinkedHashMap<>(InProcessFyren.knowledge("documents-data"));
		settings.put("fyren.dialogue.templates", InProcessFyren.CONFIG.resolve("dialogue").toString());
		settings.put("fyren.wheel.calendars", InProcessFyren.CONFIG.resolve("wheel").toString());
		settings.put("fyren.documents.sync-interval", "300ms");
		settings.put("fyren.documents.places[0].chat", "slack");
		settings.put("fyren.documents.places[0].workspace", "T1");
		settings.put("fyren.documents.places[0].collections", "rapporter,borlange");
		settings.put("fyren.documents.places[0].adds-to", "borlange");
		return InProcessFyren.indexed(cluster.pooledInstance(settings));
	}

}
