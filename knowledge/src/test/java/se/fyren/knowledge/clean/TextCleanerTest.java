package se.fyren.knowledge.clean;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.SharedData;
import se.fyren.knowledge.ingest.DocumentReader;
import se.fyren.knowledge.ingest.PageText;
import se.fyren.knowledge.ingest.RawDocument;

class TextCleanerTest {

	/**
	 * How many times a step may read a line's every character: the patterns read a line
	 * in one pass, a few times over where a match is tried and given up.
	 */
	private static final int READS_PER_CHARACTER = 8;

	private final TextCleaner cleaner = new TextCleaner();

	@Test
	void joinsWordsHyphenatedAcrossLines() {
		List<String> texts = texts(unpaged("Det handlar om sam-\nverkan mellan kommuner."));

		assertThat(String.join(" ", texts)).contains("samverkan mellan kommuner.").doesNotContain("sam-");
	}

	@Test
	void pairsNamesWithRolesOnlyWhenAsManyLabelsFollowThem() {
		List<String> table = texts(unpaged("""
				Anna Berg (S)

				Per Lind

				Eva Holm (M)

				Ordförande

				Sekreterare

				Ledamot
				"""));
		List<String> prose = texts(unpaged("""
				Anna Berg (S)

				Per Lind

				Eva Holm (M)

				De deltog i mötet och berättade om sitt arbete.
				"""));

		List<String> wrapped = texts(unpaged("""
				Anna Berg (S)

				Per Lind

				Eva Holm (M)

				Ordförande i styrelsen för

				regionens folkhälsoarbete

				Sekreterare
				"""));

		assertThat(table).containsExactly("Anna Berg (S), Ordförande", "Per Lind, Sekreterare",
				"Eva Holm (M), Ledamot");
		// A role wrapped onto a second line would shift every pair after it.
		assertThat(wrapped).startsWith("Anna Berg (S)", "Per Lind", "Eva Holm (M)");
		assertThat(prose).containsExactly("Anna Berg (S)", "Per Lind", "Eva Holm (M)",
				"De deltog i mötet och berättade om sitt arbete.");
	}

	@Test
	void keepsTheHyphenAfterAnAcronymAtALineEnd() {
		List<String> texts = texts(unpaged("Insatser för att öka HBTQ-\npersoners hälsa och HBTQ-\npersoner i stort."));

		assertThat(String.join(" ", texts)).contains("HBTQ-personers hälsa").contains("HBTQ-personer i stort");
	}

	@Test
	void keepsTheAuthorsHyphenBeforeAConjunction() {
		List<String> texts = texts(unpaged("Svenska sim-\noch livräddningsförbundet deltar."));

		assertThat(String.join(" ", texts)).contains("sim- och livräddningsförbundet");
	}

	@Test
	void keepsTheHyphenOfAUrlBrokenAcrossLines() {
		List<String> texts = texts(
				unpaged("Se https://www.regiondalarna.se/samling-\nfor-social-hallbarhet/ för mer."));

		assertThat(String.join(" ", texts)).contains("https://www.regiondalarna.se/samling-for-social-hallbarhet/");
	}

	@Test
	void removesPageFooterLinesAndMarksThePageBreak() {
		List<Line> lines = cleaner.clean(unpaged("""
				Första sidans text.

				 1 (3)\s

				Andra sidans text.

				 2 (3)\s

				Tredje sidans text.

				 3 (3)\s
				"""));

		assertThat(lines).extracting(Line::text).noneMatch(text -> text.matches(".*\\d+ \\(\\d+\\).*"));
		assertThat(lines).filteredOn(Line::pageBreak).hasSize(3);
	}

	@Test
	void footersTellThePageOfAnUnpagedExport() {
		List<Line> lines = cleaner.clean(unpaged("""
				Första sidans text.

				1 (3)

				Andra sidans text.

				2 (3)

				Tredje sidans text.

				3 (3)
				"""));

		assertThat(pageOf(lines, "Första sidans text.")).isEqualTo(1);
		assertThat(pageOf(lines, "Andra sidans text.")).isEqualTo(2);
		assertThat(pageOf(lines, "Tredje sidans text.")).isEqualTo(3);
	}

	@Test
	void leavesAPlainNumberInsideProseAlone() {
		List<String> texts = texts(unpaged("Antalet deltagare var\n12\npersoner per kommun."));

		assertThat(texts).contains("12");
	}

	@Test
	void dropsARunningHeaderWhosePageNumberChangesFromPageToPage() {
		List<PageText> pages = new ArrayList<>();
		for (int page = 1; page <= 4; page++) {
			pages.add(new PageText(page, "Rapporten om styrning och ledning för jämlik hälsa " + page
					+ " (4) 2024-05-10 RS 2024/1156\n\nSida " + page + " har sin egen text.\n"));
		}
		List<String> texts = texts(new RawDocument("doc", Path.of("doc.pdf"), "fingerprint", pages));

		assertThat(texts).noneMatch(text -> text.contains("RS 2024/1156") || text.contains("Rapporten om styrning"));
		assertThat(texts).contains("Sida 1 har sin egen text.", "Sida 4 har sin egen text.");
	}

	@Test
	void dropsALetterheadPrintedOnceWithItsTitleLinesDateAndDiaryNumber() {
		List<String> texts = texts(unpaged("""
				Sista meningen på sidan nio.

				Dalarna har inte råd med fattigdom –
				styra och leda för jämlik hälsa

				 10 (11)

				2024-05-10 RS 2024/1156

				Första meningen på sidan tio.
				"""));

		assertThat(texts).noneMatch(text -> text.contains("fattigdom") || text.contains("RS 2024/1156"));
		assertThat(texts).contains("Sista meningen på sidan nio.", "Första meningen på sidan tio.");
	}

	@Test
	void dropsFootnotesWithTheirContinuationLines() {
		List<String> texts = texts(unpaged("""
				Processen hölls kring utmaningar i styrningen.

				3 Palmberg Broryd (2021), Komplexitet: enklare navigerat, bättre hanterat - så
				driver du utveckling i komplexa system
				Kort process hölls om förhoppningar.

				1 https://www.regiondalarna.se/om-oss/hallbar-utveckling/social-hallbarhet/samling-
				for-social-hallbarhet/
				"""));

		assertThat(String.join(" ", texts)).doesNotContain("Palmberg")
			.doesNotContain("komplexa system")
			.doesNotContain("regiondalarna")
			.contains("Kort process hölls om förhoppningar.");
	}

	@Test
	void dropsTheMarkersOfAReportsFootnotesFromItsWords() throws Exception {
		RawDocument report = new DocumentReader()
			.read(SharedData.CORPUS.resolve("dalalab-larprojekt-jamlika-livsvillkor-2024.txt"));

		String text = String.join(" ", texts(report));

		assertThat(text).contains("Samling för social hållbarhet i Dalarna 2016-2019")
			.doesNotContain("Dalarna1")
			.doesNotContain("Broryd3");
	}

	@Test
	void keepsDigitsAfterAWordInADocumentWithoutFootnotes() {
		List<String> texts = texts(unpaged("""
				Under pandemin covid19 ställdes träffarna in. Se https://example.se/Fokus20 och
				rapport 2jxjwxr1 för detaljer.
				"""));

		assertThat(String.join(" ", texts)).contains("covid19").contains("Fokus20").contains("2jxjwxr1");
	}

	@Test
	void dropsAFootnoteMarkerButNotALinksOrACodesDigits() {
		List<String> texts = texts(unpaged("""
				Modellen beskrivs av Kingdon1. Se https://example.se/ns_rprt_Fokus20 och koden 2jxjwxr1.
				Läs https://example.se/rapport1 och sidan ?id=sida1 i bilaga1.pdf, om Prevenar13 vecka12.

				1 Kingdon, J. (2011). Agendas, Alternatives and Public Policies.
				"""));

		assertThat(String.join(" ", texts)).contains("beskrivs av Kingdon.")
			.contains("ns_rprt_Fokus20")
			.contains("2jxjwxr1")
			.contains("https://example.se/rapport1")
			.contains("?id=sida1")
			.contains("bilaga1.pdf")
			.contains("Prevenar13")
			.contains("vecka12");
	}

	@Test
	void marksNumberedLinesAsListItemsAndKeepsTheirNumbers() {
		List<Line> lines = cleaner.clean(unpaged("Målområden:\n1. Det tidiga livets villkor\n2. Levnadsvanor\n"));

		assertThat(lines).filteredOn(Line::listItem)
			.extracting(Line::text)
			.containsExactly("1. Det tidiga livets villkor", "2. Levnadsvanor");
	}

	@Test
	void dropsARunningHeaderRepeatedNextToPageBreaksButKeepsARepeatedHeadingElsewhere() {
		// The title page carries no running header; the header repeats at the top of
		// pages 2 to 5.
		List<PageText> pages = new ArrayList<>();
		pages.add(new PageText(1, "Lärprojektet\n\nEn rapport om styrning.\n"));
		for (int page = 2; page <= 5; page++) {
			StringBuilder text = new StringBuilder("Dalarna har inte råd med fattigdom\n\n");
			text.append("Sida ").append(page).append(" börjar här med en mening.\n");
			for (int i = 0; i < 6; i++) {
				text.append("Brödtext rad ").append(i).append(" på sidan ").append(page).append(".\n");
			}
			if (page == 3 || page == 4) {
				text.append("\nSammanfattning\n");
				text.append("Mitt på sidan står en rubrik som återkommer.\n");
			}
			for (int i = 6; i < 12; i++) {
				text.append("Brödtext rad ").append(i).append(" på sidan ").append(page).append(".\n");
			}
			pages.add(new PageText(page, text.toString()));
		}
		pages.add(new PageText(6, "Sammanfattning\n\nSista sidan.\n"));
		List<String> texts = texts(new RawDocument("doc", Path.of("doc.pdf"), "fingerprint", pages));

		assertThat(texts).doesNotContain("Dalarna har inte råd med fattigdom");
		assertThat(texts).filteredOn("Sammanfattning"::equals).hasSizeGreaterThanOrEqualTo(2);
		assertThat(texts).contains("Sida 2 börjar här med en mening.", "Sida 5 börjar här med en mening.");
	}

	@Test
	void collapsesAUrlPrintedTwice() {
		String url = "https://www.regiondalarna.se/om-oss/hallbar-utveckling/";
		List<String> texts = texts(unpaged(
				"Läs mer på " + url + " " + url + " och i rapporten.\n" + "Eller på <" + url + "> (" + url + ")."));

		assertThat(texts.get(0)).isEqualTo("Läs mer på " + url + " och i rapporten.");
		assertThat(texts.get(1)).isEqualTo("Eller på " + url + ".");
	}

	@Test
	void readsAMarkdownLinkAsItsTextAndKeepsOnlyATargetThatCanBeOpened() {
		// As the invitation to the learning project writes its links.
		List<String> texts = texts(markdown(
				"""
						Nulägesanalys Agenda 2030 [Nulägesanalys av Agenda 2030 - Dalarnas län \\(lansstyrelsen.se\\)](http://Nulagesanalys%20av%20Agenda%202030%20-%20Dalarnas%20l%C3%A4n%20(lansstyrelsen.se))
						Kostnaden för ungas utanförskap [Utanförskap och unga | MUCE](#)
						Läs [slutrapporten](HTTPS://www.regiondalarna.se/samlingen) och [planen](https://a.se/r__2023__v2.pdf) först.
						Skriv till [Anna Andersson](mailto:anna@kommun.se) eller se [www.håbo.se](https://www.håbo.se).
						![Diagram 3](bild.png) Ett \\*viktigt\\* ord.
						"""));

		assertThat(texts).containsExactly(
				"Nulägesanalys Agenda 2030 Nulägesanalys av Agenda 2030 - Dalarnas län (lansstyrelsen.se)",
				"Kostnaden för ungas utanförskap Utanförskap och unga | MUCE",
				"Läs slutrapporten (HTTPS://www.regiondalarna.se/samlingen) och planen (https://a.se/r__2023__v2.pdf) först.",
				"Skriv till Anna Andersson (anna@kommun.se) eller se www.håbo.se.", "Diagram 3 Ett *viktigt* ord.");
	}

	@Test
	void readsALinkWithALongTargetAsItsText() {
		// An image's data or a tracking link: many characters in one target.
		String target = "https://safelinks.example.se/?url=" + "a".repeat(500);

		assertThat(texts(markdown("Se [rapporten](" + target + ") och " + "[".repeat(500) + " slut-\n")))
			.singleElement(as(InstanceOfAssertFactories.STRING))
			.startsWith("Se rapporten (https://safelinks.example.se/?url=aaa")
			.endsWith("[[[ slut-");
	}

	/**
	 * Counted, not timed (a timed test fails on a busy machine): a pattern that
	 * backtracks reads a line of n characters n² or n³ times, one that reads it in one
	 * pass a few times n.
	 */
	@Test
	void readsALinkWithALongTargetInOnePass() {
		String target = "https://safelinks.example.se/?url=" + "a".repeat(20_000);
		String brackets = "[".repeat(30_000);

		assertThat(
				readsPerCharacter("Se [rapporten](" + target + ") och " + brackets + " slut-", TextCleaner::readLinks))
			.as("the link's reading")
			.isLessThanOrEqualTo(READS_PER_CHARACTER);
		// The same line once its link is read: its closing hyphen is looked for.
		assertThat(readsPerCharacter("Se rapporten (" + target + ") och " + brackets + " slut-",
				TextCleaner::hyphenatedEnd))
			.as("the closing hyphen's search")
			.isLessThanOrEqualTo(READS_PER_CHARACTER);
	}

	/**
	 * A letter outside the BMP is a letter of the word, wherever it stands: a one
	 * character lookbehind saw its second half alone, as no letter, and split the word
	 * after it.
	 */
	@Test
	void aLetterOutsideTheBmpIsPartOfTheHyphenatedWord() {
		String bold = "\uD835\uDC00";
		assertThat(TextCleaner.hyphenatedEnd(bold + "bc-")).hasValueSatisfying(end -> {
			assertThat(end.group(1)).isEmpty();
			assertThat(end.group(2)).isEqualTo(bold + "bc");
		});
		assertThat(TextCleaner.hyphenatedEnd("se a." + bold + "b-")).hasValueSatisfying(end -> {
			assertThat(end.group(1)).isEqualTo("a.");
			assertThat(end.group(2)).isEqualTo(bold + "b");
		});
	}

	/**
	 * How many times, on average, a step read each character of a line; it is stopped
	 * once it read more than a linear step would.
	 */
	private static double readsPerCharacter(String line, Consumer<CharSequence> step) {
		CountedText counted = new CountedText(line, (READS_PER_CHARACTER + 1) * line.length());
		step.accept(counted);
		return (double) counted.reads / line.length();
	}

	/** A text that counts its characters' reads, and stops a reader past its budget. */
	private static final class CountedText implements CharSequence {

		private final String text;

		private final long budget;

		private long reads;

		CountedText(String text, long budget) {
			this.text = text;
			this.budget = budget;
		}

		@Override
		public char charAt(int index) {
			if (++this.reads > this.budget) {
				throw new AssertionError("Read a line of " + this.text.length() + " characters more than " + this.budget
						+ " times: the pattern backtracks");
			}
			return this.text.charAt(index);
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return this.text.subSequence(start, end);
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

	@Test
	void leavesABackslashOutsideMarkdownAlone() {
		assertThat(texts(unpaged("Filerna ligger på \\\\server\\share\\rapporter.\n")))
			.containsExactly("Filerna ligger på \\\\server\\share\\rapporter.");
	}

	@Test
	void collapsesAUrlPrintedTwiceOnConsecutiveLines() {
		String url = "https://www.regiondalarna.se/om-oss/hallbar-utveckling/social-hallbarhet/samling-for-social-hallbarhet/";
		List<String> texts = texts(unpaged("Fotnoter\n" + url + "\n" + url + "\nMer text."));

		assertThat(texts).containsExactly("Fotnoter", url, "Mer text.");
	}

	@Test
	void joinsAUrlBrokenAtALineEndWithoutAHyphen() {
		// As the course manual prints Uppsala's links: cut after a slash, inside an id,
		// and at a hyphen of the path on the next line.
		List<String> texts = texts(unpaged("""
				https://www.uppsala.se/organisation-och-styrning/publikationer/
				riktlinje-for-uppsala-kommuns-normkritiska-arbete-for-okad-
				jamstalldhet-enligt-cemr/

				Läs hela rapporten: https://www.uppsala.se/contentassets/4ffeef74a7d
				74fcdbb17c199a94f7406/bilaga-7-skillnader-halsa-levnad_interaktiv.pdf
				Se https://www.regiondalarna.se/samlingen/
				och läs mer där. Skriv till www.regiondalarna.se/kontakt/
				e-post eller ring."""));

		assertThat(texts).containsExactly(
				"https://www.uppsala.se/organisation-och-styrning/publikationer/riktlinje-for-uppsala-kommuns-normkritiska-arbete-for-okad-jamstalldhet-enligt-cemr/",
				"Läs hela rapporten: https://www.uppsala.se/contentassets/4ffeef74a7d74fcdbb17c199a94f7406/bilaga-7-skillnader-halsa-levnad_interaktiv.pdf",
				"Se https://www.regiondalarna.se/samlingen/",
				"och läs mer där. Skriv till www.regiondalarna.se/kontakt/", "e-post eller ring.");
	}

	@Test
	void joinsNoDateSpanWordOrPairOfWordsOntoALinkBeforeThem() {
		List<String> texts = texts(unpaged("""
				Mer på www.regiondalarna.se.
				2023-05-12 beslutade styrelsen.

				Läs www.fhm.se
				2020/21 ökade antalet elever.

				Se https://www.scb.se/statistik/
				covid-19-pandemin har påverkat.

				Se https://www.scb.se
				och/eller kontakta oss."""));

		assertThat(texts).containsExactly("Mer på www.regiondalarna.se.", "2023-05-12 beslutade styrelsen.",
				"Läs www.fhm.se", "2020/21 ökade antalet elever.", "Se https://www.scb.se/statistik/",
				"covid-19-pandemin har påverkat.", "Se https://www.scb.se", "och/eller kontakta oss.");
	}

	@Test
	void readsAStopTypedTwiceAsOneButKeepsAnEllipsis() {
		List<String> texts = texts(
				unpaged("Kommunen fördelar sina resurser.. Sedan vänta... och se.\nAvsnitt 2.1.. Slut."));

		assertThat(texts).containsExactly("Kommunen fördelar sina resurser. Sedan vänta... och se.",
				"Avsnitt 2.1.. Slut.");
	}

	@Test
	void joinsAUrlBrokenAtAHyphenBeforeAConjunction() {
		List<String> texts = texts(unpaged("https://www.uppsala.se/publikationer/mal-\noch-budget-2017-2019/\nSlut."));

		assertThat(texts).containsExactly("https://www.uppsala.se/publikationer/mal-och-budget-2017-2019/", "Slut.");
	}

	@Test
	void stripsBulletsAndMarksListItems() {
		List<Line> lines = cleaner.clean(unpaged("""
				Tre saker behövs:
				› mål som engagerar
				• uppföljning
				- analys av konsekvenser
				Ett bindestreck-ord är ingen punkt.
				"""));

		assertThat(lines).filteredOn(Line::listItem)
			.extracting(Line::text)
			.containsExactly("mål som engagerar", "uppföljning", "analys av konsekvenser");
		assertThat(lines).extracting(Line::text).contains("Tre saker behövs:", "Ett bindestreck-ord är ingen punkt.");
	}

	@Test
	void aLineWhoseBulletGlyphWasLostIsAListItemWhereAnItemCanStart() {
		// A symbol-font bullet leaves only the space after it.
		List<Line> lines = cleaner.clean(unpaged("""
				Barnkonventionen har fyra huvudprinciper som säger:

				 att alla barn har samma rättigheter och lika värde
				 att barnets bästa ska komma i främsta rummet

				 Höjd livskvalitet
				Kapitlet beskriver arbetet som görs och
				 fortsätter på nästa rad utan punkt.

				 Kapitel 2
				"""));

		assertThat(lines).filteredOn(Line::listItem)
			.extracting(Line::text)
			.containsExactly("att alla barn har samma rättigheter och lika värde",
					"att barnets bästa ska komma i främsta rummet", "Höjd livskvalitet");
	}

	@Test
	void anItemWrappedBelowABlankLineIsFollowedByMoreItems() {
		// The slutrapport's children's rights: an item wraps below a blank line and goes
		// on in lower case; the items after it are items too. An item wrapped on the next
		// line, with no blank between, is a paragraph's wrapping: the line after it that
		// opens with a space is no item.
		List<Line> lines = cleaner.clean(unpaged("""
				I praktiken innebär detta bland annat att:

				 Barn har rätt att bli hörda i frågor som rör dem.
				 Varje barn ska skyddas mot alla former av utnyttjande, övergrepp och

				diskriminering.
				 Barn har rätt till bästa möjliga hälsa och sjukvård.
				 Barn har rätt till utbildning, men också till vila och fritid.

				Hur stor betydelse barnets åsikter ska ha bedöms utifrån barnets ålder.
				 Det fortsätter här utan att vara en punkt.

				 Stödja lokalbefolkningen i deras arbete med politik och
				investeringar på alla nivåer och
				 processen i Samling fortsätter på raden under, ingen punkt.
				"""));

		assertThat(lines).filteredOn(Line::listItem)
			.extracting(Line::text)
			.containsExactly("Barn har rätt att bli hörda i frågor som rör dem.",
					"Varje barn ska skyddas mot alla former av utnyttjande, övergrepp och",
					"Barn har rätt till bästa möjliga hälsa och sjukvård.",
					"Barn har rätt till utbildning, men också till vila och fritid.",
					"Stödja lokalbefolkningen i deras arbete med politik och");
	}

	@Test
	void aPagesEndOrANumberedHeadingEndsALostBulletList() {
		// Blank lines left where a footnote was dropped, then the page before's
		// paragraph goes on with a line that opens with a space: no item. A numbered
		// heading after an item is not run into it.
		List<Line> lines = cleaner.clean(unpaged("""
				Träff 4: Kommunerna presenterade goda exempel.



				 Kort process hölls om förhoppningar kring samverkan med
				civilsamhället?

				 att barnperspektivet tas i beaktande.
				 Målområde 2. Kompetenser, kunskaper och utbildning
				"""));

		assertThat(lines).filteredOn(Line::listItem)
			.extracting(Line::text)
			.containsExactly("att barnperspektivet tas i beaktande.");
		List<String> texts = lines.stream().map(Line::text).toList();
		int heading = texts.indexOf("Målområde 2. Kompetenser, kunskaper och utbildning");
		assertThat(texts.get(heading - 1)).as("a paragraph break before the heading").isBlank();
	}

	@Test
	void treatsMarkdownMarkupAsStructureNotContent() {
		List<Line> lines = cleaner.clean(unpaged("""
				# Inbjudan till lärprojekt
				## Målgrupp
				Det är **viktigt** att anmäla sig _i tid_ och *senast* i april.
				"""));

		assertThat(lines.get(0)).satisfies(line -> {
			assertThat(line.text()).isEqualTo("Inbjudan till lärprojekt");
			assertThat(line.markdownLevel()).isEqualTo(1);
		});
		assertThat(lines.get(1).text()).isEqualTo("Målgrupp");
		assertThat(lines.get(1).markdownLevel()).isEqualTo(2);
		assertThat(lines.get(2).text()).isEqualTo("Det är viktigt att anmäla sig _i tid_ och senast i april.");
		assertThat(lines.get(2).markdownLevel()).isZero();
	}

	@Test
	void readsLatin1TextWithSwedishLettersIntact() throws Exception {
		RawDocument raw = new DocumentReader().read(SharedData.BROKEN.resolve("bad-encoding.txt"));
		String text = String.join("\n", texts(raw));

		// The file opens with a byte order mark its bytes do not bear out: no text
		// either.
		assertThat(text).contains("latin1 åäö").doesNotContain("\uFFFD").doesNotContain("ÿþ").doesNotContain("\0");
	}

	@Test
	void readsTextSavedAsUnicodeByItsByteOrderMark() throws Exception {
		String saved = "Samverkan för jämlik hälsa i Älvdalen.";
		for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_8)) {
			byte[] mark = charset == StandardCharsets.UTF_8 ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
					: "\uFEFF".getBytes(charset);
			byte[] text = saved.getBytes(charset);
			byte[] bytes = Arrays.copyOf(mark, mark.length + text.length);
			System.arraycopy(text, 0, bytes, mark.length, text.length);

			RawDocument raw = new DocumentReader().read(Path.of("anteckningar.txt"), bytes);

			assertThat(texts(raw)).as(charset.name()).containsExactly(saved);
		}
	}

	@Test
	void readsUnicodeTextSavedWithoutAByteOrderMark() throws Exception {
		// Typographic quotes and a dash have no NUL byte in UTF-16: text has a few.
		String saved = """
				Protokoll – ”Samverkan för jämlik hälsa” i Älvdalen.

				Nämnden beslutade att öppna fritidsgården på lördagar.""";
		for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
			RawDocument raw = new DocumentReader().read(Path.of("anteckningar.txt"), saved.getBytes(charset));

			assertThat(String.join("\n", texts(raw))).as(charset.name())
				.isEqualTo(saved.replace("\n\n", "\n"))
				.doesNotContain("\0");
		}
	}

	@Test
	void readsUnicodeTextInAnotherScriptSavedWithoutAByteOrderMark() throws Exception {
		// Spaces, digits and punctuation have a NUL high byte, the letters their
		// script's.
		List<String> saved = List.of("Протокол заседания комиссии № 4: решено открыть молодёжный центр по субботам.",
				"Πρακτικά της επιτροπής αρ. 4: αποφασίστηκε να ανοίγει το κέντρο νεότητας τα Σάββατα.",
				"محضر اجتماع اللجنة رقم 4: تقرر فتح مركز الشباب أيام السبت.");
		for (String text : saved) {
			for (Charset charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
				RawDocument raw = new DocumentReader().read(Path.of("anteckningar.txt"), text.getBytes(charset));

				assertThat(texts(raw)).as(charset.name()).containsExactly(text);
			}
		}
	}

	@Test
	void stillReadsUtf8TextInAnotherScriptAsUtf8() throws Exception {
		// Cyrillic in UTF-8 is pairs of bytes with few lead bytes, as UTF-16 is, but no
		// NUL.
		String saved = "Протокол заседания комиссии: решено открыть молодёжный центр по субботам.";

		RawDocument raw = new DocumentReader().read(Path.of("protokoll.txt"), saved.getBytes(StandardCharsets.UTF_8));

		assertThat(texts(raw)).containsExactly(saved);
	}

	@Test
	void stillReadsWindows1252TextWithoutAByteOrderMark() throws Exception {
		String saved = "Förvaltningen föreslår att badhuset i Skräddarbo håller öppet på söndagar.";

		RawDocument raw = new DocumentReader().read(Path.of("protokoll.txt"),
				saved.getBytes(Charset.forName("windows-1252")));

		assertThat(texts(raw)).containsExactly(saved);
	}

	@Test
	void keepsATablesRowsWithTheirCellsTabSeparated() {
		// The rows differ only in their figures, as a running header's lines do; their
		// tabs tell them apart.
		List<String> texts = texts(unpaged("""
				År\tAntal dagar\tDebiterade dagar
				2012\t97\t25
				2013\t556\t14
				2014 \t 576\t265

				Sista raden."""));

		assertThat(texts).containsExactly("År\tAntal dagar\tDebiterade dagar", "2012\t97\t25", "2013\t556\t14",
				"2014\t576\t265", "Sista raden.");
	}

	@Test
	void readsATabAfterAnItemsNumberAsASpaceNotACellBreak() {
		List<String> texts = texts(unpaged("Målområden:\n\n1.\tDet tidiga livets villkor\n2.\tKunskaper"));

		assertThat(texts).containsExactly("Målområden:", "1. Det tidiga livets villkor", "2. Kunskaper");
	}

	private static RawDocument markdown(String text) {
		return new RawDocument("doc", Path.of("doc.md"), "fingerprint", List.of(new PageText(null, text)));
	}

	private static RawDocument unpaged(String text) {
		return new RawDocument("doc", Path.of("doc.txt"), "fingerprint", List.of(new PageText(null, text)));
	}

	private List<String> texts(RawDocument document) {
		return cleaner.clean(document).stream().map(Line::text).filter(text -> !text.isBlank()).toList();
	}

	private static Integer pageOf(List<Line> lines, String text) {
		return lines.stream().filter(line -> line.text().equals(text)).findFirst().orElseThrow().page();
	}

}
