package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.index.IndexChange;

/**
 * The PDF and DOCX fixtures: the same reports as the corpus, as an office suite prints
 * them.
 */
class FormatsTest {

	static final Path MANUAL_PDF = SharedData.FORMATS.resolve("jamlik-halsa-sektorsovergripande-kursmanual.pdf");

	static final Path FINAL_REPORT_PDF = SharedData.FORMATS
		.resolve("samling-social-hallbarhet-dalarna-slutrapport-2019.pdf");

	@TempDir
	static Path data;

	static KnowledgeBase knowledge;

	static IndexChange indexed;

	@BeforeAll
	static void index() {
		knowledge = new KnowledgeBase(new KnowledgeSettings(List.of(SharedData.FORMATS), data, SharedData.thesaurus()));
		indexed = knowledge.refresh();
	}

	@AfterAll
	static void close() {
		knowledge.close();
	}

	@Test
	void indexesEveryFixtureFormat() {
		assertThat(indexed.added()).containsExactlyInAnyOrder("dalalab-larprojekt-jamlika-livsvillkor-2024",
				"jamlik-halsa-sektorsovergripande-kursmanual", "leksand-politisk-samverkansberedning-2014-09-16",
				"samling-social-hallbarhet-dalarna-slutrapport-2019");
		assertThat(indexed.skipped()).isEmpty();
	}

	@Test
	void readsAPdfPageByPage() throws Exception {
		RawDocument raw = new DocumentReader().read(MANUAL_PDF);

		assertThat(raw.paged()).isTrue();
		assertThat(raw.pages()).extracting(PageText::page).containsExactlyElementsOf(range(1, pageCount(MANUAL_PDF)));
	}

	@Test
	void givesEveryPdfPassageAPageThatGrowsThroughTheDocument() throws Exception {
		for (Path pdf : List.of(MANUAL_PDF, FINAL_REPORT_PDF)) {
			int pages = pageCount(pdf);
			List<Passage> passages = load(pdf).passages();

			assertThat(passages).isNotEmpty();
			assertThat(passages).allSatisfy(p -> assertThat(p.page()).isNotNull().isBetween(1, pages));
			assertThat(passages).extracting(Passage::page).isSorted();
			assertThat(passages.get(passages.size() - 1).page()).isGreaterThan(pages / 2);
		}
	}

	@Test
	void citesThePageAPassageStartsOn() throws Exception {
		Report report = load(MANUAL_PDF);
		List<String> pageTexts = pageTexts(MANUAL_PDF);
		List<Passage> misplaced = new ArrayList<>();
		for (Passage passage : report.passages()) {
			String opening = letters(passage.text());
			opening = opening.substring(0, Math.min(30, opening.length()));
			if (!letters(pageTexts.get(passage.page() - 1)).contains(opening)) {
				misplaced.add(passage);
			}
		}
		// A passage may open with a heading the PDF prints at the foot of the page
		// before; almost all match.
		assertThat(misplaced).as("passages whose opening words are not on their page")
			.hasSizeLessThanOrEqualTo(report.passages().size() / 20);
	}

	@Test
	void findsAKnownSentenceOnItsPrintedPage() throws Exception {
		Passage passage = load(MANUAL_PDF).passages()
			.stream()
			.filter(p -> p.text().contains("det kom cirka 100 personer"))
			.findFirst()
			.orElseThrow();
		List<String> pageTexts = pageTexts(MANUAL_PDF);

		assertThat(letters(pageTexts.get(passage.page() - 1) + pageTexts.get(passage.page())))
			.contains(letters("det kom cirka 100 personer"));
	}

	@Test
	void readsDocxAsTextWithoutPages() throws Exception {
		Path docx = SharedData.FORMATS.resolve("leksand-politisk-samverkansberedning-2014-09-16.docx");
		RawDocument raw = new DocumentReader().read(docx);
		Report report = load(docx);

		assertThat(raw.paged()).isFalse();
		assertThat(report.cleanedText()).contains("Leksand");
		assertThat(report.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.page()).isNull());
	}

	@Test
	void answersFromThePdfWithAPageCitation() throws Exception {
		Answer answer = knowledge.ask("Hur många kom på den öppna medborgardialogen om utvecklingsplanen för Råneå?");

		assertThat(answer.found()).isTrue();
		Citation citation = answer.citations().get(0);
		assertThat(citation.doc()).isEqualTo("jamlik-halsa-sektorsovergripande-kursmanual");
		assertThat(citation.page()).isNotNull().isBetween(1, pageCount(MANUAL_PDF));
		assertThat(answer.citations()).anySatisfy(c -> assertThat(c.passageText()).contains("cirka 100 personer"));
	}

	private static Report load(Path file) throws UnreadableReportException {
		return new ReportLoader().load(file, SourceMetadata.NONE);
	}

	private static int pageCount(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	/** Each page's text as PDFBox reads it, independently of Tika. */
	private static List<String> pageTexts(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(document));
			}
		}
		pages.add("");
		return pages;
	}

	/** Letters and digits only, so line breaks, hyphenation and bullets do not matter. */
	private static String letters(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static List<Integer> range(int first, int last) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			numbers.add(i);
		}
		return numbers;
	}

}
