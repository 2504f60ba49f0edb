package se.fyren.bot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.HeadlessChromium;

/**
 * Adding a document in the web chat: the endpoint over real HTTP (a wrong key and a file
 * over the limit refused in Swedish, nothing stored), and the page's upload field in a
 * real Chromium, up to the question that cites the new document.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebDocumentsTest extends WebTestSupport {

	static final String MINUTES = """
			Protokoll från kommunstyrelsens planeringsdag

			Kommunstyrelsen beslutade att lekplatsen vid Kvarnbäcken ska rustas och att
			spontanidrottsytan i Gylle öppnas för skolorna på förmiddagarna.
			""";

	static final String QUESTION = "Vad beslutade kommunstyrelsen om lekplatsen vid Kvarnbäcken?";

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@Test
	void aWrongKeyAndAFileOverTheLimitAreRefusedInSwedish() throws Exception {
		HttpResponse<String> wrongKey = upload("gissat.txt", MINUTES.getBytes(StandardCharsets.UTF_8), "fel-nyckel");
		HttpResponse<String> tooLarge = upload("stor.txt", new byte[1_500_000], ADMIN_KEY);

		assertThat(wrongKey.statusCode()).isEqualTo(403);
		assertThat(json.readTree(wrongKey.body()).path("text").asString())
			.isEqualTo("Fel administratörsnyckel. Inget har lagts till.");
		assertThat(upload("gissat.txt", MINUTES.getBytes(StandardCharsets.UTF_8), null).statusCode()).isEqualTo(403);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(json.readTree(tooLarge.body()).path("detail").asString())
			.isEqualTo("Filen är för stor: högst 1,0 MB läses in. Dela upp dokumentet eller gör filen mindre.");
	}

	/**
	 * The server's own refusal of a file over the limit, made before any controller sees
	 * the request, follows the language the page names ({@code ?locale=en}) as the
	 * upload's other answers do; it was Swedish to everyone.
	 */
	@Test
	void aFileOverTheLimitIsRefusedInTheLanguageTheUploadAsksFor() throws Exception {
		HttpResponse<String> english = upload("stor.txt", new byte[1_500_000], ADMIN_KEY, null, "en");
		HttpResponse<String> swedish = upload("stor.txt", new byte[1_500_000], ADMIN_KEY, null, "sv");

		assertThat(english.statusCode()).isEqualTo(413);
		assertThat(json.readTree(english.body()).path("detail").asString())
			.isEqualTo("The file is too large: at most 1.0 MB is read. Split the document or save it smaller.");
		assertThat(swedish.statusCode()).isEqualTo(413);
		assertThat(json.readTree(swedish.body()).path("detail").asString())
			.isEqualTo("Filen är för stor: högst 1,0 MB läses in. Dela upp dokumentet eller gör filen mindre.");
	}

	/**
	 * The page takes the limit it tells before sending a file from the server, written in
	 * the page's language: "1.0" on the English page, not the Swedish "1,0".
	 */
	@Test
	void theUploadFormTellsTheLimitInThePagesLanguage() throws Exception {
		assertThat(form("en").path("maxMegabytes").asString()).isEqualTo("1.0");
		assertThat(form("sv").path("maxMegabytes").asString()).isEqualTo("1,0");
		assertThat(form(null).path("maxMegabytes").asString()).isEqualTo("1,0");
	}

	@Test
	void theLogNamesAnUploadByItsIdNeverByItsFileName(CapturedOutput output) throws Exception {
		byte[] binary = new byte[4000];
		new Random(7).nextBytes(binary);
		// Windows-1252, so the reader says in the log that it read it so.
		byte[] latin = """
				Protokoll från fritidsnämnden

				Fritidsnämnden beslutade att badhuset i Skräddarbo håller öppet på söndagar.
				""".getBytes(Charset.forName("windows-1252"));

		JsonNode refused = finished(upload("Hemliga planer för Loggby.txt", binary, ADMIN_KEY));
		JsonNode added = finished(upload("Loggbys protokoll.txt", latin, ADMIN_KEY));

		assertThat(refused.path("added").asBoolean()).as(refused.toString()).isFalse();
		assertThat(refused.path("text").asString()).as("the uploader is told by the file's name")
			.contains("Hemliga planer för Loggby.txt");
		assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();
		assertThat(output.getAll()).contains("refused", "not valid UTF-8").doesNotContain("Loggby");
	}

	@Test
	void randomBytesNamedDocxAreRefusedAsDamagedNotAsScanned() throws Exception {
		byte[] notReally = Files.readAllBytes(SHARED.resolve("fixtures/broken/not-really.docx"));

		JsonNode refused = finished(upload("not-really.docx", notReally, ADMIN_KEY));

		assertThat(refused.path("added").asBoolean()).isFalse();
		assertThat(refused.path("text").asString()).isEqualTo(
				"”not-really.docx” gick inte att läsa som DOCX: filen verkar vara skadad eller är inte en riktig DOCX-fil. Inget har ändrats.");
	}

	@Test
	void aZipBombNamedDocxIsRefusedAsOneWithTheLimitAndLoggedByItsKindOnly(CapturedOutput output) throws Exception {
		JsonNode refused = finished(upload("Budget för Bombby.docx", zipBomb(), ADMIN_KEY));

		assertThat(refused.path("added").asBoolean()).as(refused.toString()).isFalse();
		// The limit told as the size refusals tell theirs ("högst 1,0 MB läses in"), not
		// as a bare number ("20", or "1 024" for a gigabyte).
		assertThat(refused.path("text").asString()).isEqualTo(
				"”Budget för Bombby.docx” packas upp till långt mer än sin egen storlek: Fyren packar upp högst 20,0 MB "
						+ "ur ett dokument, och filen kan vara en så kallad zip-bomb. Om dokumentet är äkta, spara det som "
						+ "PDF och lägg till det. Inget har ändrats.");
		assertThat(intake(refused.path("id").asString(), "en").path("text").asString()).isEqualTo(
				"“Budget för Bombby.docx” unpacks to far more than its own size: Fyren unpacks at most 20.0 MB from a "
						+ "document, and the file may be a so-called zip bomb. If the document is genuine, save it as "
						+ "PDF and add that. Nothing was changed.");
		assertThat(output.getAll())
			.containsPattern("Upload d-\\w+ of \\d+ bytes to collection \\S+ refused \\(ZIP_BOMB\\)")
			.doesNotContain("Bombby");
		assertThat(json.readTree(chat("dokument").body()).path("text").asString()).doesNotContain("Bombby");
	}

	/**
	 * A document over the page limit (500, as by default) is told its counts as the
	 * reader's language writes figures: "1 001" (with a no-break space) in Swedish,
	 * "1,001" in English.
	 */
	@Test
	void aDocumentOverThePageLimitIsToldItsCountsInTheReadersLanguage() throws Exception {
		JsonNode refused = finished(upload("Långt protokoll.pdf", pdf(1001), ADMIN_KEY));

		assertThat(refused.path("added").asBoolean()).as(refused.toString()).isFalse();
		assertThat(refused.path("text").asString()).isEqualTo(
				"”Långt protokoll.pdf” har 1\u00a0001 sidor; högst 500 sidor läses in. Lägg till de delar som behövs.");
		assertThat(intake(refused.path("id").asString(), "en").path("text").asString())
			.isEqualTo("“Långt protokoll.pdf” has 1,001 pages; at most 500 are read. Add the parts you need.");
	}

	@Test
	void aTextFileIsConfirmedWithoutPagesAndListedAsAddedInTheWebChatWithoutAnId() throws Exception {
		JsonNode added = finished(upload("Utkast fritidsgårdar.txt", """
				Utkast om fritidsgårdarna

				Förvaltningen föreslår att fritidsgården i Tjärna ängar håller öppet på lördagar.
				""".getBytes(StandardCharsets.UTF_8), ADMIN_KEY));
		assertThat(added.path("text").asString())
			.isEqualTo("Inläst: ”Utkast fritidsgårdar” i samlingen kommun. Frågor här söker nu i det.");

		String listed = json.readTree(chat("dokument").body()).path("text").asString();
		assertThat(listed.lines().filter(line -> line.contains("Utkast fritidsgårdar"))).singleElement()
			.satisfies(line -> assertThat(line).startsWith("• Utkast fritidsgårdar (kommun), tillagt via webbchatten ")
				.doesNotContain("sidor", "tillagt av", "web:"));
	}

	/**
	 * A document kept without the name of whoever added it (as migration V19 left every
	 * one added before it, and as one added before its adder gave the web chat a name is
	 * kept) is "tillagt av dig" to them and "via webbchatten" to others until the web
	 * chat knows their name; then it is listed by it, which is kept from then on.
	 */
	@Test
	void aDocumentKeptWithoutItsAddersNameIsListedByTheNameTheWebChatKnowsNow() throws Exception {
		String adder = browserSecret();
		String other = browserSecret();
		JsonNode added = finished(upload("Gretas anteckningar.txt", """
				Anteckningar från samverkansgruppen

				Gruppen föreslår att familjecentralen i Grangärde får en kurator två dagar i veckan.
				""".getBytes(StandardCharsets.UTF_8), ADMIN_KEY, adder));
		assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();
		assertThat(addedByNames("Gretas anteckningar")).containsExactly((String) null);

		assertThat(listed("Gretas anteckningar", adder)).contains("(kommun), tillagt av dig ");
		assertThat(listed("Gretas anteckningar", other)).contains("(kommun), tillagt via webbchatten ");

		// The page sends the name its user typed with every click.
		assertThat(post("/api/click", """
				{"actionId": "test.say", "value": "v2", "input": "Hej", "name": "Greta Gran"}""", adder).statusCode())
			.isEqualTo(200);

		assertThat(listed("Gretas anteckningar", other)).contains("(kommun), tillagt av Greta Gran ")
			.doesNotContain("web:");
		assertThat(addedByNames("Gretas anteckningar")).containsExactly("Greta Gran");
	}

	/**
	 * A Mac names files in decomposed form ("o" and a combining diaeresis): such a
	 * document is listed by its name as typed, and forgotten by it typed either way. Its
	 * kept title was decomposed and the command's name composed, so "glöm" found nothing.
	 */
	@Test
	void aDocumentWhoseFileNameIsDecomposedIsListedAndForgottenByItsNameTypedEitherWay() throws Exception {
		String adder = browserSecret();
		String decomposed = "Mo\u0308tesanteckningar fra\u030an Gagnef";
		for (String part : List.of("A", "B")) {
			JsonNode added = finished(upload(decomposed + " " + part + ".txt", """
					Anteckningar från mötet i Gagnef

					Gruppen föreslår att mötesplatsen i Gagnef %s håller öppet på tisdagar.
					""".formatted(part).getBytes(StandardCharsets.UTF_8), ADMIN_KEY, adder));
			assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();
		}

		assertThat(listed("Mötesanteckningar från Gagnef A", adder))
			.startsWith("• Mötesanteckningar från Gagnef A (kommun), tillagt av dig ");
		assertThat(forget("Mötesanteckningar från Gagnef A", adder))
			.isEqualTo("”Mötesanteckningar från Gagnef A” är borttaget och används inte längre någonstans.");
		assertThat(forget(decomposed + " B", adder))
			.isEqualTo("”Mötesanteckningar från Gagnef B” är borttaget och används inte längre någonstans.");
	}

	/**
	 * A file name with no-break spaces (a Mac's screenshots hold a narrow one) is
	 * forgotten by its name typed with plain spaces: the chat reads those as the page
	 * does.
	 */
	@Test
	void aDocumentWhoseFileNameHoldsNoBreakSpacesIsForgottenByItsNameTyped() throws Exception {
		String adder = browserSecret();
		JsonNode added = finished(upload("Protokoll\u00a0Rättvik kl.\u202f10.txt", """
				Protokoll från Rättvik

				Nämnden föreslår att fritidsgården i Rättvik håller öppet på lördagar.
				""".getBytes(StandardCharsets.UTF_8), ADMIN_KEY, adder));
		assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();

		assertThat(forget("Protokoll Rättvik kl. 10", adder))
			.isEqualTo("”Protokoll Rättvik kl. 10” är borttaget och används inte längre någonstans.");
	}

	/**
	 * A document kept before names were composed on the way in still has its decomposed
	 * title in the database: it is listed and forgotten by its name as typed all the
	 * same.
	 */
	@Test
	void aDocumentKeptWithADecomposedTitleIsListedAndForgottenByItsNameAsTyped() throws Exception {
		String adder = browserSecret();
		JsonNode added = finished(upload("Årsrapport Säter.txt", """
				Årsrapport från Säter

				Kommunen föreslår att ungdomsgården i Säter håller öppet på fredagskvällar.
				""".getBytes(StandardCharsets.UTF_8), ADMIN_KEY, adder));
		assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();
		assertThat(jdbc.sql("update document set title = :decomposed where title = :composed")
			.param("decomposed", "A\u030arsrapport Sa\u0308ter")
			.param("composed", "Årsrapport Säter")
			.update()).isOne();

		assertThat(listed("Årsrapport Säter", adder)).startsWith("• Årsrapport Säter (kommun), tillagt av dig ");
		assertThat(forget("Årsrapport Säter", adder))
			.isEqualTo("”Årsrapport Säter” är borttaget och används inte längre någonstans.");
	}

	/**
	 * {@code curl -F file=@protokoll.txt}: the file part is read under its own name, and
	 * nothing of the multipart envelope (boundary, part headers) is kept: the envelope
	 * was indexed and quoted in answers.
	 */
	@Test
	void aMultipartUploadIsReadAsItsFilePartUnderItsOwnName() throws Exception {
		byte[] minutes = """
				Protokoll från socialnämnden

				Socialnämnden beslutade att mötesplatsen vid Lugnet i Falun öppnar för seniorer på tisdagar.
				""".getBytes(StandardCharsets.UTF_8);

		JsonNode added = finished(multipart("/api/documents", "file", "Socialnämndens protokoll.txt", minutes));

		assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();
		assertThat(added.path("text").asString())
			.isEqualTo("Inläst: ”Socialnämndens protokoll” i samlingen kommun. Frågor här söker nu i det.");
		assertThat(contentOf("Socialnämndens protokoll")).isEqualTo(minutes);
		JsonNode answer = json.readTree(post("/api/ask",
				json.writeValueAsString(Map.of("question", "Vad beslutade socialnämnden om mötesplatsen vid Lugnet?")),
				null)
			.body());
		assertThat(answer.toString()).contains("Lugnet").doesNotContain("Content-Disposition", "form-data");

		// As the reviewer sent it, with the name in the address too: that name is kept.
		byte[] culture = """
				Kulturnämndens beslut

				Kulturnämnden beslutade att biblioteket i Ludvika håller öppet på söndagar under vintern.
				""".getBytes(StandardCharsets.UTF_8);
		JsonNode named = finished(multipart("/api/documents?name=Kulturbeslut.txt", "file", "s1.txt", culture));
		assertThat(named.path("added").asBoolean()).as(named.toString()).isTrue();
		assertThat(contentOf("Kulturbeslut")).isEqualTo(culture);

		// A form over the limit is refused as a file is, told the limit.
		HttpResponse<String> tooLarge = multipart("/api/documents", "file", "stor.txt", new byte[1_500_000]);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(json.readTree(tooLarge.body()).path("detail").asString())
			.isEqualTo("Filen är för stor: högst 1,0 MB läses in. Dela upp dokumentet eller gör filen mindre.");
	}

	/**
	 * A multipart body sent as if it were the file itself (a script that sets the content
	 * type by hand) is refused unread, in Swedish, rather than kept envelope and all.
	 */
	@Test
	void aMultipartEnvelopeSentAsTheFileItselfIsRefused() throws Exception {
		byte[] envelope = ("--fyren-grans\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kuvert.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nBibliotekens öppettider i Säter förlängs på torsdagar.\r\n"
				+ "--fyren-grans--\r\n")
			.getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> refused = upload("kuvert.txt", envelope, ADMIN_KEY);

		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(json.readTree(refused.body()).path("detail").asString())
			.startsWith("Filen kom inslagen i ett formulär");
		assertThat(contents("kuvert")).isEmpty();
	}

	/**
	 * A file sent as the body without its name ({@code curl --data-binary}) is told where
	 * the name goes: it was told only that the request was wrong.
	 */
	@Test
	void aFileSentWithoutANameIsToldWhereTheNameGoes() throws Exception {
		HttpResponse<String> refused = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents"))
				.header("Content-Type", "application/octet-stream")
				.header("X-Fyren-Admin-Key", ADMIN_KEY)
				.POST(HttpRequest.BodyPublishers.ofString(MINUTES))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(json.readTree(refused.body()).path("detail").asString()).isEqualTo(
				"Ange filens namn i adressen (?name=budget.pdf), eller skicka filen som formulärfältet file (curl -F file=@budget.pdf). Inget har lagts till.");
	}

	/**
	 * A name without an extension, or ending in a dot, is told so in a whole sentence: it
	 * read "inte -filer som ”README”".
	 */
	@Test
	void aFileNameWithoutAnExtensionIsToldSoInBothLanguages() throws Exception {
		for (String name : List.of("README", "README.")) {
			JsonNode refused = finished(upload(name, MINUTES.getBytes(StandardCharsets.UTF_8), ADMIN_KEY));

			assertThat(refused.path("added").asBoolean()).isFalse();
			assertThat(refused.path("text").asString()).isEqualTo("”" + name
					+ "” har ingen filändelse, så jag vet inte vilket format filen har. Ge den ett namn som slutar på .pdf, .docx, .txt, .md eller .html.");
			assertThat(intake(refused.path("id").asString(), "en").path("text").asString()).isEqualTo("“" + name
					+ "” has no extension, so I cannot tell its format. Give it a name ending in .pdf, .docx, .txt, .md or .html.");
		}
	}

	/**
	 * A format Fyren does not read is told so even when its bytes are those of a document
	 * already added: it was told "finns redan".
	 */
	@Test
	void aFormatNotReadIsToldSoBeforeTheDuplicateCheck() throws Exception {
		byte[] table = """
				Budgetuppföljning för fritidsförvaltningen

				Förvaltningen redovisar att simhallen i Hedemora håller budgeten för året.
				""".getBytes(StandardCharsets.UTF_8);
		assertThat(finished(upload("Budgetuppföljning.txt", table, ADMIN_KEY)).path("added").asBoolean()).isTrue();

		JsonNode refused = finished(upload("Budgetuppföljning.xlsx", table, ADMIN_KEY));

		assertThat(refused.path("text").asString())
			.isEqualTo("Fyren läser PDF, DOCX, TXT, MD och HTML, inte XLSX-filer som ”Budgetuppföljning.xlsx”.");
	}

	/**
	 * A PDF named .docx and a Word file named .pdf are refused for what they are: both
	 * were added, under a name that says otherwise.
	 */
	@Test
	void aFileOfAnotherFormatThanItsNameSaysIsRefused() throws Exception {
		byte[] word = Files
			.readAllBytes(SHARED.resolve("fixtures/formats/leksand-politisk-samverkansberedning-2014-09-16.docx"));

		JsonNode pdfAsWord = finished(upload("Kallelse.docx", pdf(2), ADMIN_KEY));
		JsonNode wordAsPdf = finished(upload("Beredning.pdf", word, ADMIN_KEY));

		assertThat(pdfAsWord.path("added").asBoolean()).isFalse();
		assertThat(pdfAsWord.path("text").asString()).isEqualTo(
				"”Kallelse.docx” är en PDF-fil, inte en DOCX-fil som namnet säger. Ge filen rätt filändelse, eller spara den som DOCX, och lägg till den igen. Inget har ändrats.");
		assertThat(intake(pdfAsWord.path("id").asString(), "en").path("text").asString()).isEqualTo(
				"“Kallelse.docx” is a PDF file, not a DOCX file as its name says. Give it the right extension, or save it as DOCX, and add it again. Nothing was changed.");
		assertThat(wordAsPdf.path("added").asBoolean()).isFalse();
		assertThat(wordAsPdf.path("text").asString()).startsWith("”Beredning.pdf” är en DOCX-fil, inte en PDF-fil");
		assertThat(contents("Kallelse")).isEmpty();
		assertThat(contents("Beredning")).isEmpty();
	}

	/**
	 * The web chat's administrator removes any document with the key, as the upload is
	 * made: only the browser that added one could, and after its cookies were cleared
	 * only SQL could.
	 */
	@Test
	void theAdministratorRemovesADocumentWithTheKey() throws Exception {
		String adder = browserSecret();
		JsonNode added = finished(upload("Gammalt utkast Orsa.txt", """
				Gammalt utkast från Orsa

				Nämnden föreslog att biblioteket i Orsa öppnar på söndagar.
				""".getBytes(StandardCharsets.UTF_8), ADMIN_KEY, adder));
		assertThat(added.path("added").asBoolean()).as(added.toString()).isTrue();
		String id = jdbc.sql("select id from document where title = 'Gammalt utkast Orsa'")
			.query(String.class)
			.single();

		// The web chat says how its administrator removes it: not with "glöm".
		assertThat(forget("Gammalt utkast Orsa", browserSecret())).isEqualTo(
				"Bara webbläsaren som lade till ”Gammalt utkast Orsa” kan ta bort det med glöm. Webbchattens administratör tar bort det med administratörsnyckeln.");
		HttpResponse<String> noKey = delete(id, null);
		HttpResponse<String> wrongKey = delete(id, "fel-nyckel");
		HttpResponse<String> unknown = delete("d-000000000000", ADMIN_KEY);
		HttpResponse<String> removed = delete(id, ADMIN_KEY);

		assertThat(noKey.statusCode()).isEqualTo(403);
		assertThat(wrongKey.statusCode()).isEqualTo(403);
		assertThat(json.readTree(wrongKey.body()).path("text").asString())
			.isEqualTo("Fel administratörsnyckel. Inget har tagits bort.");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json.readTree(unknown.body()).path("text").asString())
			.as("the page shows it as it comes: no chat markup")
			.isEqualTo("Inget dokument som svarar här heter ”d-000000000000”. Skriv dokument för att se dem.");
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(json.readTree(removed.body()).path("text").asString())
			.isEqualTo("”Gammalt utkast Orsa” är borttaget och används inte längre någonstans.");
		assertThat(contents("Gammalt utkast Orsa")).isEmpty();
		assertThat(json.readTree(chat("dokument").body()).path("text").asString())
			.doesNotContain("Gammalt utkast Orsa");
	}

	/**
	 * A reading the server no longer knows (it restarted while the page asked) is told so
	 * in words, in the page's language, with where to look instead: it was a bare 404
	 * that the page could only call an error.
	 */
	@Test
	void anIntakeTheServerNoLongerKnowsIsToldSoAndWhereToLook() throws Exception {
		HttpResponse<String> swedish = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/intakes/i-nosuch"))
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> english = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/documents/intakes/i-nosuch?locale=en"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(swedish.statusCode()).isEqualTo(404);
		assertThat(swedish.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(swedish.body());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("detail").asString()).isEqualTo(
				"Den inläsningen känner Fyren inte till här. Den kan redan vara klar, eller så har servern startats om. Skriv dokument i chatten för att se om dokumentet kom med.");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(json.readTree(english.body()).path("detail").asString()).isEqualTo(
				"Fyren does not know that reading here. It may already have finished, or the server has restarted. Write documents in the chat to see whether the document was added.");
	}

	/**
	 * The list is shown as people ask for it, not only for the bare word: "visa
	 * dokumenten?" was searched for in the reports.
	 */
	@Test
	void theListIsShownAsPeopleAskForIt() throws Exception {
		String list = json.readTree(chat("dokument").body()).path("text").asString();

		for (String asked : List.of("visa dokumenten?", "Mina dokument", "dokumenten")) {
			assertThat(json.readTree(chat(asked).body()).path("text").asString()).as(asked).isEqualTo(list);
		}
	}

	/** Help names the documents' commands; it named none of them. */
	@Test
	void helpNamesTheDocumentsCommands() throws Exception {
		String swedish = json.readTree(chat("hjälp").body()).path("text").asString();
		String english = json.readTree(post("/api/chat?locale=en", "{\"text\": \"help\"}", null).body())
			.path("text")
			.asString();

		assertThat(swedish).contains("dokument – ", "glöm <titel eller id>");
		assertThat(english).contains("documents – ", "forget <title or id>");
	}

	/**
	 * "läs in" and "glöm" alone are told how they are used: they were searched for in the
	 * reports and answered with a passage.
	 */
	@Test
	void theDocumentCommandsAloneAreToldHowTheyAreUsed() throws Exception {
		assertThat(json.readTree(chat("glöm").body()).path("text").asString()).isEqualTo(
				"Skriv glöm och titeln eller id:t på dokumentet som ska bort, till exempel glöm Mål och budget 2026. Skriv dokument för att se dem som svarar här.");
		assertThat(json.readTree(chat("läs in").body()).path("text").asString())
			.isEqualTo("I webbchatten läggs dokument till med uppladdningsfältet (administratörer).");
		assertThat(json.readTree(post("/api/chat?locale=en", "{\"text\": \"forget\"}", null).body())
			.path("text")
			.asString()).isEqualTo(
					"Write forget and the title or id of the document to remove, for example forget Budget 2026. Write documents to see those that answer here.");
	}

	@Test
	void anAdministratorAddsADocumentOnThePageAndItAnswers(@TempDir Path profile) throws Exception {
		Path document = Files.writeString(files.resolve("Protokoll planeringsdag.txt"), MINUTES);
		try (HeadlessChromium chromium = HeadlessChromium.start(profile)) {
			ChromeDriver browser = chromium.driver();
			WebDriverWait wait = chromium.patiently();
			browser.get("http://localhost:" + port + "/");
			WebElement box = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload")));
			box.findElement(By.tagName("summary")).click();

			browser.findElement(By.id("upload-send")).click();
			wait.until(ExpectedConditions.textToBe(By.id("upload-status"),
					"Välj en fil och skriv administratörsnyckeln."));

			browser.findElement(By.id("upload-file")).sendKeys(document.toString());
			browser.findElement(By.id("upload-key")).sendKeys(ADMIN_KEY);
			browser.findElement(By.id("upload-send")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "Inläst"));
			assertThat(browser.findElement(By.id("upload-status")).getText()).contains("Protokoll planeringsdag",
					"kommun");
			assertThat(browser.findElement(By.id("upload-progress")).isDisplayed()).isFalse();
			chromium.screenshot("web-upload.png");

			browser.findElement(By.id("question")).sendKeys(QUESTION);
			browser.findElement(By.id("send")).click();
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#conversation .sources"),
					"Protokoll planeringsdag (kommun)"));
		}
	}

	/**
	 * A real Word file whose main part is padded with 21 MB of blanks, in some 100 kB:
	 * over what this test's application unpacks (20 MB), yet under its upload limit. The
	 * other parts are copied byte for byte (pictures are no text). The knowledge module's
	 * UploadHazardsTest makes its bombs the same way; bot tests cannot reach its test
	 * classes.
	 */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files
			.newInputStream(SHARED.resolve("fixtures/formats/leksand-politisk-samverkansberedning-2014-09-16.docx")));
				ZipOutputStream out = new ZipOutputStream(docx)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] part = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					padded(new String(part, StandardCharsets.UTF_8), out);
				}
				else {
					out.write(part);
				}
			}
		}
		return docx.toByteArray();
	}

	/**
	 * A PDF of that many pages, each with a line of its own: a line the same on every
	 * page but for its figures is cleaned away as a running header, so each names its
	 * matter by a word of letters rather than by its number.
	 */
	private static byte[] pdf(int pages) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int number = 1; number <= pages; number++) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 12);
					content.newLineAtOffset(72, 700);
					content.showText("Kommunstyrelsen behandlade ärende " + lettered(number)
							+ " och lade det till handlingarna.");
					content.endText();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** The number with each digit as a letter: 120 is "bca". */
	private static String lettered(int number) {
		StringBuilder word = new StringBuilder();
		Integer.toString(number).chars().forEach(digit -> word.append((char) ('a' + digit - '0')));
		return word.toString();
	}

	/**
	 * The main part with blanks between its XML declaration and the document: markup
	 * Tika's count of the text never sees.
	 */
	private static void padded(String xml, OutputStream out) throws IOException {
		int declared = xml.indexOf("?>") + 2;
		out.write(xml.substring(0, declared).getBytes(StandardCharsets.UTF_8));
		byte[] blanks = new byte[1 << 20];
		Arrays.fill(blanks, (byte) ' ');
		for (int megabyte = 0; megabyte < 21; megabyte++) {
			out.write(blanks);
		}
		out.write(xml.substring(declared).getBytes(StandardCharsets.UTF_8));
	}

	/** The intake's last word, asked for until the document has been read. */
	private JsonNode finished(HttpResponse<String> accepted) throws Exception {
		JsonNode intake = json.readTree(accepted.body());
		String id = intake.path("id").asString();
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> intake.path("finished").asBoolean() ? intake
					: json.readTree(http.send(HttpRequest
						.newBuilder(URI.create("http://localhost:" + port + "/api/documents/intakes/" + id))
						.build(), HttpResponse.BodyHandlers.ofString()).body()),
					read -> read.path("finished").asBoolean());
	}

	/** The intake as the page asks for it, in the language given. */
	private JsonNode intake(String id, String locale) throws Exception {
		return json.readTree(http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/documents/intakes/" + id + "?locale=" + locale))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	/** The upload field's settings, as the page asks for them in the language given. */
	private JsonNode form(String locale) throws Exception {
		return json.readTree(http.send(HttpRequest
			.newBuilder(URI.create(
					"http://localhost:" + port + "/api/documents/form" + (locale == null ? "" : "?locale=" + locale)))
			.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

	private HttpResponse<String> chat(String text) throws Exception {
		return post("/api/chat", json.writeValueAsString(Map.of("text", text)), null);
	}

	/**
	 * The list's line for the document titled so, as the browser holding the secret reads
	 * it.
	 */
	private String listed(String title, String browser) throws Exception {
		String list = json.readTree(post("/api/chat", "{\"text\": \"dokument\"}", browser).body())
			.path("text")
			.asString();
		return list.lines()
			.filter(line -> line.contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError(list));
	}

	/**
	 * Fyren's reply to "glöm" the document named so, as the browser holding the secret
	 * reads it.
	 */
	private String forget(String name, String browser) throws Exception {
		return json.readTree(post("/api/chat", json.writeValueAsString(Map.of("text", "glöm " + name)), browser).body())
			.path("text")
			.asString();
	}

	/** The stored bytes of the documents titled so. */
	private List<byte[]> contents(String title) {
		return jdbc.sql("select content from document where title = :title")
			.param("title", title)
			.query(byte[].class)
			.list();
	}

	private byte[] contentOf(String title) {
		return contents(title).stream().findFirst().orElseThrow(() -> new AssertionError("no document " + title));
	}

	/** {@code curl -F field=@fileName}: the file as a part of a multipart form. */
	private HttpResponse<String> multipart(String path, String field, String fileName, byte[] bytes) throws Exception {
		String boundary = "----fyren" + browserSecret();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(bytes);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-Fyren-Admin-Key", ADMIN_KEY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** {@code DELETE /api/documents/{id}}, with the administrator key when given. */
	private HttpResponse<String> delete(String id, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/documents/" + id))
			.DELETE();
		if (key != null) {
			request.header("X-Fyren-Admin-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> addedByNames(String title) {
		return jdbc.sql("select added_by_name from document where title = :title")
			.param("title", title)
			.query(String.class)
			.list();
	}

	/**
	 * A request as sent by the browser that holds the secret in its cookie; without one,
	 * by a new browser.
	 */
	private HttpResponse<String> post(String path, String body, String browser) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		withBrowser(request, browser);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> upload(String name, byte[] bytes, String key) throws Exception {
		return upload(name, bytes, key, null);
	}

	private HttpResponse<String> upload(String name, byte[] bytes, String key, String browser) throws Exception {
		return upload(name, bytes, key, browser, null);
	}

	/**
	 * An upload as the page sends it, naming its language when {@code locale} is given.
	 */
	private HttpResponse<String> upload(String name, byte[] bytes, String key, String browser, String locale)
			throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/documents?name="
					+ URLEncoder.encode(name, StandardCharsets.UTF_8) + (locale == null ? "" : "&locale=" + locale)))
			.header("Content-Type", "application/octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
		if (key != null) {
			request.header("X-Fyren-Admin-Key", key);
		}
		withBrowser(request, browser);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void withBrowser(HttpRequest.Builder request, String browser) {
		if (browser != null) {
			request.header("Cookie", Browsers.COOKIE + "=" + browser);
		}
	}

	/** A browser's secret, as Fyren would have set it in its cookie. */
	private static String browserSecret() {
		byte[] secret = new byte[Browsers.SECRET_BYTES];
		new Random().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
