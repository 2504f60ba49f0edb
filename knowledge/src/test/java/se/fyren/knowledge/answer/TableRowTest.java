package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A table's row is quoted as printed, with its header row's headings after it.
 */
class TableRowTest {

	private static final TableRow HEADER = row(
			"År - Månad - Fb Kommun\tAntal utskrivningsklara dagar\tAntal Debiteringsdagar");

	private static TableRow row(String line) {
		return TableRow.of(line).orElseThrow();
	}

	@Test
	void quotesARowAsPrintedUnderItsHeadings() {
		assertThat(row("Juni\t85\t0").under(HEADER))
			.hasValue("Juni: 85 / 0 (Antal utskrivningsklara dagar / Antal Debiteringsdagar).");
	}

	@Test
	void readsARowUnderAHeaderRowThatLostItsEmptyCorner() {
		assertThat(row("Juni\t85\t0").under(row("Antal dagar\tDebiterade dagar")))
			.hasValue("Juni: 85 / 0 (Antal dagar / Debiterade dagar).");
	}

	@Test
	void leavesOutEmptyCells() {
		assertThat(row("Juni\t\t0").under(HEADER)).hasValue("Juni: 0 (Antal Debiteringsdagar).");
	}

	@Test
	void quotesARowWithoutALabel() {
		assertThat(row("\t85\t0").under(HEADER))
			.hasValue("85 / 0 (Antal utskrivningsklara dagar / Antal Debiteringsdagar).");
	}

	@Test
	void tellsAHeaderRowFromARowOfFigures() {
		assertThat(HEADER.header()).isTrue();
		assertThat(row("2014\t576\t265").header()).isFalse();
		assertThat(row("Andel\t12,5 %\t1 204").header()).isFalse();
	}

	@Test
	void aLineWithoutTabsIsNoRow() {
		assertThat(TableRow.of("Juni 85 0")).isEmpty();
	}

}
