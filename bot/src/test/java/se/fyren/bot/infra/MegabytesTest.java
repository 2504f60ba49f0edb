package se.fyren.bot.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MegabytesTest {

	@Test
	void aLimitIsToldAsItWasSet() {
		// Counted in decimal megabytes, a limit set as 20MB read "21,0 MB".
		assertThat(Megabytes.of(DataSize.parse("20MB").toBytes())).isEqualTo("20,0");
		assertThat(Megabytes.of(DataSize.parse("100KB").toBytes())).isEqualTo("0,1");
	}

	@Test
	void aLargeLimitIsToldWithoutDigitGrouping() {
		// As a message's number, a gigabyte was "1 024" beside "20,0" for the upload
		// limit.
		assertThat(Megabytes.of(DataSize.parse("1GB").toBytes())).isEqualTo("1024,0");
	}

	@Test
	void aFileJustOverTheLimitIsToldAsOverIt() {
		assertThat(Megabytes.of(DataSize.parse("20MB").toBytes() + DataSize.parse("512KB").toBytes()))
			.isEqualTo("20,5");
	}

}
