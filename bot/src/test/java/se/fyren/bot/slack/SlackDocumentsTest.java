package se.fyren.bot.slack;

import static se.fyren.bot.documents.TestDocuments.BUDGET;
import static se.fyren.bot.documents.TestDocuments.BUDGET_QUESTION;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.InProcessFyren;
import se.fyren.bot.PostgresCluster;

/**
 * Files shared with Fyren in Slack, at the wire, on two instances over one PostgreSQL: a
 * file shared in a DM on one instance is fetched with files.info and downloaded with the
 * bot token, confirmed in the DM, and answers there on the other instance, never in a
 * channel; a file over the limit is refused unfetched, a damaged one with the reason; a
 * file shared in a channel without "läs in" is not fetched at all. The dialogue chain's
 * prep card in the DM cites the document too.
 */
class SlackDocumentsTest {

	static final String DM = "D0ANNA";

	static final String CHANNEL = "C0PUBLIC";

	static final String DRAFT_MINUTES = """
			Anteckningar från arbetsgruppen

			Arbetsgruppen föreslår att fritidsgården i Tjärna ängar håller öppet på lördagar.
			""";

	/** Small enough for a test file to pass it. */
	static final int MAX_BYTES = 100_000;

	@Test
	void aFileSharedInADirectMessageAnswersThereOnBothInstancesAndNeverInAChannel() throws IOException {
		try (FakeSlack slack = new FakeSlack();
				PostgresCluster cluster = new PostgresCluster("slack-documents");
				ConfigurableApplicationContext first = start(slack, cluster);
				ConfigurableApplicationContext second = start(slack, cluster)) {
			SignedSlack toFirst = new SignedSlack(InProcessFyren.port(first));
			SignedSlack toSecond = new SignedSlack(InProcessFyren.port(second));

			String budget = slack.share(new FakeSlack.SharedFile("F0BUDGET", "Mål och budget 2026.txt", "text",
					BUDGET.getBytes(StandardCharsets.UTF_8)));
			assertThat(toFirst.send(toFirst.fileShare(event(), "UANNA", DM, "im", "1700000100.000100", "", budget))
				.statusCode()).isEqualTo(200);
			FakeSlack.Call confirmed = await().atMost(Duration.ofSeconds(60))
				.until(() -> slack.posts(DM), posts -> !posts.isEmpty())
				.get(0);
			assertThat(confirmed.text()).contains("Inläst", "Mål och budget 2026", "privat");
			assertThat(slack.calls("files.info")).singleElement()
				.satisfies(call -> assertThat(call.param("file")).isEqualTo("F0BUDGET"));
			assertThat(slack.calls("download")).singleElement()
				.satisfies(call -> assertThat(call.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN));

			// Asked in the DM on the other instance: answered from it, once that one has
			// caught up.
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				int before = slack.posts(DM).size();
				toSecond.send(toSecond.message(event(), "UANNA", DM, "im", "1700000200.000100", null, BUDGET_QUESTION));
				FakeSlack.Call answer = await().atMost(Duration.ofSeconds(30))
					.until(() -> slack.posts(DM), posts -> posts.size() > before)
					.get(before);
				assertThat(answer.text()).contains("Mål och budget 2026 (privat)");
			});

			// Asked in a public channel, on either instance: the DM's document is not
			// there.
			for (SignedSlack instance : List.of(toFirst, toSecond)) {
				int before = slack.posts(CHANNEL).size();
				instance
					.send(instance.mention(event(), "UANNA", CHANNEL, "1700000300.00010" + before, BUDGET_QUESTION));
				FakeSlack.Call answer = await().atMost(Duration.ofSeconds(30))
					.until(() -> slack.posts(CHANNEL), posts -> posts.size() > before)
					.get(before);
				assertThat(answer.text()).doesNotContain("Mål och budget");
			}

			// Over the limit: refused with the sizes, never downloaded.
			String large = slack.share(new FakeSlack.SharedFile("F0LARGE", "stor.txt", "text",
					"ord ".repeat(MAX_BYTES).getBytes(StandardCharsets.UTF_8)));
			int inDm = slack.posts(DM).size();
			toSecond.send(toSecond.fileShare(event(), "UANNA", DM, "im", "1700000400.000100", "", large));
			assertThat(postAfter(slack, DM, inDm).text()).contains("”stor.txt” är 0,4 MB",
					"största tillåtna storlek är 0,1 MB");
			// A damaged PDF: downloaded, refused with the reason.
			String broken = slack.share(new FakeSlack.SharedFile("F0BROKEN", "trasig.pdf", "pdf",
					Files.readAllBytes(InProcessFyren.SHARED.resolve("fixtures/broken/truncated.pdf"))));
			toSecond.send(toSecond.fileShare(event(), "UANNA", DM, "im", "1700000500.000100", "", broken));
			assertThat(postAfter(slack, DM, inDm + 1).text()).contains("”trasig.pdf” gick inte att läsa som PDF");
			assertThat(slack.calls("download")).extracting(FakeSlack.Call::path)
				.noneMatch(path -> path.contains("F0LARGE"))
				.anyMatch(path -> path.contains("F0BROKEN"));

			// Shared in a channel without "läs in": not Fyren's to read, not even
			// fetched.
			int inChannel = slack.posts(CHANNEL).size();
			String minutes = slack.share(new FakeSlack.SharedFile("F0MINUTES", "protokoll.txt", "text",
					"Protokoll från nämndens möte.".getBytes(StandardCharsets.UTF_8)));
			toFirst.send(toFirst.fileShare(event(), "UBO", CHANNEL, "channel", "1700000600.000100",
					"Här är protokollet", minutes));
			// With "läs in" in a channel no administrator tied to a collection: refused,
			// unfetched.
			toFirst.send(toFirst.fileShare(event(), "UBO", CHANNEL, "channel", "1700000700.000100", "läs in", minutes));
			assertThat(postAfter(slack, CHANNEL, inChannel).text()).contains("Här kan inga dokument läggas till");
			assertThat(slack.calls("files.info")).noneMatch(call -> "F0MINUTES".equals(call.param("file")));

			listsADocumentKeptWithoutItsAddersNameByTheNameSlackShows(slack, toSecond, first.getBean(JdbcClient.class));
		}
	}

	@Test
	void aDocumentKeptWithoutItsAddersNameIsListedByTheNameSlackShowsNow() {
		try (FakeSlack slack = new FakeSlack(); ConfigurableApplicationContext fyren = startAlone(slack)) {
			listsADocumentKeptWithoutItsAddersNameByTheNameSlackShows(slack,
					new SignedSlack(InProcessFyren.port(fyren)), fyren.getBean(JdbcClient.class));
		}
	}

	@Test
	void aListingAsksForTheNameOfWhoeverAddedSeveralDocumentsOnce() {
		try (FakeSlack slack = new FakeSlack(); ConfigurableApplicationContext fyren = startAlone(slack)) {
			SignedSlack toFyren = new SignedSlack(InProcessFyren.port(fyren));
			JdbcClient jdbc = fyren.getBean(JdbcClient.class);
			slack.profile("UEVA", "Eva", "Eva Ek");
			String budget = slack.share(new FakeSlack.SharedFile("F0EVAS", "Evas budget.txt", "text",
					BUDGET.getBytes(StandardCharsets.UTF_8)));
			toFyren.send(toFyren.fileShare(event(), "UEVA", "D0EVA", "im", "1700004000.000100", "", budget));
			assertThat(postAfter(slack, "D0EVA", 0).text()).contains("Inläst: ”Evas budget”");
			String minutes = slack.share(new FakeSlack.SharedFile("F0EVAM", "Evas anteckningar.txt", "text",
					DRAFT_MINUTES.getBytes(StandardCharsets.UTF_8)));
			toFyren.send(toFyren.fileShare(event(), "UEVA", "D0EVA", "im", "1700004100.000100", "", minutes));
			assertThat(postAfter(slack, "D0EVA", 1).text()).contains("Inläst: ”Evas anteckningar”");
			jdbc.sql("update document set added_by_name = null where added_by = 'slack:UEVA'").update();
			// H2 counts each statement's executions from here on.
			jdbc.sql("set query_statistics true").update();

			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700004200.000100", null, "dokument"));

			assertThat(postAfter(slack, "D0EVA", 2).text()).contains("*Evas budget* (privat), tillagt av Eva ",
					"*Evas anteckningar* (privat), tillagt av Eva ");
			assertThat(jdbc.sql("""
					select coalesce(sum(execution_count), 0) from information_schema.query_statistics
					where lower(sql_statement) like 'update document set added_by_name%'""").query(Long.class).single())
				.as("names kept")
				.isEqualTo(1);
		}
	}

	/**
	 * A document kept as migration V19 left every one added before it, without the name
	 * of whoever added it, is listed by the name Slack shows for them now, which is kept
	 * from then on; to someone Slack names no more, their own document is "tillagt av
	 * dig".
	 */
	private static void listsADocumentKeptWithoutItsAddersNameByTheNameSlackShows(FakeSlack slack, SignedSlack toFyren,
			JdbcClient jdbc) {
		slack.profile("UEVA", "Eva", "Eva Ek");
		String budget = slack.share(
				new FakeSlack.SharedFile("F0EVAS", "Evas budget.txt", "text", BUDGET.getBytes(StandardCharsets.UTF_8)));
		toFyren.send(toFyren.fileShare(event(), "UEVA", "D0EVA", "im", "1700003000.000100", "", budget));
		assertThat(postAfter(slack, "D0EVA", 0).text()).contains("Inläst: ”Evas budget”");
		jdbc.sql("update document set added_by_name = null where added_by = 'slack:UEVA'").update();

		toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700003100.000100", null, "dokument"));

		assertThat(postAfter(slack, "D0EVA", 1).text()).contains("*Evas budget* (privat), tillagt av Eva ")
			.doesNotContain("UEVA");
		assertThat(
				jdbc.sql("select added_by_name from document where added_by = 'slack:UEVA'").query(String.class).list())
			.containsExactly("Eva");

		// Slack gives no name for this user: the document is theirs, and says so.
		String minutes = slack.share(new FakeSlack.SharedFile("F0NONAME", "Anteckningar.txt", "text",
				DRAFT_MINUTES.getBytes(StandardCharsets.UTF_8)));
		toFyren.send(toFyren.fileShare(event(), "UNONAME", "D0NONAME", "im", "1700003200.000100", "", minutes));
		assertThat(postAfter(slack, "D0NONAME", 0).text()).contains("Inläst: ”Anteckningar”");
		toFyren.send(toFyren.message(event(), "UNONAME", "D0NONAME", "im", "1700003300.000100", null, "dokument"));
		assertThat(postAfter(slack, "D0NONAME", 1).text()).contains("*Anteckningar* (privat), tillagt av dig ")
			.doesNotContain("UNONAME");
	}

	/**
	 * A long PDF shared in a DM shows its reading page by page in the DM, in one message
	 * posted at the first tenth of its pages and updated at each further tenth; a
	 * question asked while the reading hangs on Slack's update is answered at once, from
	 * what is committed.
	 */
	@Test
	void aLongPdfShowsItsProgressAndAQuestionMeanwhileIsAnswered() throws IOException {
		Path pdf = InProcessFyren.SHARED
			.resolve("fixtures/formats/samling-social-hallbarhet-dalarna-slutrapport-2019.pdf");
		CountDownLatch release = new CountDownLatch(1);
		try (FakeSlack slack = new FakeSlack(); ConfigurableApplicationContext fyren = startAlone(slack)) {
			SignedSlack toFyren = new SignedSlack(InProcessFyren.port(fyren));
			slack.holdUpdates(release);
			String report = slack
				.share(new FakeSlack.SharedFile("F0REPORT", "Slutrapport 2019.pdf", "pdf", Files.readAllBytes(pdf)));
			toFyren.send(toFyren.fileShare(event(), "UEVA", "D0EVA", "im", "1700001000.000100", "", report));

			FakeSlack.Call progress = postAfter(slack, "D0EVA", 0);
			assertThat(progress.text()).contains("Läser in ”Slutrapport 2019.pdf” … sida 10 av 96");
			// The reading now waits for Slack to take the next update: ask meanwhile.
			await().atMost(Duration.ofSeconds(30)).until(() -> !slack.calls("chat.update").isEmpty());
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700001100.000100", null,
					"Vilka tre strömmar ingår i Kingdons modell?"));
			FakeSlack.Call answer = postAfter(slack, "D0EVA", 1);
			assertThat(answer.text()).doesNotContain("Läser in", "Inläst").containsIgnoringCase("kingdon");
			assertThat(slack.posts("D0EVA")).hasSize(2);

			release.countDown();
			FakeSlack.Call added = postAfter(slack, "D0EVA", 2);
			assertThat(added.text()).contains("Inläst", "96 sidor", "privat");
			assertThat(slack.calls("chat.update")).extracting(FakeSlack.Call::text)
				.anyMatch(text -> text.contains("sida 48 av 96"))
				.anyMatch(text -> text.contains("sida 96 av 96"))
				.hasSizeLessThanOrEqualTo(9)
				.allMatch(text -> text.contains("Läser in ”Slutrapport 2019.pdf”"));
		}
	}

	/**
	 * A document given as a link in a DM is fetched over https and added, as a shared
	 * file is; a plain-http link, one to an internal address and one over the size limit
	 * are refused in Swedish, the first two without a request; "läs in" alone is told how
	 * it is used.
	 */
	@Test
	void aDocumentGivenAsALinkIsFetchedAndUnsafeLinksAreRefused(@TempDir Path dir) throws IOException {
		try (FakeSlack slack = new FakeSlack();
				FakeDocumentSite site = new FakeDocumentSite(dir);
				ConfigurableApplicationContext fyren = startAlone(slack,
						Map.of("fyren.documents.links.private-hosts", "127.0.0.1", "fyren.documents.links.trust-store",
								site.trustStore().toString(), "fyren.documents.links.trust-store-password",
								FakeDocumentSite.PASSWORD, "fyren.documents.max-size", MAX_BYTES + "B"))) {
			SignedSlack toFyren = new SignedSlack(InProcessFyren.port(fyren));
			slack.profile("UEVA", "Eva", "Eva Ek");
			String budget = site.serve("/dokument/budget",
					new FakeDocumentSite.Page("text/plain; charset=utf-8", BUDGET.getBytes(StandardCharsets.UTF_8)));
			String large = site.serve("/dokument/stor.txt",
					new FakeDocumentSite.Page("text/plain", "ord ".repeat(MAX_BYTES).getBytes(StandardCharsets.UTF_8)));

			// As Slack writes a link: in angle brackets, & as &amp;.
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002000.000100", null,
					"läs in <" + budget + "?version=2&amp;format=txt>"));
			assertThat(postAfter(slack, "D0EVA", 0).text()).contains("Inläst: ”budget” i samlingen privat.");
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002100.000100", null, BUDGET_QUESTION));
			assertThat(postAfter(slack, "D0EVA", 1).text()).contains("budget (privat)");

			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002200.000100", null,
					"läs in <http://127.0.0.1:9/dokument/budget>"));
			assertThat(postAfter(slack, "D0EVA", 2).text()).contains("bara dokument över https");
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002300.000100", null,
					"läs in https://169.254.169.254/latest/meta-data"));
			assertThat(postAfter(slack, "D0EVA", 3).text()).contains("Jag hämtar inte från 169.254.169.254",
					"internt nät");
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002400.000100", null, "läs in " + large));
			assertThat(postAfter(slack, "D0EVA", 4).text()).contains("”stor.txt” är 0,4 MB");
			assertThat(site.requested()).containsExactly("/dokument/budget", "/dokument/stor.txt");

			// Listed by the name Slack shows for whoever added it, without pages a text
			// file does not have.
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002500.000100", null, "dokument"));
			assertThat(postAfter(slack, "D0EVA", 5).text()).contains("*budget* (privat), tillagt av Eva ")
				.doesNotContain("UEVA", "sidor");

			// "läs in" alone is told how it is used, and help names it: it was searched
			// for in the reports.
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002600.000100", null, "läs in"));
			assertThat(postAfter(slack, "D0EVA", 6).text()).contains(
					"Skriv *läs in* och en länk som börjar med https://, eller dela filen med mig och skriv *läs in* i samma meddelande.");
			toFyren.send(toFyren.message(event(), "UEVA", "D0EVA", "im", "1700002800.000100", null, "hjälp"));
			assertThat(postAfter(slack, "D0EVA", 7).text()).contains("*läs in <länk>* – lägg till ett eget dokument",
					"*dokument* – de egna dokument som svarar här (*glöm <titel eller id>* tar bort ett)");
			assertThat(site.requested()).containsExactly("/dokument/budget", "/dokument/stor.txt");
		}
	}

	private static ConfigurableApplicationContext startAlone(FakeSlack slack) {
		return startAlone(slack, Map.of());
	}

	private static ConfigurableApplicationContext startAlone(FakeSlack slack, Map<String, String> more) {
		Map<String, String> properties = new LinkedHashMap<>(SlackTestApp.properties(slack));
		properties.putAll(more);
		properties.put("spring.datasource.url",
				"jdbc:h2:mem:slack-progress-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		properties.put("spring.quartz.scheduler-name", "slack-progress-" + UUID.randomUUID());
		return InProcessFyren.indexed(InProcessFyren.start(properties));
	}

	/** The first post in the channel after the {@code before} already there. */
	private static FakeSlack.Call postAfter(FakeSlack slack, String channel, int before) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> slack.posts(channel), posts -> posts.size() > before)
			.get(before);
	}

	private static String event() {
		return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
	}

	private static ConfigurableApplicationContext start(FakeSlack slack, PostgresCluster cluster) {
		Map<String, String> properties = new LinkedHashMap<>(SlackTestApp.properties(slack));
		properties.put("fyren.documents.sync-interval", "300ms");
		properties.put("fyren.documents.max-size", MAX_BYTES + "B");
		return InProcessFyren.indexed(cluster.pooledInstance(properties));
	}

}
