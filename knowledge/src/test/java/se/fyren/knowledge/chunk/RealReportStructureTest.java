package se.fyren.knowledge.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.MetadataCatalog;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportLoader;

/**
 * The section titles the chunker finds in the real reports are headings: no footnotes,
 * sentence fragments, meeting lines, credits, citations or page headers.
 */
class RealReportStructureTest {

	private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,2}\\s+.*\\((?:19|20)\\d{2}\\).*");

	private static final Pattern PAGE_HEADER = Pattern.compile(
			".*(?:\\b\\d{1,3}\\s*\\(\\d{1,3}\\)|\\b(?:19|20)\\d{2}-\\d{2}-\\d{2}\\b|\\b\\p{Lu}{1,5}\\s?(?:19|20)\\d{2}/\\d+).*");

	private static final Pattern MEETING_LINE = Pattern.compile(
			"(?iu).*\\b(?:möte|mötet)\\b.*\\b\\d{1,2}\\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b.*");

	private static final Pattern LINK = Pattern.compile(".*(?:https?://|www\\.|§).*");

	private static final Set<String> DANGLING = Set.of("i", "för", "och", "av", "med", "till", "på", "om", "att", "som",
			"en", "ett", "den", "det", "från", "kring");

	static List<Report> corpus;

	@BeforeAll
	static void loadCorpus() throws Exception {
		MetadataCatalog metadata = new MetadataCatalog();
		metadata.load(SharedData.CORPUS);
		ReportLoader loader = new ReportLoader();
		corpus = new ArrayList<>();
		try (Stream<Path> files = Files.list(SharedData.CORPUS)) {
			for (Path file : files.filter(DocumentReader::isReport).sorted().toList()) {
				corpus.add(loader.load(file, metadata.find(DocumentReader.docId(file.getFileName().toString()))));
			}
		}
	}

	@Test
	void noSectionTitleOfARealReportIsAFootnoteFragmentMeetingLineOrPageHeader() {
		for (Report report : corpus) {
			Set<String> titles = titles(report);
			System.out.println(report.docId() + ": " + titles);
			assertThat(titles).as(report.docId())
				.noneMatch(title -> FOOTNOTE.matcher(title).matches())
				.noneMatch(title -> PAGE_HEADER.matcher(title).matches())
				.noneMatch(title -> MEETING_LINE.matcher(title).matches())
				.noneMatch(title -> LINK.matcher(title).matches())
				.noneMatch(RealReportStructureTest::endsMidSentence)
				.noneMatch(title -> title.contains("\t"));
		}
	}

	@Test
	void namedFragmentsCreditsAndSignaturesOfTheRealReportsAreNotSections() {
		Set<String> titles = new LinkedHashSet<>();
		corpus.forEach(report -> titles.addAll(titles(report)));

		assertThat(titles).doesNotContain("Detta är slutrapporten för Samling för social hållbarhet i",
				"NÄSTA MÖTE DEN 24 NOVEMBER VÅRDCENTRALEN", "Sociala innovationer: Mikael Källman, Region Dalarna",
				"Suzanna Westberg", "Regeringsformen, SFS 2011:109, 1 kap., § 2");
		assertThat(titles).noneMatch(title -> title.startsWith("4 Palmberg Broryd"));
	}

	@Test
	void trueHeadingsOfTheRealReportsAreSectionsWithTheirWholeTitle() {
		Set<String> titles = new LinkedHashSet<>();
		corpus.forEach(report -> titles.addAll(titles(report)));

		assertThat(titles).contains("3 Resultat",
				"3.1 Inspel från dialoger kring att sätta mål och ta fram handlingsplan",
				"1 Lärprojektet Dalarna har inte råd med fattigdom - Styra och leda för jämlika livsvillkor",
				"3.1.1 SKAPA MÖJLIGHETSFÖNSTER", "Dialogfrågor", "Kapitel 4", "Samlingens fyra temaområden",
				"Bilaga: Utskrivningsklara dagar och God och jämlik hälsa i ett hållbart Dalarna");
	}

	@Test
	void theCleanedReportsHoldNoRunningHeaderOrFootnote() {
		Report dalalab = corpus.stream().filter(r -> r.docId().startsWith("dalalab")).findFirst().orElseThrow();

		assertThat(dalalab.cleanedText()).doesNotContain("RS 2024/1156")
			.doesNotContain("10 (11)")
			.doesNotContain("Komplexitet: enklare navigerat");
	}

	@Test
	void everyPassageCarriesTheFullPathOfItsSection() {
		Report manual = corpus.stream().filter(r -> r.docId().startsWith("jamlik-halsa")).findFirst().orElseThrow();

		assertThat(manual.passages()).extracting(Passage::section)
			.contains(
					"3 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1.1 SKAPA MÖJLIGHETSFÖNSTER");
	}

	@Test
	void aHeadingInOrdinaryCaseUnderOneInCapitalsIsPartOfItsSection() {
		// Before, the dialogue questions stood beside their case, not in it: the
		// section path of "Dialogfrågor" named no dialogue chain.
		Report manual = corpus.stream().filter(r -> r.docId().startsWith("jamlik-halsa")).findFirst().orElseThrow();

		assertThat(manual.passages()).filteredOn(p -> p.text().contains("Vad är ert huvudsakliga uppdrag och mål?"))
			.extracting(Passage::section)
			.containsOnly("3 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1.3 NÅ FRAM MED DATA"
					+ " › FALLBESKRIVNING 2 DIALOGKEDJA SOM INVOLVERAR OCH ENGAGERAR › Dialogfrågor");
		// The next case in capitals is the case's sibling, not its piece.
		assertThat(manual.passages()).filteredOn(p -> p.text().startsWith("Av de fem viljeinriktningarna"))
			.extracting(Passage::section)
			.containsOnly("3 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1.3 NÅ FRAM MED DATA"
					+ " › FALLBESKRIVNING 3 HELSINGBORGS KOMMUN");
		// Capitals that number no part are a figure's labels or a short heading of their
		// own: the headings after them are not theirs.
		assertThat(manual.passages()).extracting(Passage::section).contains("VEM?");
		Report samling = corpus.stream().filter(r -> r.docId().startsWith("samling")).findFirst().orElseThrow();
		assertThat(samling.passages()).extracting(Passage::section)
			.contains("Kommunanalysgrupp")
			.noneMatch(section -> section.startsWith("PLANERING UPPFÖLJNING OCH ANALYS ÅTGÄRDER ›"));
	}

	@Test
	void aPagesBannerHeadsTheHeadingBelowIt() {
		// Before, "Kommunsida – Smedjebacken" ran on as the last words of the page
		// before, and its place was named in no passage about Smedjebacken's
		// Motivationslyftet.
		Report samling = corpus.stream().filter(r -> r.docId().startsWith("samling")).findFirst().orElseThrow();

		assertThat(samling.passages()).filteredOn(p -> p.text().contains("Nio pedagoger"))
			.extracting(Passage::section)
			.containsOnly("Kommunsida – Smedjebacken › Motivationslyftet");
		assertThat(samling.passages()).extracting(Passage::section)
			.contains("Åtgärdsområde 2 › Stärk förskolans betydelse för social jämlikhet",
					"Kommunsida – Mora" + " › Stimulans till innovation för omställning till Hållbara Mora");
		// A wrapped title under its banner stays text; the banner names the section.
		// A title wrapped under its banner is the heading below it.
		assertThat(samling.passages()).extracting(Passage::section)
			.contains("Åtgärdsområde 23 › Utveckla samverkan och samordning mellan vård- och omsorgsgivare",
					"Åtgärdsområde 7 › Förhindra skolmisslyckanden, elevers skolavhopp och öka närvaron");
		assertThat(samling.passages()).noneMatch(p -> p.text().contains("skolutveckling. Kommunsida"));
	}

	@Test
	void aSectionNamedByAWordAndItsNumberIsAHeadingThoughABlankLineFollowsIt() {
		// Before, the eight target areas ran on under "Princip 1", and the list of
		// what is central to each named neither the area nor its number.
		Report samling = corpus.stream().filter(r -> r.docId().startsWith("samling")).findFirst().orElseThrow();

		assertThat(samling.passages()).filteredOn(p -> p.text().contains("en god lärandemiljö i skolan"))
			.extracting(Passage::section)
			.singleElement()
			.asString()
			.endsWith("Målområde 2. Kompetenser, kunskaper och utbildning");
		// All eight, the fifth too, which follows the fourth's last item with no blank
		// line.
		List<String> sectionStarts = samling.passages()
			.stream()
			.flatMap(p -> p.sections().stream())
			.map(Passage.SectionStart::path)
			.toList();
		for (int area = 1; area <= 8; area++) {
			String heading = "Målområde " + area + ". ";
			assertThat(sectionStarts).as(heading).anyMatch(path -> path.contains(heading));
		}
		assertThat(samling.passages()).filteredOn(p -> p.text().contains("bostadsområden som är socialt hållbara"))
			.extracting(p -> p.sectionAt(p.text().indexOf("bostadsområden som är socialt hållbara")))
			.allSatisfy(section -> assertThat(section).endsWith("Målområde 5. Boende och närmiljö"));
	}

	@Test
	void aShortLineSetApartBetweenParagraphsOfProseIsAHeading() {
		// The Leksand notes set every paragraph, headings too, between blank lines: the
		// attached proposal's sections ran on under the attachment's title.
		Report leksand = corpus.stream().filter(r -> r.docId().startsWith("leksand")).findFirst().orElseThrow();

		String sentence = "Det är särskilt på tre områden";
		assertThat(leksand.passages()).filteredOn(p -> p.text().contains(sentence))
			.extracting(p -> p.sectionAt(p.text().indexOf(sentence)))
			.isNotEmpty()
			.allSatisfy(section -> assertThat(section).endsWith("Folkhälsans strategiska betydelse"));
		// Under a heading (a chapter's title), among a table's cells or above a short
		// line, such a line is no heading.
		Set<String> titles = new LinkedHashSet<>();
		corpus.forEach(report -> titles.addAll(titles(report)));
		assertThat(titles).contains("Kapitel 4", "RIKTADE ÅTGÄRDER (RISKGRUPPER)")
			.doesNotContain("Vikten av att mäta och analysera",
					"Sociala tjänster Riktade livsstilsinsatser Riktade hälsotjänster",
					"Closing the gap in a generation");
	}

	@Test
	void listsWhoseBulletGlyphsThePdfLostStayListsWithTheirLeadIn() {
		Report samling = corpus.stream().filter(r -> r.docId().startsWith("samling")).findFirst().orElseThrow();

		assertThat(samling.passages()).anySatisfy(p -> assertThat(p.text()).contains("fyra huvudprinciperna som säger:",
				"› att alla barn har samma rättigheter och lika värde",
				"› att alla barn har rätt att uttrycka sina åsikter"));
		assertThat(samling.cleanedText()).contains("› Höjd livskvalitet\n\n› Ökad jämlikhet")
			.contains("› Att vi har chefer på specialistnivå.");
	}

	@Test
	void aContactBlockIsNoSectionAndStaysWithThePageItCloses() {
		// "Eva Larsson" over her address was read as a wrapped title, and the block was
		// cut between its two names.
		Report samling = corpus.stream().filter(r -> r.docId().startsWith("samling")).findFirst().orElseThrow();

		assertThat(titles(samling)).noneMatch(title -> title.contains("@"));
		assertThat(samling.passages()).anySatisfy(p -> assertThat(p.text()).contains("strategi Hållbara Mora",
				"Kontaktpersoner", "eva.larsson@mora.se", "inger.skoglund-hassis@mora.se"));
		assertThat(samling.cleanedText()).doesNotContain("inger.skoglund-hassis@mora.se Ord på vägen");
	}

	@Test
	void anItemWrappedBelowABlankLineKeepsTheListsLaterItems() {
		Report samling = corpus.stream().filter(r -> r.docId().startsWith("samling")).findFirst().orElseThrow();

		assertThat(samling.cleanedText()).contains("› Varje barn ska skyddas mot alla former av utnyttjande, övergrepp "
				+ "och diskriminering.\n\n› Barn har rätt att träffa båda sina föräldrar");
	}

	private static Set<String> titles(Report report) {
		Set<String> titles = new LinkedHashSet<>();
		for (Passage passage : report.passages()) {
			if (!passage.section().isEmpty()) {
				titles.addAll(Arrays.asList(passage.section().split(" › ")));
			}
		}
		return titles;
	}

	private static boolean endsMidSentence(String title) {
		String[] words = title.strip().split("\\s+");
		return DANGLING.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
	}

}
