package se.fyren.knowledge.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.clean.Line;
import se.fyren.knowledge.clean.TextCleaner;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.MetadataCatalog;
import se.fyren.knowledge.ingest.PageText;
import se.fyren.knowledge.ingest.RawDocument;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportLoader;

/**
 * Structure and passages of the real corpus and of small texts written for one rule each.
 */
class ChunkerTest {

	static List<Report> corpus;

	@BeforeAll
	static void loadCorpus() throws Exception {
		MetadataCatalog metadata = new MetadataCatalog();
		metadata.load(SharedData.CORPUS);
		ReportLoader loader = new ReportLoader();
		try (Stream<Path> files = Files.list(SharedData.CORPUS)) {
			List<Path> reports = files.filter(DocumentReader::isReport).sorted().toList();
			corpus = new java.util.ArrayList<>();
			for (Path file : reports) {
				corpus.add(loader.load(file, metadata.find(DocumentReader.docId(file.getFileName().toString()))));
			}
		}
	}

	@Test
	void findsNumberedHeadingsAsNestedSectionPaths() {
		assertThat(sections("jamlik-halsa-sektorsovergripande-kursmanual"))
			.anyMatch(section -> section.startsWith("3 ROLLEN SOM FÖRÄNDRINGSAGENT › 3.1 ")
					&& section.endsWith(" › 3.1.1 SKAPA MÖJLIGHETSFÖNSTER"));
	}

	@Test
	void findsChapterHeadings() {
		assertThat(sections("samling-social-hallbarhet-dalarna-slutrapport-2019"))
			.anyMatch(section -> section.startsWith("Kapitel 4"));
	}

	@Test
	void findsAllCapsHeadingsUnderTheNumberedSectionTheyFollow() {
		assertThat(sections("jamlik-halsa-sektorsovergripande-kursmanual"))
			.anyMatch(section -> section.startsWith("2 SÄTTA FRÅGAN PÅ DAGORDNINGEN › 2.1 ")
					&& section.contains(" › FALLBESKRIVNING 2"));
	}

	@Test
	void aBannerHeadsTheTitleBelowItButASourceACreditOrADatedLineDoesNot() {
		List<Block> blocks = new StructureParser().parse(cleanLines("""
				Text om något annat.

				Kommunsida – Mora

				Stimulans till omställning och
				hållbara idéer i kommunen
				Mora kommun har antagit en strategi.

				Källa: SCB

				Resultat
				Andelen som röker har minskat.

				Slutrapport 2019

				Förord
				Rapporten sammanfattar arbetet.
				"""));

		assertThat(blocks).filteredOn(block -> block.kind() == Block.Kind.PARAGRAPH)
			.extracting(Block::section)
			.contains("Kommunsida – Mora › Stimulans till omställning och hållbara idéer i kommunen", "Resultat",
					"Förord")
			.noneMatch(section -> section.contains("Källa") || section.contains("2019"));
	}

	@Test
	void buildsSectionPathsFromHeadingsOfEachKind() {
		List<Block> blocks = new StructureParser().parse(cleanLines("""
				Kapitel 4

				Inledande text i kapitlet.

				4.1 SKAPA MÖJLIGHETSFÖNSTER

				Ett fönster öppnas när problem, politik och lösningar möts.

				FALLBESKRIVNING 2

				Uppsala kommun satte jämställdhet på dagordningen.

				4.2 NÅ FRAM MED DATA

				Data behöver berättas.
				"""));

		assertThat(blocks).filteredOn(block -> block.kind() == Block.Kind.HEADING)
			.extracting(Block::text)
			.containsExactly("Kapitel 4", "4.1 SKAPA MÖJLIGHETSFÖNSTER", "FALLBESKRIVNING 2", "4.2 NÅ FRAM MED DATA");
		assertThat(blocks).filteredOn(block -> block.kind() == Block.Kind.PARAGRAPH)
			.extracting(Block::section)
			.containsExactly("Kapitel 4", "Kapitel 4 › 4.1 SKAPA MÖJLIGHETSFÖNSTER",
					"Kapitel 4 › 4.1 SKAPA MÖJLIGHETSFÖNSTER › FALLBESKRIVNING 2", "Kapitel 4 › 4.2 NÅ FRAM MED DATA");
	}

	@Test
	void givesAPassageTheSectionItStartsIn() {
		String sentence = "Kommunerna arbetar tillsammans med regionen för jämlika livsvillkor i hela länet. ";
		List<Passage> passages = chunk(
				"Kapitel 4\n\n" + sentence.repeat(15) + "\n\n4.1 SKAPA MÖJLIGHETSFÖNSTER\n\n" + sentence.repeat(15));

		assertThat(passages.get(0).section()).isEqualTo("Kapitel 4");
		assertThat(passages.get(passages.size() - 1).section()).isEqualTo("Kapitel 4 › 4.1 SKAPA MÖJLIGHETSFÖNSTER");
	}

	@Test
	void knowsWhereEachSectionAPassageRunsThroughStarts() {
		// Short numbered sections run on into one passage: its sentences keep their own
		// sections, not only the one the passage opens in.
		Passage passage = report("samling-social-hallbarhet-dalarna-slutrapport-2019").passages()
			.stream()
			.filter(p -> p.text().contains("Skapa ett centrum och nätverk"))
			.findFirst()
			.orElseThrow();

		assertThat(passage.section()).startsWith("Åtgärdsområde 23");
		assertThat(passage.sectionAt(passage.text().indexOf("Skapa ett centrum och nätverk")))
			.isEqualTo("Åtgärdsområde 24 › Ge alla goda förutsättningar för att ta del av samhällsinformation"
					+ " och information om hälsofrämjande insatser");
		assertThat(passage.sectionAt(0)).isEqualTo(passage.section());
	}

	@Test
	void knowsThePageEachPartOfAPassageRunningOverAPageBreakIsOn() {
		// A sentence after the break is cited with its own page (here one whose number
		// the text does not give), not the page the passage opens on.
		List<Passage> overBreak = allPassages().stream()
			.filter(p -> p.page() != null && p.sections().stream().anyMatch(s -> !p.page().equals(s.page())))
			.toList();

		assertThat(overBreak).isNotEmpty().allSatisfy(p -> {
			Passage.SectionStart last = p.sections().get(p.sections().size() - 1);
			assertThat(p.startAt(last.offset()).page()).as(p.id()).isNotEqualTo(p.page());
			assertThat(p.startAt(0).page()).isEqualTo(p.page());
		});
	}

	@Test
	void givesEveryPassageItsOpeningSectionFirstAndItsSectionsInOrder() {
		assertThat(allPassages()).allSatisfy(p -> {
			assertThat(p.sections().get(0)).isEqualTo(new Passage.SectionStart(0, p.section(), p.page()));
			for (int i = 1; i < p.sections().size(); i++) {
				assertThat(p.sections().get(i).offset()).as(p.id())
					.isGreaterThan(p.sections().get(i - 1).offset())
					.isLessThan(p.text().length());
			}
		});
	}

	@Test
	void keepsEveryPassageWithinTheSizeLimitAndOnlyAListOrAContactBlockBeyondIt() {
		assertThat(allPassages()).allSatisfy(p -> {
			assertThat(p.text().length()).isLessThanOrEqualTo(Passage.MAX_LIST_CHARS);
			if (p.text().length() > Passage.MAX_CHARS) {
				assertThat(p.text()).as(p.id()).containsPattern("\\n\\n(?:› |\\d{1,2}[.)] |Kontaktperson)");
			}
		});
	}

	@Test
	void keepsAListInOnePassageWithItsLeadIn() {
		String prose = "Kommunerna arbetar tillsammans med regionen för jämlika livsvillkor i hela länet. ".repeat(10);
		List<Passage> passages = chunk("Rubrik\n\n" + prose + "\n\nModellen består av tre flöden:\n"
				+ " › Problemflödet är ett flöde med konkreta problem i kommunerna.\n\n"
				+ " › Politikflödet är den politiska dagordningen för att lösa problemen.\n\n"
				+ " › Policyflödet är den styrningsmässiga dagordningen på den administrativa nivån.\n\nSlut.");

		assertThat(passages).anySatisfy(p -> assertThat(p.text()).contains("Modellen består av tre flöden:",
				"› Problemflödet", "› Politikflödet", "› Policyflödet"));
		assertThat(passages).noneSatisfy(p -> assertThat(p.text()).endsWith("Modellen består av tre flöden:"));
	}

	@Test
	void keepsTheEightTargetAreasOfTheRealReportInOnePassageWithTheirLeadIn() {
		assertThat(report("samling-social-hallbarhet-dalarna-slutrapport-2019").passages())
			.anySatisfy(p -> assertThat(p.text()).contains("målområden för en god och jämlik hälsa utformats:",
					"1. Det tidiga livets villkor", "8. En jämlik och hälsofrämjande hälso- och sjukvård"));
		assertThat(report("jamlik-halsa-sektorsovergripande-kursmanual").passages())
			.anySatisfy(p -> assertThat(p.text()).contains("Dialogfrågor", "› Vad är ert huvudsakliga uppdrag och mål?",
					"› Kan vi och ni påverka folkhälsoläget?"));
	}

	@Test
	void aNumberedNameIsAHeadingAboveItsTextButNotInAListOfSuchLinesNorInACaption() {
		String prose = "Arbetet bör inriktas på att skapa jämlika uppväxtvillkor för alla barn i länet.";
		List<Block> area = new StructureParser()
			.parse(cleanLines("Inledning.\n\nMålområde 2. Kompetenser och utbildning\n\n" + prose));
		List<Block> goals = new StructureParser().parse(cleanLines("Strategin har tre mål.\n\nMål 1. Unga ska bli sedda"
				+ "\n\nMål 2. Unga ska kunna påverka\n\nMål 3. Unga ska ha arbete\n\n" + prose));
		List<Block> caption = new StructureParser()
			.parse(cleanLines("Inledning.\n\nFigur 3. Andel elever som mår bra\n\n" + prose));

		assertThat(area).filteredOn(block -> block.kind() == Block.Kind.HEADING)
			.extracting(Block::text)
			.containsExactly("Målområde 2. Kompetenser och utbildning");
		assertThat(goals).noneMatch(block -> block.kind() == Block.Kind.HEADING);
		assertThat(caption).noneMatch(block -> block.kind() == Block.Kind.HEADING);
	}

	@Test
	void cutsALongParagraphIntoSeveralPassages() {
		String sentence = "Kommunerna arbetar tillsammans med regionen för jämlika livsvillkor i hela länet. ";
		List<Passage> passages = chunk("Rubrik\n\n" + sentence.repeat(40));

		assertThat(passages).hasSizeGreaterThan(1)
			.allSatisfy(p -> assertThat(p.text()).hasSizeLessThanOrEqualTo(Passage.MAX_CHARS).endsWith("."));
	}

	@Test
	void endsEveryPassageAtASentenceBoundaryOrTheEndOfAParagraph() {
		for (Report report : corpus) {
			String text = report.cleanedText();
			assertThat(report.passages()).allSatisfy(p -> {
				boolean endOfParagraph = p.end() == text.length() || text.startsWith("\n\n", p.end());
				boolean endOfSentence = p.text().matches("(?s).*[.!?…][\"”')]*");
				assertThat(endOfParagraph || endOfSentence).as("%s ends mid-paragraph: …%s", p.id(), tail(p.text()))
					.isTrue();
			});
		}
	}

	@Test
	void overlapsConsecutivePassagesByAtMostOneSentence() {
		for (Report report : corpus) {
			List<Passage> passages = report.passages();
			for (int i = 1; i < passages.size(); i++) {
				Passage previous = passages.get(i - 1);
				Passage next = passages.get(i);
				assertThat(next.start()).as("%s starts after %s", next.id(), previous.id())
					.isGreaterThan(previous.start());
				if (next.start() < previous.end()) {
					String text = report.cleanedText();
					String shared = text.substring(next.start(), previous.end());
					// One sentence, or one heading (which may hold a full stop: "2. ATT
					// ... (CEMR-ARTIKEL 9)").
					boolean oneSentence = Sentences.split(shared).size() == 1;
					boolean oneHeading = !shared.contains("\n") && text.startsWith("\n\n", next.start() - 2)
							&& (previous.end() == text.length() || text.startsWith("\n\n", previous.end()));
					assertThat(oneSentence || oneHeading)
						.as("overlap of %s and %s: %s", previous.id(), next.id(), shared)
						.isTrue();
				}
			}
		}
	}

	@Test
	void locatesEveryPassageInTheCleanedText() {
		for (Report report : corpus) {
			assertThat(report.passages())
				.allSatisfy(p -> assertThat(report.cleanedText().substring(p.start(), p.end())).isEqualTo(p.text()));
		}
	}

	@Test
	void namesPassagesAfterTheFileWithoutItsExtension() {
		assertThat(corpus).extracting(Report::docId)
			.containsExactly("dalalab-larprojekt-jamlika-livsvillkor-2024", "inbjudan-larprojekt-jamlika-livsvillkor",
					"jamlik-halsa-sektorsovergripande-kursmanual", "leksand-politisk-samverkansberedning-2014-09-16",
					"samling-social-hallbarhet-dalarna-slutrapport-2019");
		for (Report report : corpus) {
			assertThat(report.passages()).allSatisfy(p -> {
				assertThat(p.doc()).isEqualTo(report.docId());
				assertThat(p.id()).startsWith(report.docId() + "#");
			});
		}
		assertThat(allPassages()).extracting(Passage::id).doesNotHaveDuplicates();
	}

	@Test
	void titlesPassagesFromTheSourcesMetadata() {
		Report report = report("samling-social-hallbarhet-dalarna-slutrapport-2019");

		assertThat(report.title()).isEqualTo("Samling för social hållbarhet i Dalarna – slutrapport (2019)");
		assertThat(report.passages()).allSatisfy(p -> assertThat(p.title()).isEqualTo(report.title()));
		// A title that names its year is left as it is.
		assertThat(report("leksand-politisk-samverkansberedning-2014-09-16").title())
			.isEqualTo("Politisk samverkansberedning kommun–landsting Leksand, minnesanteckningar 16 september 2014");
	}

	@Test
	void titlesAReportWithoutMetadataByItsFirstLine(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		Path copy = Files.copy(SharedData.CORPUS.resolve("leksand-politisk-samverkansberedning-2014-09-16.md"),
				folder.resolve("leksand-politisk-samverkansberedning-2014-09-16.md"));
		MetadataCatalog metadata = new MetadataCatalog();
		metadata.load(folder);
		String firstLine = firstNonBlankLine(copy).replaceFirst("^#+\\s*", "").replace("**", "").strip();

		Report report = new ReportLoader().load(copy, metadata.find("leksand-politisk-samverkansberedning-2014-09-16"));

		assertThat(report.title()).isEqualTo(firstLine);
		assertThat(report.passages()).allSatisfy(p -> assertThat(p.title()).isEqualTo(firstLine));
	}

	@Test
	void putsEachAttendeeOfTheLeksandNotesOnOneLineWithTheRoleBesideTheNameInTheTable() {
		String notes = report("leksand-politisk-samverkansberedning-2014-09-16").passages()
			.stream()
			.map(Passage::text)
			.collect(Collectors.joining("\n"));

		// The table was read column by column: nine names, then nine roles.
		assertThat(notes).contains("Kenneth Dahlström (C), Ordförande i utskottet för vård och omsorg")
			.contains("Sakarias Winberg (KD), Ordförande i utskottet för lärande och stöd")
			.contains("Hans Unander (S), Ordförande hälso- och sjukvårdsberedningen")
			.contains("Barbro Stammäs, Sekreterare")
			.doesNotContain("Barbro Stammäs\n\nOrdförande");
	}

	@Test
	void keepsATablesRowsAsLinesInOnePassageWithItsHeaderRow() {
		String prose = "Kommunen redovisar statistik varje månad till beredningen. ".repeat(14);
		List<Passage> passages = chunk("Rubrik\n\n" + prose + "\n\nMånad\tAntal dagar\tDebiterade dagar\n"
				+ "Januari\t89\t0\nFebruari\t100\t11\nMars\t106\t30\n\nEfter tabellen.");

		assertThat(passages).filteredOn(p -> p.text().contains("Januari"))
			.singleElement()
			.satisfies(p -> assertThat(p.text()).contains(
					"Månad\tAntal dagar\tDebiterade dagar\n\nJanuari\t89\t0\n\nFebruari\t100\t11\n\nMars\t106\t30"));
	}

	private static List<Passage> chunk(String text) {
		return new Chunker().chunk("test", "Test", cleanLines(text)).passages();
	}

	private static List<Line> cleanLines(String text) {
		RawDocument raw = new RawDocument("test", Path.of("test.txt"), "fingerprint",
				List.of(new PageText(null, text)));
		return new TextCleaner().clean(raw);
	}

	private static List<String> sections(String docId) {
		return report(docId).passages().stream().map(Passage::section).distinct().toList();
	}

	private static Report report(String docId) {
		return corpus.stream().filter(r -> r.docId().equals(docId)).findFirst().orElseThrow();
	}

	private static List<Passage> allPassages() {
		return corpus.stream().flatMap(r -> r.passages().stream()).toList();
	}

	private static String tail(String text) {
		return text.substring(Math.max(0, text.length() - 60));
	}

	private static String firstNonBlankLine(Path file) throws IOException {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter(line -> !line.isBlank()).findFirst().orElseThrow();
		}
	}

}
