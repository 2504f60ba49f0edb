package se.fyren.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
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
import se.fyren.knowledge.ingest.UnreadableReportException.Kind;

/**
 * What people upload that cannot be answered from: each refused with a kind the chat can
 * explain, and the index untouched.
 */
class UploadHazardsTest {

	@Test
	void refusesAPasswordProtectedPdfAsEncrypted(@TempDir Path data) throws Exception {
		assertRefused(data, "skyddad.pdf", pdf("Hemlig budget", true), Kind.ENCRYPTED);
	}

	@Test
	void refusesAScannedPdfWithoutTextAsHavingNoText(@TempDir Path data) throws Exception {
		assertRefused(data, "inskannad.pdf", pdf(null, false), Kind.NO_TEXT);
	}

	@Test
	void refusesAZipBombDisguisedAsDocx(@TempDir Path data) throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write(
					"""
							<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""
						.getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			// 200 MB of blanks in a file of a few hundred kilobytes.
			for (int i = 0; i < 200; i++) {
				out.write(spaces);
			}
		}
		assertThat(zip.size()).isLessThan(1_000_000);
		assertRefused(data, "budget.docx", zip.toByteArray(), null);
	}

	@Test
	void refusesAFormatItDoesNotRead(@TempDir Path data) throws Exception {
		assertRefused(data, "budget.xlsx", "a;b".getBytes(StandardCharsets.UTF_8), Kind.UNSUPPORTED);
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

	private static void assertRefused(Path data, String name, byte[] bytes, Kind kind) throws Exception {
		try (KnowledgeBase knowledge = knowledge(data)) {
			knowledge.refresh();
			int passages = knowledge.figures().passages();
			assertThatThrownBy(() -> knowledge.read("d-1", name, bytes, "Dokument", "borlange"))
				.isInstanceOfSatisfying(UnreadableReportException.class, ex -> {
					if (kind != null) {
						assertThat(ex.kind()).isEqualTo(kind);
					}
					assertThat(ex.getMessage()).startsWith(name + ": ");
				});
			assertThat(knowledge.figures().passages()).isEqualTo(passages);
			assertThat(knowledge.storedDocuments()).isEmpty();
		}
	}

	private static KnowledgeBase knowledge(Path data) {
		return new KnowledgeBase(new KnowledgeSettings(List.of(SharedData.CORPUS), data, SharedData.thesaurus()));
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
