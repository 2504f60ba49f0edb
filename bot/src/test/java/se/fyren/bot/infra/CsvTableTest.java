package se.fyren.bot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

	@Test
	void opensInSwedishExcelSemicolonSeparatedWithAByteOrderMark() {
		String csv = new CsvTable().row(List.of("a", "b;c", "b,c", "say \"hi\"", "two\nlines", "cr\rhere"))
			.row(Arrays.asList("", null, "å ä ö"))
			.toString();

		assertThat(csv)
			.isEqualTo("\uFEFFa;\"b;c\";\"b,c\";\"say \"\"hi\"\"\";\"two\nlines\";\"cr\rhere\"\r\n;;å ä ö\r\n");
	}

	@Test
	void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
		String csv = new CsvTable()
			.row(List.of("=HYPERLINK(\"http://x\",\"klicka\")", "+1", "-2", "@SUM(A1)", "\tflik", "\rretur", "a=b"))
			.toString();

		assertThat(csv).isEqualTo(
				"\uFEFF\"'=HYPERLINK(\"\"http://x\"\",\"\"klicka\"\")\";'+1;'-2;'@SUM(A1);'\tflik;\"'\rretur\";a=b\r\n");
	}

}
