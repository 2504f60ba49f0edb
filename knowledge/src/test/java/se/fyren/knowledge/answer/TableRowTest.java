package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A table's row is quoted under its header row: the headings, then the row as printed.
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
			.hasValue("Antal utskrivningsklara dagar / Antal Debiteringsdagar – Juni: 85 / 0.");
	}

	@Test
	void readsARowUnderAHeaderRowThatLostItsEmptyCorner() {
		assertThat(row("Juni\t85\t0").under(row("Antal dagar\tDebiterade dagar")))
			.hasValue("Antal dagar / Debiterade dagar – Juni: 85 / 0.");
	}

	@Test
	void leavesOutEmptyCells() {
		assertThat(row("Juni\t\t0").under(HEADER)).hasValue("Antal Debiteringsdagar – Juni: 0.");
	}

	@Test
	void quotesARowWithoutALabel() {
		assertThat(row("\t85\t0").under(HEADER))
			.hasValue("Antal utskrivningsklara dagar / Antal Debiteringsdagar: 85 / 0.");
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
