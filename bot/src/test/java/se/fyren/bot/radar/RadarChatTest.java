package se.fyren.bot.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.Place;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.documents.DocumentLibrary;
import se.fyren.bot.documents.Upload;
import se.fyren.bot.infra.MarkdownText;
import se.fyren.bot.wheel.WheelTestSupport;
import se.fyren.bot.wheel.reminders.Reminders;
import se.fyren.knowledge.KnowledgeBase;

/**
 * The radar through the core, on the shipped kommun wheel over the real corpus: a team
 * follows an issue, logs signals over simulated months, is told once when the window
 * opens before each decision point and once when it closes; bad input is answered in
 * Swedish; the picture and the export come over HTTP with the issue's key only.
 */
@ExtendWith(OutputCaptureExtension.class)
class RadarChatTest extends WheelTestSupport {

	@Autowired
	Conversation conversation;

	@Autowired
	WindowWatch watch;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	SignalSuggestions suggestions;

	@Autowired
	RadarRetention retention;

	@Autowired
	DocumentLibrary documents;

	@Autowired
	KnowledgeBase knowledge;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void teamFollowsAnIssueAndIsToldOnceWhenItsWindowOpensAndOnceWhenItCloses() {
		String channel = "C-RADAR-OPEN";
		setClock("2026-06-01T09:00");
		Reply.Card followed = card(
				say(channel, "U-LEAD", "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge"));
		assertThat(followed.title()).isEqualTo("Bevakar barnfattigdom");
		assertThat(followed.paragraphs().get(1)).startsWith("Problem saknas, politik saknas, policy saknas →");
		assertThat(followed.actions()).extracting(Reply.Action::id).containsOnly(RadarCards.SIGNAL);

		setClock("2026-07-01T10:00");
		say(channel, "U-LEAD", "signal barnfattigdom politik: Motion om barnfattigdom i fullmäktige");
		setClock("2026-08-20T10:00");
		say(channel, "U-ANALYST",
				"signal barnfattigdom problem: HLV 2026: andelen barn i hushåll med försörjningsstöd ökade till 9 % https://example.se/hlv");
		setClock("2026-09-01T10:00");
		Reply.Card logged = card(
				say(channel, "U-LEAD", "signal barnfattigdom policy: Kostnadsberäknad modell från Falun"));
		assertThat(logged.paragraphs().get(1)).contains("Problem ✓ (HLV 2026, 20 augusti)",
				"politik ✓ (Motion om barnfattigdom …, 1 juli)",
				"policy ✓ (Kostnadsberäknad modell från …, 1 september)",
				"håll dem levande fram till sista dag för underlag till budgetförslaget, måndag den 5 oktober 2026.");
		assertThat(opened(channel)).isEmpty();

		// The deadline's lead time (three weeks) begins: the window opens, said once.
		setClock("2026-09-14T03:10");
		watch.checkAll();
		watch.checkAll();
		assertThat(opened(channel)).hasSize(1);
		Reply.Card open = opened(channel).get(0);
		assertThat(open.title()).isEqualTo("Fönstret är öppet: barnfattigdom");
		assertThat(open.paragraphs().get(0)).isEqualTo(
				"Alla tre strömmarna är levande inför *Sista dag för underlag till budgetförslaget*, måndag den 5 oktober 2026.");
		assertThat(open.paragraphs().get(1)).contains("• problem: HLV 2026: andelen barn",
				"• politik: Motion om barnfattigdom", "• policy: Kostnadsberäknad modell från Falun");
		assertThat(open.paragraphs().get(2)).contains("Färdigt ärende med problembild, förslag och kostnad");
		assertThat(open.sources()).isNotEmpty();
		assertThat(open.imageUrl()).contains("/radar/").contains(".png?key=");

		// The budget's eight weeks begin 5 October: a window for that decision point too.
		setClock("2026-10-06T03:10");
		watch.checkAll();
		assertThat(opened(channel)).hasSize(2);
		assertThat(opened(channel).get(1).paragraphs().get(0)).contains("Fullmäktige beslutar om budget");

		// Politics (1 July) goes stale after 120 days, before the budget: closed, once.
		setClock("2026-10-30T03:10");
		watch.checkAll();
		watch.checkAll();
		List<Reply.Card> closed = outbox.cards(channel, "Fönstret stängdes");
		assertThat(closed).hasSize(1);
		assertThat(closed.get(0).paragraphs().get(0)).isEqualTo(
				"Det finns inte längre någon färsk signal för politik inför Fullmäktige beslutar om budget, måndag den 30 november 2026. Lägg in en ny signal för att hålla frågan levande.");
		assertThat(opened(channel)).hasSize(2);
	}

	/**
	 * A window that closed because a signal was deleted, and opens again with a new one,
	 * is said to be open again: the room's last word on it is not "stängdes".
	 */
	@Test
	void aWindowThatClosedAndOpensAgainIsAnnouncedAgainAndEachChangeOnlyOnce() {
		String channel = "C-RADAR-REOPEN";
		setClock("2026-07-01T10:00");
		say(channel, "U-LEAD", "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say(channel, "U-LEAD", "signal barnfattigdom politik: Motion om barnfattigdom i fullmäktige");
		say(channel, "U-LEAD", "signal barnfattigdom problem: HLV 2026 visar ökning");
		say(channel, "U-LEAD", "signal barnfattigdom policy: Kostnadsberäknad modell från Falun");
		setClock("2026-09-14T03:10");
		watch.checkAll();
		assertThat(windowTitles(channel)).containsExactly("Fönstret är öppet: barnfattigdom");

		setClock("2026-09-15T10:00");
		say(channel, "U-LEAD", "ta bort signal 3");
		watch.checkAll();
		assertThat(windowTitles(channel)).containsExactly("Fönstret är öppet: barnfattigdom",
				"Fönstret stängdes: barnfattigdom");

		say(channel, "U-LEAD", "signal barnfattigdom policy: Reviderad modell från Falun");
		watch.checkAll();
		watch.checkAll();
		assertThat(windowTitles(channel)).containsExactly("Fönstret är öppet: barnfattigdom",
				"Fönstret stängdes: barnfattigdom", "Fönstret är öppet: barnfattigdom");
		assertThat(opened(channel).get(1).paragraphs().get(1)).contains("• policy: Reviderad modell från Falun");

		say(channel, "U-LEAD", "ta bort signal 4");
		watch.checkAll();
		assertThat(windowTitles(channel)).hasSize(4).last().isEqualTo("Fönstret stängdes: barnfattigdom");
	}

	private List<String> windowTitles(String channel) {
		return outbox.cards(channel, "Fönstret").stream().map(Reply.Card::title).toList();
	}

	@Test
	void aSignalForAnIssueNamedInSeveralWordsIsLoggedForTheIssueSoNamed() {
		String channel = "C-RADAR-SIGNAL-WORDS";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka psykisk-ohälsa: unga mår sämre");

		assertThat(card(say(channel, "U1", "signal psykisk ohälsa problem: Ny enkät visar ökning")).paragraphs().get(0))
			.startsWith("Signal #1 i strömmen problem för *psykisk-ohälsa*");
		assertThat(card(say(channel, "U1", "signal Psykisk Ohälsa politik: Motion i fullmäktige")).paragraphs().get(0))
			.startsWith("Signal #2 i strömmen politik för *psykisk-ohälsa*");
		// Words that name no issue followed are answered as written, not by their first
		// word alone.
		assertThat(text(say(channel, "U1", "signal psykisk hälsa problem: Ny enkät")))
			.isEqualTo("Här bevakas ingen fråga som heter psykisk hälsa. Menade du *psykisk-ohälsa*?");
		assertThat(card(say(channel, "U1", "signal psykisk ohälsa policy Modell från Falun")).paragraphs().get(0))
			.startsWith("Signal #3 i strömmen policy för *psykisk-ohälsa*");
		// A one-word name misspelt before a stream is still read as one word.
		assertThat(text(say(channel, "U1", "signal psykiskohälsa problem Ett problem till problem")))
			.isEqualTo("Här bevakas ingen fråga som heter psykiskohälsa. Menade du *psykisk-ohälsa*?");
		assertThat(card(say(channel, "U1", "radar psykisk-ohälsa")).paragraphs().get(2)).contains("#3 · policy",
				"#2 · politik", "#1 · problem");
	}

	@Test
	void aNameOfSeveralWordsIsAnsweredWithTheOneWordItCanBeNotWithACalendar() {
		String channel = "C-RADAR-WORDS";
		setClock("2026-09-01T09:00");
		assertThat(text(say(channel, "U1", "bevaka psykisk ohälsa: unga mår sämre"))).isEqualTo(
				"Ett frågenamn är ett ord, med bindestreck i stället för mellanslag: skriv till exempel *bevaka psykisk-ohälsa: …*. "
						+ "Ett ord efter namnet läses som en kalender, och det finns ingen som heter ohälsa (kalendrar: falun, kommun, region).");
		assertThat(text(say(channel, "U1", "bevaka psykisk ohälsa bland unga: unga mår sämre"))).isEqualTo(
				"Ett frågenamn är ett ord, med bindestreck i stället för mellanslag: skriv till exempel *bevaka psykisk-ohälsa-bland-unga: …*.");
		assertThat(text(say(channel, "U1", "bevaka psykisk ohälsa region: unga mår sämre"))).isEqualTo(
				"Ett frågenamn är ett ord, med bindestreck i stället för mellanslag: skriv till exempel *bevaka psykisk-ohälsa region: …*.");
		assertThat(text(english(channel, "follow child poverty: economic hardship"))).isEqualTo(
				"An issue's name is one word, with dashes for spaces: write for example *follow child-poverty: …*. "
						+ "A word after the name is read as a calendar, and there is none called poverty (calendars: falun, kommun, region).");
		// A calendar's name mistyped is still answered as one.
		assertThat(text(say(channel, "U1", "bevaka ensamhet regin: ensamhet bland äldre")))
			.isEqualTo("Det finns ingen kalender som heter regin. Kalendrar: falun, kommun, region.");
		assertThat(text(say(channel, "U1", "radar"))).startsWith("Här bevakas inga frågor än.");
		assertThat(card(say(channel, "U1", "bevaka psykisk-ohälsa: unga mår sämre")).title())
			.isEqualTo("Bevakar psykisk-ohälsa");
		// Looking at it by its words finds it; stopping is asked about.
		assertThat(card(say(channel, "U1", "radar psykisk ohälsa")).title()).isEqualTo("Radar: psykisk-ohälsa");
		assertThat(text(say(channel, "U1", "sluta bevaka psykisk ohälsa")))
			.isEqualTo("Här bevakas ingen fråga som heter psykisk ohälsa. Menade du *psykisk-ohälsa*?");
		assertThat(text(say(channel, "U1", "radar psykisk hälsa")))
			.isEqualTo("Här bevakas ingen fråga som heter psykisk hälsa. Menade du *psykisk-ohälsa*?");
	}

	@Test
	void editingASignalWithADateAtTheEndRedatesItAsLoggingReadsOne() {
		String channel = "C-RADAR-REDATE";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka psykisk-ohälsa: unga mår sämre");
		say(channel, "U1", "signal psykisk-ohälsa problem: Ny enkät");
		say(channel, "U1", "signal psykisk-ohälsa problem: Gammal rapport");

		assertThat(text(say(channel, "U1", "ändra signal psykisk-ohälsa 2: Gammal rapport rättad 2025-05-01")))
			.isEqualTo("Signal #2 för psykisk-ohälsa är ändrad och daterad torsdag den 1 maj 2025.");
		assertThat(signalsIn(channel)).containsExactly("problem|Ny enkät|2026-09-01|U1",
				"problem|Gammal rapport rättad|2025-05-01|U1");
		// Only the date: the text stays.
		assertThat(text(say(channel, "U1", "ändra signal 2: 2025-06-01")))
			.isEqualTo("Signal #2 för psykisk-ohälsa är ändrad och daterad söndag den 1 juni 2025.");
		assertThat(text(say(channel, "U1", "ändra signal 2: Rättad igen 2025-06-31")))
			.startsWith("2025-06-31 är inget datum.");
		assertThat(text(say(channel, "U1", "ändra signal 2: Rättad igen 2027-10-01")))
			.startsWith("2027-10-01 ligger mer än ett år fram i tiden");
		assertThat(signalsIn(channel)).containsExactly("problem|Ny enkät|2026-09-01|U1",
				"problem|Gammal rapport rättad|2025-06-01|U1");
		// Without a date, the date stays.
		assertThat(text(say(channel, "U1", "ändra signal 1: Ny enkät om unga")))
			.isEqualTo("Signal #1 för psykisk-ohälsa är ändrad.");
		assertThat(signalsIn(channel)).first().isEqualTo("problem|Ny enkät om unga|2026-09-01|U1");
	}

	@Test
	void aSignalBeforeThePicturesFirstDayWhoseSpanReachesIntoItKeepsItsDot() throws Exception {
		String channel = "C-RADAR-EDGE";
		// The picture begins 1 March 2026; a problem signal of 28 February is live until
		// 28 June.
		setClock("2026-12-07T09:00");
		say(channel, "U1", "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "U1", "signal barnfattigdom problem: Rapport 2026-02-28");
		say(channel, "U1", "signal barnfattigdom politik: Mycket gammal motion 2025-10-01");
		String png = card(say(channel, "U1", "radar barnfattigdom")).imageUrl();

		String svg = get(png.substring(png.indexOf("/radar/")).replace(".png", ".svg")).body();
		assertThat(svg.split("<ellipse", -1))
			.as("one dot: the signal whose span is shaded, none for the one whose is not")
			.hasSize(2);
	}

	@Test
	void theLogNamesASignalByItsIssuesNumberAndNeverByItsText(CapturedOutput output) {
		String channel = "C-RADAR-LOG";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka loggad: ekonomisk utsatthet bland barn");
		say(channel, "U1", "signal loggad problem: Hemlig siffra");
		say(channel, "U1", "ändra signal loggad 1: Hemligare siffra");
		say(channel, "U1", "ta bort signal loggad 1");

		assertThat(output.getAll())
			.containsPattern("Signal #1 \\(id \\d+\\) in the problem stream logged for issue [-0-9a-f]{36}")
			.containsPattern("Signal #1 \\(id \\d+\\) of issue [-0-9a-f]{36} edited")
			.containsPattern("Signal #1 \\(id \\d+\\) of issue [-0-9a-f]{36} deleted")
			.doesNotContain("Hemlig");
	}

	@Test
	void theReminderOfADecisionPointListsTheIssuesFollowedThereWhoseWindowIsOpenOrNearlyOpen() {
		String channel = "C-RADAR-REMIND";
		setClock("2026-07-01T10:00");
		say(channel, "U-LEAD", "prenumerera kommun");
		say(channel, "U-LEAD", "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say(channel, "U-LEAD", "bevaka ensamhet: ofrivillig ensamhet bland äldre");
		say(channel, "U-LEAD", "bevaka regionfraga region: följs mot regionens kalender");
		say(channel, "U-LEAD", "bevaka tyst: inga signaler än");
		for (String issue : List.of("barnfattigdom", "ensamhet", "regionfraga")) {
			say(channel, "U-LEAD", "signal " + issue + " politik: Motion i fullmäktige");
			say(channel, "U-LEAD", "signal " + issue + " problem: HLV 2026 visar ökning");
		}
		say(channel, "U-LEAD", "signal barnfattigdom policy: Kostnadsberäknad modell från Falun");
		say("C-RADAR-REMIND-OTHER", "U-LEAD", "bevaka annanstans: följs i en annan kanal");

		// The deadline's three-weeks reminder: the window of barnfattigdom opens that
		// day.
		setClock("2026-09-14T10:00");
		reminders.sendDue();

		List<Reply.Card> reminded = outbox.cards(channel, "Sista dag för underlag till budgetförslaget");
		assertThat(reminded).hasSize(1);
		assertThat(reminded.get(0).paragraphs()).contains("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: fönstret är öppet till och med den 5 oktober, alla tre strömmarna är levande.
				• *ensamhet*: nästan öppet, policy saknas.""");
		assertThat(String.join("\n", reminded.get(0).paragraphs())).doesNotContain("regionfraga", "tyst", "annanstans");
	}

	/**
	 * On 5 October the budget's window opens, eight weeks ahead, while the deadline's is
	 * still open: the budget's reminder that day says its window is open (it said "öppnas
	 * den 5 oktober", reading the deadline's as the issue's only open window), and until
	 * the day two streams' signals grow too old, before the budget. The note's lines are
	 * a list, which keeps the short date ("den 29 oktober"); running prose has the long
	 * one.
	 */
	@Test
	void onTheDayTheBudgetsWindowOpensItsReminderSaysItIsOpenAndUntilWhen() {
		String channel = "C-RADAR-WAITING";
		setClock("2026-07-01T10:00");
		say(channel, "U-LEAD", "prenumerera kommun");
		say(channel, "U-LEAD", "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say(channel, "U-LEAD", "signal barnfattigdom politik: Motion i fullmäktige");
		say(channel, "U-LEAD", "signal barnfattigdom problem: HLV 2026 visar ökning");
		say(channel, "U-LEAD", "signal barnfattigdom policy: Kostnadsberäknad modell från Falun");

		setClock("2026-10-05T10:00");
		reminders.sendDue();

		List<Reply.Card> reminded = outbox.cards(channel, "Fullmäktige beslutar om budget –");
		assertThat(reminded).hasSize(1);
		assertThat(reminded.get(0).paragraphs()).contains("""
				Bevakade frågor som kan landa här:
				• *barnfattigdom*: fönstret är öppet till och med den 29 oktober, alla tre strömmarna är levande; \
				sedan behövs en ny signal för problem och politik.""");
	}

	@Test
	void aDataReleaseIsOfferedOnceToIssuesFollowingItsCalendarAndLoggedOnlyWhenSomeoneWritesTheFigures() {
		String channel = "C-RADAR-SUGGEST";
		setClock("2026-06-01T09:00");
		say(channel, "U-LEAD", "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say(channel, "U-LEAD", "bevaka regionfraga region: följs mot regionens kalender");

		// A week before the results of Hälsa på lika villkor (15 June), twice: offered
		// once.
		setClock("2026-06-08T03:10");
		suggestions.offerDue();
		suggestions.offerDue();
		List<Reply.Card> offered = outbox.cards(channel, "Signalförslag");
		assertThat(offered).extracting(Reply.Card::title).containsExactly("Signalförslag: barnfattigdom");
		assertThat(offered.get(0).paragraphs().get(0)).isEqualTo(
				"Resultat från Hälsa på lika villkor publiceras måndag den 15 juni 2026. Vill du lägga in siffrorna för *barnfattigdom*?");
		assertThat(signalsIn(channel)).as("nothing is logged without a person").isEmpty();
		Reply.Action figures = offered.get(0).actions().get(0);
		assertThat(figures.inputLabel()).isEqualTo("Siffrorna för barnfattigdom [länk]");

		setClock("2026-06-16T10:00");
		Reply.Card logged = card(
				click(channel, "U-ANALYST", figures, "andelen barn i hushåll med försörjningsstöd ökade till 9 %"));
		assertThat(logged.paragraphs().get(0))
			.contains("i strömmen problem för *barnfattigdom*, daterad måndag den 15 juni 2026.");
		assertThat(signalsIn(channel)).containsExactly(
				"problem|Resultat från Hälsa på lika villkor: andelen barn i hushåll med försörjningsstöd ökade till 9 %|2026-06-15|U-ANALYST");
		suggestions.offerDue();
		assertThat(outbox.cards(channel, "Signalförslag")).hasSize(1);
	}

	@Test
	void retentionDeletesSignalsLoggedLongAgoAndIssuesWithNothingLeftAsForChains() {
		String channel = "C-RADAR-OLD";
		setClock("2024-01-10T09:00");
		say(channel, "U1", "bevaka gammal: inget loggat sedan 2024");
		say(channel, "U1", "signal gammal problem: Gammal siffra");
		say(channel, "U1", "bevaka levande: loggas fortfarande");
		say(channel, "U1", "signal levande problem: Gammal siffra");
		setClock("2026-03-01T09:00");
		say(channel, "U1", "signal levande politik: Ny motion");

		retention.deleteExpired();

		assertThat(text(say(channel, "U1", "radar gammal")))
			.isEqualTo("Här bevakas ingen fråga som heter gammal. Frågor här: levande.");
		assertThat(signalsIn(channel)).containsExactly("politik|Ny motion|2026-03-01|U1");
	}

	@Test
	void theRadarSpeaksEnglishWhenAskedTo() {
		String channel = "C-RADAR-EN";
		setClock("2026-09-01T09:00");
		Reply.Card followed = card(english(channel, "follow loneliness: involuntary loneliness among the elderly"));
		assertThat(followed.title()).isEqualTo("Following loneliness");
		assertThat(followed.paragraphs().get(0))
			.isEqualTo("Fyren now follows *loneliness* against the calendar kommun.");
		assertThat(followed.actions()).extracting(Reply.Action::label)
			.containsExactly("New signal: problem", "New signal: politics", "New signal: policy");
		Reply.Card logged = card(english(channel, "signal loneliness politics: A motion on loneliness"));
		assertThat(logged.paragraphs().get(0))
			.contains("in the politics stream for *loneliness*, dated Tuesday 1 September 2026.");
		// Its dates in running prose read as the year wheel's English ones do.
		assertThat(logged.paragraphs().get(1)).contains("Problem missing", "politics ✓", "policy missing")
			.endsWith(" before sista dag för underlag till budgetförslaget on Monday 5 October 2026.");
		assertThat(((Reply.HelpReply) english(channel, "help")).text())
			.contains("*follow <name>: <description>* – follow an issue through Kingdon", "(*radar <name>* shows");
		assertThat(((Reply.HelpReply) say(channel, "U1", "hjälp")).text()).contains(
				"*bevaka <namn>: <beskrivning>* – följ en fråga genom Kingdons tre strömmar", "(*radar <namn>* visar");
	}

	private Reply english(String channel, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, "U-EN", channel, text, Locale.ENGLISH));
	}

	private List<String> signalsIn(String channel) {
		return jdbc.sql("""
				select s.stream, s.text, s.happened_on, s.logged_by from radar_signal s
				join radar_issue i on i.id = s.issue_id where i.place = :place order by s.id""")
			.param("place", "slack:" + channel)
			.query((rs, row) -> String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	@Test
	void passagesOfferedForASignalComeFromThePlacesCollectionsAndNeverFromAnotherPlacesPrivateOnes() {
		await().atMost(Duration.ofSeconds(120)).until(knowledge::hasIndex);
		add("Fritidskort Borlänge.txt", """
				Fritidskort för barn i Borlänge

				Kommunens kostnadsberäknade modell för fritidskort ger barn i ekonomiskt utsatta familjer
				en avgiftsfri fritidsaktivitet per termin. Fritidskortet kostar 1,2 miljoner kronor om året.
				""", new Place(Channel.SLACK, null, "C-BORLANGE", true));
		add("Fritidskort hemligt.txt", """
				Hemligt om fritidskort

				Ett utkast om fritidskort för barn i ekonomiskt utsatta familjer som bara finns i ett
				direktmeddelande. Fritidskortet prövas i Kvarnbäcken.
				""", new Place(Channel.SLACK, null, "D-RADAR-SECRET", false));
		setClock("2026-09-01T09:00");
		String issue = "bevaka fritidskort: fritidskort för barn i ekonomiskt utsatta familjer";
		String signal = "signal fritidskort policy: Kostnadsberäknad modell för fritidskort";

		say("C-BORLANGE", "U1", issue);
		Reply.Card team = card(say("C-BORLANGE", "U1", signal));
		say("C-RADAR-NOT-BORLANGE", "U1", issue);
		Reply.Card elsewhere = card(say("C-RADAR-NOT-BORLANGE", "U1", signal));

		assertThat(team.sources()).extracting(Reply.Source::title)
			.contains("Fritidskort Borlänge")
			.doesNotContain("Fritidskort hemligt");
		assertThat(elsewhere.sources()).extracting(Reply.Source::title)
			.doesNotContain("Fritidskort Borlänge", "Fritidskort hemligt");
		// The team cites its own document with the button the card offered for it.
		int offered = team.sources().stream().map(Reply.Source::title).toList().indexOf("Fritidskort Borlänge");
		assertThat(text(click("C-BORLANGE", "U1", team.actions().get(offered), null)))
			.isEqualTo("Signal #1 citerar nu " + team.sources().get(offered).label() + ".");
	}

	private void add(String name, String content, Place place) {
		DocumentLibrary.Intake intake = documents
			.add(new Upload(name, content.getBytes(StandardCharsets.UTF_8), "slack:U1", null), place);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> documents.intake(intake.id()).map(DocumentLibrary.Intake::finished).orElse(false));
		assertThat(documents.intake(intake.id()).orElseThrow().outcome().done()).isTrue();
	}

	@Test
	void badInputIsAnsweredInSwedishWithWhatWasMeant() {
		String channel = "C-RADAR-BAD";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		assertThat(text(say(channel, "U1", "bevaka ensamhet")))
			.startsWith("Skriv så här: *bevaka <namn>: <kort beskrivning>*");
		assertThat(text(say(channel, "U1", "signal barnfatigdom problem: HLV")))
			.isEqualTo("Här bevakas ingen fråga som heter barnfatigdom. Menade du *barnfattigdom*?");
		assertThat(text(say(channel, "U1", "signal barnfattigdom problem:")))
			.startsWith("Signalen är tom. Skriv vad som hänt efter kolonet");
		assertThat(text(say(channel, "U1", "signal barnfattigdom poltik: motion")))
			.isEqualTo("Poltik är ingen ström. Menade du *politik*? Strömmarna heter problem, politik och policy.");
		assertThat(text(say(channel, "U1", "signal barnfattigdom ekonomi: budgeten stramas åt")))
			.isEqualTo("Ekonomi är ingen ström. Strömmarna heter problem, politik och policy.");
		assertThat(text(say(channel, "U1", "signal barnfattigdom policy: modell 2027-09-02")))
			.startsWith("2027-09-02 ligger mer än ett år fram i tiden (i dag är det den 1 september 2026).");
		assertThat(text(say(channel, "U1", "signal barnfattigdom policy: modell 2026-13-40")))
			.startsWith("2026-13-40 är inget datum.");
		// A day the month does not have is no date either, not the month's last.
		assertThat(text(say(channel, "U1", "signal barnfattigdom problem: Fel datum 2026-02-30")))
			.isEqualTo("2026-02-30 är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-10-12.");
		assertThat(text(say(channel, "U1", "signal barnfattigdom problem: Fel datum 2025-02-29")))
			.startsWith("2025-02-29 är inget datum.");
		assertThat(text(say(channel, "U1", "signal barnfattigdom problem: Fel datum 2026-04-31")))
			.startsWith("2026-04-31 är inget datum.");
		assertThat(text(say(channel, "U1", "bevaka barnfattigdom: igen")))
			.startsWith("Frågan barnfattigdom bevakas redan här.");
		assertThat(text(say(channel, "U1", "bevaka ensamhet saturnus: ensamhet bland äldre")))
			.endsWith("det finns ingen som heter saturnus (kalendrar: falun, kommun, region).");
		assertThat(text(say("C-RADAR-EMPTY", "U1", "radar"))).startsWith("Här bevakas inga frågor än.");
		assertThat(jdbc
			.sql("select count(*) from radar_signal s join radar_issue i on i.id = s.issue_id where i.place = 'slack:"
					+ channel + "'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void radarListsEveryIssueAndShowsOneWithSignalsDecisionPointsAdvicePictureAndExports() {
		String channel = "C-RADAR-SHOW";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka barnfattigdom: ekonomisk utsatthet bland barn i Borlänge");
		say(channel, "U1", "bevaka ensamhet region: ofrivillig ensamhet bland äldre");
		say(channel, "U1", "signal barnfattigdom problem: HLV 2026 visar ökning 2026-08-20");

		Reply.Card list = card(say(channel, "U1", "radar"));
		assertThat(list.title()).isEqualTo("Bevakade frågor");
		assertThat(list.paragraphs().get(0)).startsWith("*barnfattigdom* – Problem ✓ (HLV 2026 visar …, 20 augusti)");
		assertThat(list.paragraphs().get(1)).startsWith("*ensamhet* – Problem saknas");

		Reply.Card shown = card(say(channel, "U1", "radar barnfattigdom"));
		assertThat(shown.title()).isEqualTo("Radar: barnfattigdom");
		assertThat(shown.paragraphs().get(0)).isEqualTo("ekonomisk utsatthet bland barn i Borlänge · kalender kommun");
		assertThat(shown.paragraphs().get(2)).startsWith("*Signaler*\n• #")
			.contains("problem · 20 augusti 2026 · HLV 2026 visar ökning");
		assertThat(shown.paragraphs().get(3)).startsWith(
				"*Beslutspunkter framåt*\n• Sista dag för underlag till budgetförslaget, 5 oktober 2026 (fönstret bevakas från och med den 14 september)");
		assertThat(shown.sources()).as("the manual's advice for the missing streams").isNotEmpty();
		// The manual's 3.1 and 3.1.1 begin with the same passage: cited once.
		assertThat(shown.sources()).extracting(source -> source.passage().replaceAll("\\s+", " ").strip())
			.doesNotHaveDuplicates();
		assertThat(shown.imageUrl()).matches(".*/radar/[-0-9a-f]{36}\\.png\\?key=[-_A-Za-z0-9]{22}");
		assertThat(shown.links()).extracting(Reply.Link::label)
			.containsExactly("Ladda ner som Markdown", "Ladda ner som CSV (kalkylark)", "Öppna bilden i full storlek");
		assertThat(shown.links()).extracting(Reply.Link::url)
			.allMatch(url -> url.matches(".*/(api/)?radar/[-0-9a-f]{36}\\.(md|csv|svg)\\?key=[-_A-Za-z0-9]{22}"));
		assertThat(String.join("\n", shown.paragraphs())).as("the key is in the links only").doesNotContain("key=");
		assertThat(card(say(channel, "U1", "radar ensamhet")).paragraphs().get(0)).endsWith("kalender region");
	}

	@Test
	void onlyItsAuthorOrTheIssuesCreatorChangesASignal() {
		String channel = "C-RADAR-EDIT";
		setClock("2026-09-01T09:00");
		say(channel, "U-CREATOR", "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "U-AUTHOR", "signal barnfattigdom problem: HLV 2026 visar ökning");
		say("C-RADAR-ELSEWHERE", "U-AUTHOR", "bevaka barnfattigdom: samma fråga i en annan kanal");
		say("C-RADAR-ELSEWHERE", "U-AUTHOR", "signal barnfattigdom problem: HLV 2026 visar ökning");

		assertThat(text(say(channel, "U-OTHER", "ändra signal 1: något annat"))).isEqualTo(
				"Bara den som lade in signal #1, eller den som började bevaka frågan, kan ändra, citera eller ta bort den.");
		assertThat(text(say(channel, "U-OTHER", "ta bort signal 1"))).startsWith("Bara den som lade in");
		assertThat(text(say("C-RADAR-ELSEWHERE", "U-AUTHOR", "ta bort signal 2")))
			.isEqualTo("Här finns ingen signal #2.");
		assertThat(text(say(channel, "U-AUTHOR", "ändra signal 1: HLV 2026: 9 procent")))
			.isEqualTo("Signal #1 för barnfattigdom är ändrad.");
		assertThat(signalsIn(channel)).containsExactly("problem|HLV 2026: 9 procent|2026-09-01|U-AUTHOR");
		// A text that opens with a figure is no issue's name before the number.
		assertThat(text(say(channel, "U-AUTHOR", "ändra signal 1 2026 steg andelen till 9 procent")))
			.isEqualTo("Signal #1 för barnfattigdom är ändrad.");
		assertThat(signalsIn(channel)).containsExactly("problem|2026 steg andelen till 9 procent|2026-09-01|U-AUTHOR");
		assertThat(text(say(channel, "U-AUTHOR", "ändra signal 1: HLV 2026: 9 procent")))
			.isEqualTo("Signal #1 för barnfattigdom är ändrad.");
		assertThat(signalsIn("C-RADAR-ELSEWHERE")).as("the other channel's #1")
			.containsExactly("problem|HLV 2026 visar ökning|2026-09-01|U-AUTHOR");
		assertThat(text(say(channel, "U-OTHER", "sluta bevaka barnfattigdom")))
			.isEqualTo("Bara den som började bevaka barnfattigdom kan sluta bevaka den.");
		assertThat(text(say(channel, "U-CREATOR", "ta bort signal 1")))
			.isEqualTo("Signal #1 för barnfattigdom är borttagen.");
		assertThat(text(say(channel, "U-CREATOR", "sluta bevaka barnfattigdom")))
			.startsWith("Fyren bevakar inte längre barnfattigdom");
		assertThat(text(say(channel, "U-CREATOR", "radar"))).startsWith("Här bevakas inga frågor än.");
	}

	@Test
	void signalsAreNumberedPerIssueAndANumberTwoIssuesShareIsAskedAbout() {
		String channel = "C-RADAR-NUMBERS";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "U1", "signal barnfattigdom problem: HLV 2026 visar ökning");
		say(channel, "U1", "signal barnfattigdom politik: Motion i fullmäktige");
		say(channel, "U1", "bevaka ensamhet: ofrivillig ensamhet bland äldre");

		Reply.Card first = card(say(channel, "U1", "signal ensamhet problem: Enkät om ensamhet"));
		assertThat(first.paragraphs().get(0)).startsWith("Signal #1 i strömmen problem för *ensamhet*");
		assertThat(text(say(channel, "U1", "ta bort signal 2"))).isEqualTo("Signal #2 för barnfattigdom är borttagen.");
		assertThat(text(say(channel, "U1", "ändra signal 1: något annat"))).isEqualTo(
				"Flera frågor här har en signal #1: barnfattigdom, ensamhet. Skriv frågans namn före numret, till exempel *ändra signal barnfattigdom 1: <ny text>* eller *ta bort signal barnfattigdom 1*.");
		assertThat(text(say(channel, "U1", "ändra signal ensamhet 1: Enkät: var femte äldre är ensam")))
			.isEqualTo("Signal #1 för ensamhet är ändrad.");
		assertThat(text(say(channel, "U1", "ta bort signal ensamhet 2")))
			.isEqualTo("Frågan ensamhet har ingen signal #2.");
		assertThat(text(say(channel, "U1", "ta bort signal ensamheten 1")))
			.isEqualTo("Här bevakas ingen fråga som heter ensamheten. Menade du *ensamhet*?");
		// A deleted signal's number is not given again.
		assertThat(card(say(channel, "U1", "signal barnfattigdom policy: Modell från Falun")).paragraphs().get(0))
			.startsWith("Signal #3 i strömmen policy för *barnfattigdom*");
		assertThat(card(say(channel, "U1", "radar barnfattigdom")).paragraphs().get(2))
			.startsWith("*Signaler*\n• #3 · policy · 1 september 2026 · Modell från Falun\n• #1 · problem");
	}

	@Test
	void signalFormButtonLogsASignalAndACitedPassageGoesIntoTheExport() throws Exception {
		String channel = "C-RADAR-FORM";
		setClock("2026-09-01T09:00");
		Reply.Card followed = card(
				say(channel, "U1", "bevaka barnfattigdom: ekonomisk utsatthet bland barn och hälsa"));
		Reply.Action problem = followed.actions().get(0);
		assertThat(problem.label()).isEqualTo("Ny signal: problem");
		assertThat(problem.inputLabel()).isNotBlank();

		Reply.Card logged = card(
				click(channel, "U1", problem, "HLV 2026 visar ökning 2026-08-20 https://example.se/hlv"));
		assertThat(logged.paragraphs().get(0))
			.contains("i strömmen problem för *barnfattigdom*, daterad torsdag den 20 augusti 2026.");
		assertThat(logged.sources()).isNotEmpty();
		Reply.Action cite = logged.actions().get(0);
		assertThat(cite.id()).isEqualTo(RadarCards.CITE);
		Reply.Source cited = logged.sources().get(0);
		assertThat(cited.label()).as("report and section, as an answer's source").startsWith(cited.title() + " – ");
		assertThat(text(click(channel, "U1", cite, null))).isEqualTo("Signal #1 citerar nu " + cited.label() + ".");
		assertThat(card(say(channel, "U1", "radar barnfattigdom")).paragraphs().get(2))
			.endsWith("(citerar " + cited.label() + ")");

		String issueId = problem.value().split("\\|")[0];
		String key = jdbc.sql("select export_key from radar_issue where id = :id")
			.param("id", issueId)
			.query(String.class)
			.single();
		HttpResponse<String> md = get("/api/radar/" + issueId + ".md?key=" + key);
		assertThat(md.statusCode()).isEqualTo(200);
		assertThat(md.body()).isEqualTo(
				"""
						# Radar: barnfattigdom

						Beskrivning: ekonomisk utsatthet bland barn och hälsa \s
						Kalender: kommun \s
						Bevakas sedan: 1 september 2026

						Läge 1 september 2026: Problem ✓ (HLV 2026 visar …, 20 augusti), politik saknas, policy saknas → knyt frågan till en politisk prioritering \
						(majoritetens program, en motion, en ny ordförande) och ta fram ett kostnadsberäknat förslag före sista dag \
						för underlag till budgetförslaget, måndag den 5 oktober 2026.

						## Signaler

						- #1 · problem · 2026-08-20 · HLV 2026 visar ökning (<https://example.se/hlv>)
						  > %s — %s

						## Fönster

						Inga.
						"""
					.formatted(MarkdownText.inert(cited.passage().replace("\r", "").replace("\n", " ")),
							cited.label()));
		HttpResponse<String> csv = get("/api/radar/" + issueId + ".csv?key=" + key);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).isEqualTo("\uFEFFNr;Ström;Datum;Signal;Länk;Citerar\r\n"
				+ "1;problem;2026-08-20;HLV 2026 visar ökning;https://example.se/hlv;" + csvField(cited.label())
				+ "\r\n");
		assertThat(get("/api/radar/" + issueId + ".csv?key=wrong").statusCode()).isEqualTo(404);
		assertThat(get("/api/radar/" + issueId + ".md").statusCode()).isEqualTo(404);
	}

	@Test
	void theMarkdownExportKeepsWhatPeopleWroteReadableButInert() throws Exception {
		// Many Markdown viewers pass HTML through: a signal's script must not run in the
		// reader's browser, nor its text dress up a link.
		String channel = "C-RADAR-INERT";
		setClock("2026-09-01T09:00");
		say(channel, "U1", "bevaka barnfattigdom: <b>utsatthet</b> bland barn");
		say(channel, "U1",
				"signal barnfattigdom problem: <script>alert(1)</script> [klicka här](https://example.se/x)");
		Map<String, Object> issue = jdbc.sql("select id, export_key from radar_issue where place like :place")
			.param("place", "%" + channel + "%")
			.query()
			.singleRow();

		String md = get("/api/radar/" + issue.get("id") + ".md?key=" + issue.get("export_key")).body();

		assertThat(md).doesNotContain("<script>", "<b>", "[klicka här](")
			.contains("Problem ✓ (&lt;script&gt;alert, 1 september)",
					"&lt;script&gt;alert(1)&lt;/script&gt; \\[klicka här\\](https://example.se/x)",
					"&lt;b&gt;utsatthet&lt;/b&gt; bland barn");
	}

	@Test
	void pictureIsWellFormedSvgAndADecodablePngWithTheIssuesKeyOnly() throws Exception {
		String channel = "C-RADAR-PICTURE";
		setClock("2026-09-20T09:00");
		say(channel, "U1", "bevaka barnfattigdom: ekonomisk utsatthet bland barn");
		say(channel, "U1", "signal barnfattigdom problem: HLV 2026 2026-08-20");
		say(channel, "U1", "signal barnfattigdom politik: Motion 2026-07-01");
		Reply.Card shown = card(say(channel, "U1", "signal barnfattigdom policy: Modell från Falun"));
		String png = card(say(channel, "U1", "radar barnfattigdom")).imageUrl();
		String path = png.substring(png.indexOf("/radar/"));

		HttpResponse<String> svg = get(path.replace(".png", ".svg"));
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg.body())));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		assertThat(svg.body()).contains("barnfattigdom", "Problem", "Politik", "Policy", "fönster");

		HttpResponse<byte[]> image = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(image.statusCode()).isEqualTo(200);
		var decoded = ImageIO.read(new ByteArrayInputStream(image.body()));
		assertThat(decoded.getWidth()).isEqualTo(RadarPicture.WIDTH);
		assertThat(decoded.getHeight()).isEqualTo(RadarPicture.HEIGHT);
		assertThat(get(path.replaceAll("key=.*", "key=nope")).statusCode()).isEqualTo(404);
		assertThat(shown.title()).isEqualTo("Signal för barnfattigdom");
	}

	private static String csvField(String value) {
		return value.contains(";") || value.contains(",") || value.contains("\"")
				? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

	private List<Reply.Card> opened(String channel) {
		return outbox.cards(channel, "Fönstret är öppet");
	}

	private Reply say(String channel, String user, String text) {
		return conversation.handle(new Inbound(Channel.SLACK, user, channel, text, Inbound.SWEDISH));
	}

	private Reply click(String channel, String user, Reply.Action action, String input) {
		return conversation
			.click(new Clicked(new Destination(Channel.SLACK, channel, null), user, null, action.id(), action.value(),
					input, Inbound.SWEDISH))
			.orElseThrow();
	}

	private static Reply.Card card(Reply reply) {
		assertThat(reply).isInstanceOf(Reply.Card.class);
		return (Reply.Card) reply;
	}

	private static String text(Reply reply) {
		assertThat(reply).isInstanceOf(Reply.TextReply.class);
		return ((Reply.TextReply) reply).text();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
