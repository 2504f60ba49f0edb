package se.fyren.knowledge.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A table's row reads as a sentence under its header row: its label, then each cell after
 * its column's heading.
 */
class TableRowTest {

	private static final TableRow HEADER = row(
			"År - Månad - Fb Kommun\tAntal utskrivningsklara dagar\tAntal Debiteringsdagar");

	private static TableRow row(String line) {
		return TableRow.of(line).orElseThrow();
	}

	@Test
	void readsARowUnderItsHeadings() {
		assertThat(row("Juni\t85\t0").under(HEADER))
			.hasValue("Juni: Antal utskrivningsklara dagar 85, Antal Debiteringsdagar 0.");
	}

	@Test
	void readsARowUnderAHeaderRowThatLostItsEmptyCorner() {
		assertThat(row("Juni\t85\t0").under(row("Antal dagar\tDebiterade dagar")))
			.hasValue("Juni: Antal dagar 85, Debiterade dagar 0.");
	}

	@Test
	void leavesOutEmptyCells() {
		assertThat(row("Juni\t\t0").under(HEADER)).hasValue("Juni: Antal Debiteringsdagar 0.");
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
