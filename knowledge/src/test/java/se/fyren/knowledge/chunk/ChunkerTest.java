package se.fyren.knowledge.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.clean.TextCleaner;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.MetadataCatalog;
import se.fyren.knowledge.ingest.PageText;
import se.fyren.knowledge.ingest.RawDocument;
import se.fyren.knowledge.ingest.Report;
import se.fyren.knowledge.ingest.ReportLoader;

/** Structure and passages of the real corpus and of small texts written for one rule each. */
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
	void buildsSectionPathsFromHeadingsOfEachKind() {
		List<Passage> passages = chunk("""
				Kapitel 4

				Inledande text i kapitlet.

				4.1 SKAPA MÖJLIGHETSFÖNSTER

				Ett fönster öppnas när problem, politik och lösningar möts.

				FALLBESKRIVNING 2

				Uppsala kommun satte jämställdhet på dagordningen.

				4.2 NÅ FRAM MED DATA

				Data behöver berättas.
				""");

		assertThat(passages).extracting(Passage::section)
			.contains("Kapitel 4", "Kapitel 4 › 4.1 SKAPA MÖJLIGHETSFÖNSTER",
					"Kapitel 4 › 4.1 SKAPA MÖJLIGHETSFÖNSTER › FALLBESKRIVNING 2", "Kapitel 4 › 4.2 NÅ FRAM MED DATA");
		assertThat(passageContaining(passages, "Uppsala kommun").section())
			.isEqualTo("Kapitel 4 › 4.1 SKAPA MÖJLIGHETSFÖNSTER › FALLBESKRIVNING 2");
		assertThat(passageContaining(passages, "Data behöver").section()).isEqualTo("Kapitel 4 › 4.2 NÅ FRAM MED DATA");
	}

	@Test
	void keepsEveryPassageWithinTheSizeLimit() {
		assertThat(allPassages()).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(Passage.MAX_CHARS));
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
				assertThat(endOfParagraph || endOfSentence)
					.as("%s ends mid-paragraph: …%s", p.id(), tail(p.text()))
					.isTrue();
			});
		}
	}

	@Test
	void overlapsConsecutivePassagesOfASectionByAtMostOneSentence() {
		for (Report report : corpus) {
			List<Passage> passages = report.passages();
			for (int i = 1; i < passages.size(); i++) {
				Passage previous = passages.get(i - 1);
				Passage next = passages.get(i);
				assertThat(next.start()).as("%s starts after %s", next.id(), previous.id())
					.isGreaterThan(previous.start());
				if (next.start() < previous.end() && next.section().equals(previous.section())) {
					String shared = report.cleanedText().substring(next.start(), previous.end());
					assertThat(Sentences.split(shared)).as("overlap of %s and %s: %s", previous.id(), next.id(), shared)
						.hasSize(1);
				}
			}
		}
	}

	@Test
	void locatesEveryPassageInTheCleanedText() {
		for (Report report : corpus) {
			assertThat(report.passages()).allSatisfy(
					p -> assertThat(report.cleanedText().substring(p.start(), p.end())).isEqualTo(p.text()));
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

		assertThat(report.title()).isEqualTo("Samling för social hållbarhet i Dalarna – slutrapport");
		assertThat(report.passages()).allSatisfy(p -> assertThat(p.title()).isEqualTo(report.title()));
	}

	@Test
	void titlesAReportWithoutMetadataByItsFirstLine(@org.junit.jupiter.api.io.TempDir Path folder)
			throws Exception {
		Path copy = Files.copy(SharedData.CORPUS.resolve("leksand-politisk-samverkansberedning-2014-09-16.md"),
				folder.resolve("leksand-politisk-samverkansberedning-2014-09-16.md"));
		MetadataCatalog metadata = new MetadataCatalog();
		metadata.load(folder);
		String firstLine = firstNonBlankLine(copy).replaceFirst("^#+\\s*", "").replace("**", "").strip();

		Report report = new ReportLoader().load(copy, metadata.find("leksand-politisk-samverkansberedning-2014-09-16"));

		assertThat(report.title()).isEqualTo(firstLine);
		assertThat(report.passages()).allSatisfy(p -> assertThat(p.title()).isEqualTo(firstLine));
	}

	private static List<Passage> chunk(String text) {
		RawDocument raw = new RawDocument("test", Path.of("test.txt"), "fingerprint", List.of(new PageText(null, text)));
		return new Chunker().chunk("test", "Test", new TextCleaner().clean(raw)).passages();
	}

	private static Passage passageContaining(List<Passage> passages, String words) {
		return passages.stream().filter(p -> p.text().contains(words)).findFirst().orElseThrow();
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
