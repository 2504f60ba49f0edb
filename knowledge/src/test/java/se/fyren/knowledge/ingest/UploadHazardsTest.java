package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.answer.AnswerSettings;
import se.fyren.knowledge.ingest.UnreadableReportException.Kind;
import se.fyren.knowledge.search.SearchSettings;

/**
 * What people upload that cannot be answered from: each refused with a kind the chat can
 * explain, and the index untouched.
 */
class UploadHazardsTest {

	/** Where the first local header holds its general purpose flags. */
	private static final int FLAGS_OFFSET = 6;

	/** The flag that says sizes and checksum follow the entry's data. */
	private static final byte DATA_DESCRIPTOR_FLAG = 1 << 3;

	/**
	 * The content type Word declares for a document embedded in one: without it POI
	 * refuses the package before Tika reaches the embedded part.
	 */
	private static final String EMBEDDED_DOCUMENT_TYPE = "<Default Extension=\"docx\" "
			+ "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"/>";

	@Test
	void refusesAPasswordProtectedPdfAsEncrypted(@TempDir Path data) throws Exception {
		assertRefused(data, "skyddad.pdf", pdf("Hemlig budget", true), Kind.ENCRYPTED);
	}

	@Test
	void refusesAScannedPdfWithoutTextAsHavingNoText(@TempDir Path data) throws Exception {
		assertRefused(data, "inskannad.pdf", pdf(null, false), Kind.NO_TEXT);
	}

	@Test
	void refusesAWordFileThatUnpacksToMoreThanTheLimitAsAZipBomb(@TempDir Path data) throws Exception {
		byte[] bomb = blankBomb();
		assertThat(bomb.length).isLessThan(1_000_000);

		assertRefused(data, "budget.docx", bomb, Kind.ZIP_BOMB);
	}

	@Test
	void aSmallerUnpackedLimitRefusesAWordFileTheDefaultAdmits(@TempDir Path data) throws Exception {
		ReadLimits smaller = new ReadLimits(2L << 20);
		byte[] padded = docx(out -> {
		}, blanksPast(smaller));
		try (KnowledgeBase knowledge = knowledge(data, ReadLimits.DEFAULT)) {
			assertThat(knowledge.read("d-1", "budget.docx", padded, "Budget", "borlange").passages()).isNotEmpty();
		}

		assertRefused(data, smaller, "budget.docx", padded, Kind.ZIP_BOMB);
	}

	@Test
	void refusesAZipBombBehindAnEntryTheJdksZipStreamCannotRead(@TempDir Path data) throws Exception {
		// A stored entry flagged as followed by a data descriptor: the JDK's
		// ZipInputStream
		// gives up at it, while POI finds the parts through the central directory.
		byte[] content = "<item/>".getBytes(StandardCharsets.UTF_8);
		byte[] bomb = docx(out -> {
			ZipEntry stored = new ZipEntry("customXml/item1.xml");
			stored.setMethod(ZipEntry.STORED);
			stored.setSize(content.length);
			CRC32 crc = new CRC32();
			crc.update(content);
			stored.setCrc(crc.getValue());
			out.putNextEntry(stored);
			out.write(content);
		}, blanksPast(ReadLimits.DEFAULT));
		bomb[FLAGS_OFFSET] |= DATA_DESCRIPTOR_FLAG;
		assertThatThrownBy(() -> new ZipInputStream(new ByteArrayInputStream(bomb)).getNextEntry())
			.isInstanceOf(ZipException.class);

		assertRefused(data, "budget.docx", bomb, Kind.ZIP_BOMB);
	}

	@Test
	void refusesAWordFileWithAZipBombEmbeddedAsAZipBomb(@TempDir Path data) throws Exception {
		byte[] embedded = blankBomb();
		byte[] bomb = docx(out -> {
			out.putNextEntry(new ZipEntry("word/embeddings/Microsoft_Word_Document.docx"));
			out.write(embedded);
		}, (xml, out) -> out.write(xml.getBytes(StandardCharsets.UTF_8)));

		assertRefused(data, "budget.docx", bomb, Kind.ZIP_BOMB);
	}

	@Test
	void refusesAWordFileWithoutItsCentralDirectoryAsDamaged(@TempDir Path data) throws Exception {
		byte[] docx = docx(out -> {
		}, (xml, out) -> out.write(xml.getBytes(StandardCharsets.UTF_8)));
		int directory = indexOf(docx, new byte[] { 'P', 'K', 1, 2 });

		assertRefused(data, "budget.docx", Arrays.copyOf(docx, directory), Kind.UNREADABLE);
	}

	@Test
	void refusesAWordFileWithFarMoreTextThanItsSizeAsATextBomb(@TempDir Path data) throws Exception {
		// Well under the unpacked limit, but Tika's own check counts 3 million
		// characters of text from a few kilobytes.
		byte[] bomb = docx(out -> {
		}, (xml, out) -> out
			.write(("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""
					+ "a".repeat(3_000_000) + "</w:t></w:r></w:p></w:body></w:document>")
				.getBytes(StandardCharsets.UTF_8)));
		assertThat(bomb.length).isLessThan(100_000);

		assertRefused(data, "budget.docx", bomb, Kind.TEXT_BOMB);
	}

	@Test
	void refusesAFormatItDoesNotRead(@TempDir Path data) throws Exception {
		assertRefused(data, "budget.xlsx", "a;b".getBytes(StandardCharsets.UTF_8), Kind.UNSUPPORTED);
	}

	/**
	 * A PDF named {@code .docx}, a Word file named {@code .pdf} and a PDF named
	 * {@code .txt} are refused as what Tika detects they are: the PDF and the Word file
	 * were read as what they are, under a name that lies about them.
	 */
	@Test
	void refusesAFileWhoseBytesAreAnotherFormatThanItsNameSays(@TempDir Path data) throws Exception {
		byte[] pdf = Files.readAllBytes(SharedData.FORMATS.resolve("jamlik-halsa-sektorsovergripande-kursmanual.pdf"));
		byte[] docx = Files
			.readAllBytes(SharedData.FORMATS.resolve("leksand-politisk-samverkansberedning-2014-09-16.docx"));

		assertWrongFormat(data, "kursmanual.docx", pdf, "PDF");
		assertWrongFormat(data, "beredning.pdf", docx, "DOCX");
		assertWrongFormat(data, "kursmanual.txt", pdf, "PDF");
		assertWrongFormat(data, "beredning.html", docx, "DOCX");
	}

	/**
	 * HTML without its {@code <html>} tag is plain text to Tika, and a text file may hold
	 * markup: both are still read by their names.
	 */
	@Test
	void readsHtmlTikaTakesForTextAndTextThatHoldsMarkup(@TempDir Path data) throws Exception {
		byte[] fragment = "<p>Kommunen satsar på folkhälsa i alla stadsdelar och på mötesplatser för unga.</p>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] page = "<!DOCTYPE html><html><body><p>Kommunen satsar på folkhälsa i alla stadsdelar.</p></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		try (KnowledgeBase knowledge = knowledge(data)) {
			assertThat(knowledge.read("d-1", "utdrag.html", fragment, "Utdrag", "borlange").passages()).isNotEmpty();
			assertThat(knowledge.read("d-2", "sida.txt", page, "Sida", "borlange").passages()).isNotEmpty();
			assertThat(knowledge.read("d-3", "sida.md", page, "Sida", "borlange").passages()).isNotEmpty();
		}
	}

	/**
	 * HTML without its {@code <html>} tag, as a page's body saved on its own (Tika's
	 * detection takes the bytes for plain text): its name declares HTML, so it is parsed
	 * as HTML, and its tags, attributes and scripts are not indexed and quoted as if they
	 * were the text.
	 */
	@Test
	void readsAnHtmlFragmentAsHtmlNotItsMarkupAsText(@TempDir Path data) throws Exception {
		byte[] fragment = ("<main>\n<h2>Uppdrag</h2>\n<p>Kommunen satsar på folkhälsa i alla stadsdelar och på mötesplatser"
				+ " för unga, <a href=\"https://intranat.example/plan\">enligt planen</a>.</p>\n"
				+ "<script>var sparning = 'intern';</script>\n<p>Arbetet följs upp varje år.</p>\n</main>")
			.getBytes(StandardCharsets.UTF_8);
		try (KnowledgeBase knowledge = knowledge(data)) {
			Report report = knowledge.read("d-1", "utdrag.html", fragment, "Utdrag", "borlange");
			assertThat(report.cleanedText()).contains("Kommunen satsar på folkhälsa", "enligt planen",
					"Arbetet följs upp varje år.");
			assertThat(report.passages()).isNotEmpty()
				.allSatisfy(passage -> assertThat(passage.text()).doesNotContain("<p>", "<h2>", "href", "intranat",
						"sparning"));
			assertThat(report.cleanedText()).doesNotContain("<", "href", "sparning");
		}
	}

	@Test
	void refusesAFileNameWithAPath(@TempDir Path data) throws Exception {
		try (KnowledgeBase knowledge = knowledge(data)) {
			assertThatThrownBy(() -> knowledge.read("d-1", "../../etc/passwd.txt",
					"Text om folkhälsa".getBytes(StandardCharsets.UTF_8), "x", "borlange"))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void countsThePagesOfAnAddedPdf(@TempDir Path data) throws Exception {
		try (KnowledgeBase knowledge = knowledge(data)) {
			Report report = knowledge.read("d-1", "kursmanual.pdf",
					Files.readAllBytes(SharedData.FORMATS.resolve("jamlik-halsa-sektorsovergripande-kursmanual.pdf")),
					"Kursmanual", "borlange");
			assertThat(report.pages()).isGreaterThan(10);
			assertThat(report.collection()).isEqualTo("borlange");
		}
	}

	private static void assertWrongFormat(Path data, String name, byte[] bytes, String actual) throws Exception {
		try (KnowledgeBase knowledge = knowledge(data)) {
			assertThatThrownBy(() -> knowledge.read("d-1", name, bytes, "Dokument", "borlange"))
				.isInstanceOfSatisfying(UnreadableReportException.class, ex -> {
					assertThat(ex.kind()).as(ex.getMessage()).isEqualTo(Kind.WRONG_FORMAT);
					assertThat(ex.actualFormat()).as(ex.getMessage()).contains(actual);
					assertThat(ex.getMessage()).startsWith(name + ": ");
				});
		}
	}

	private static void assertRefused(Path data, String name, byte[] bytes, Kind kind) throws Exception {
		assertRefused(data, ReadLimits.DEFAULT, name, bytes, kind);
	}

	private static void assertRefused(Path data, ReadLimits limits, String name, byte[] bytes, Kind kind)
			throws Exception {
		try (KnowledgeBase knowledge = knowledge(data, limits)) {
			knowledge.refresh();
			int passages = knowledge.figures().passages();
			assertThatThrownBy(() -> knowledge.read("d-1", name, bytes, "Dokument", "borlange"))
				.isInstanceOfSatisfying(UnreadableReportException.class, ex -> {
					if (kind != null) {
						assertThat(ex.kind()).as(ex.getMessage()).isEqualTo(kind);
					}
					assertThat(ex.getMessage()).startsWith(name + ": ");
				});
			assertThat(knowledge.figures().passages()).isEqualTo(passages);
			assertThat(knowledge.storedDocuments()).isEmpty();
		}
	}

	/** Writes a Word file's main part in place of the original it is given. */
	@FunctionalInterface
	private interface DocumentXml {

		void write(String original, OutputStream out) throws IOException;

	}

	/** Writes entries of its own at the start of a Word file. */
	@FunctionalInterface
	private interface FirstEntries {

		void write(ZipOutputStream out) throws IOException;

	}

	/**
	 * A real Word file whose main part is padded past the default unpacked limit, in some
	 * 200 kB.
	 */
	private static byte[] blankBomb() throws IOException {
		return docx(out -> {
		}, blanksPast(ReadLimits.DEFAULT));
	}

	/**
	 * Blanks past the limit between the XML declaration and the document: markup Tika's
	 * count of the text never sees.
	 */
	private static DocumentXml blanksPast(ReadLimits limits) {
		return (xml, out) -> {
			int declared = xml.indexOf("?>") + 2;
			out.write(xml.substring(0, declared).getBytes(StandardCharsets.UTF_8));
			byte[] blanks = new byte[1 << 20];
			Arrays.fill(blanks, (byte) ' ');
			for (long written = 0; written <= limits.maxUnpackedBytes(); written += blanks.length) {
				out.write(blanks);
			}
			out.write(xml.substring(declared).getBytes(StandardCharsets.UTF_8));
		};
	}

	/**
	 * A real Word file (a fixture's other parts, their bytes unchanged but for the type
	 * of an embedded document) after entries {@code first} writes, with its main part
	 * ({@code word/document.xml}) written by {@code body}.
	 */
	private static byte[] docx(FirstEntries first, DocumentXml body) throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(Files
			.newInputStream(SharedData.FORMATS.resolve("leksand-politisk-samverkansberedning-2014-09-16.docx")));
				ZipOutputStream out = new ZipOutputStream(docx)) {
			first.write(out);
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] part = in.readAllBytes();
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("word/document.xml")) {
					body.write(new String(part, StandardCharsets.UTF_8), out);
				}
				else if (entry.getName().equals("[Content_Types].xml")) {
					out.write(new String(part, StandardCharsets.UTF_8)
						.replace("</Types>", EMBEDDED_DOCUMENT_TYPE + "</Types>")
						.getBytes(StandardCharsets.UTF_8));
				}
				else {
					out.write(part);
				}
			}
		}
		return docx.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] sought) {
		for (int at = 0; at + sought.length <= bytes.length; at++) {
			if (Arrays.equals(bytes, at, at + sought.length, sought, 0, sought.length)) {
				return at;
			}
		}
		throw new IllegalArgumentException("not found");
	}

	private static KnowledgeBase knowledge(Path data) {
		return knowledge(data, ReadLimits.DEFAULT);
	}

	private static KnowledgeBase knowledge(Path data, ReadLimits limits) {
		return new KnowledgeBase(new KnowledgeSettings(List.of(SharedData.CORPUS), data, SharedData.thesaurus(),
				SearchSettings.DEFAULT, AnswerSettings.DEFAULT, limits));
	}

	/**
	 * A one-page PDF with the text, or with nothing but a drawn box (a scan's stand-in).
	 */
	private static byte[] pdf(String text, boolean encrypted) throws Exception {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				if (text != null) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
					content.newLineAtOffset(72, 700);
					content.showText(text);
					content.endText();
				}
				else {
					content.addRect(72, 72, 400, 600);
					content.fill();
				}
			}
			if (encrypted) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("ägare", "hemligt",
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
