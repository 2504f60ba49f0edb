package se.fyren.bot.teams.protocol;

import se.fyren.bot.teams.TeamsProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Only Microsoft's connectors get Fyren's token, however a forged service URL is spelled.
 */
class TrustedServiceUrlsTest {

	private final TrustedServiceUrls trusted = new TrustedServiceUrls(List.of("https://smba.trafficmanager.net/"));

	@Test
	void trustsTeamsConnectorsOfEveryRegion() {
		assertThat(trusted.trusts("https://smba.trafficmanager.net/emea/")).isTrue();
		assertThat(trusted.trusts("https://SMBA.trafficmanager.net/teams")).isTrue();
	}

	@Test
	void refusesLookalikeHostsUserInfoAndOtherSchemes() {
		assertThat(trusted.trusts("https://smba.trafficmanager.net.evil.example/emea/")).isFalse();
		assertThat(trusted.trusts("https://smba.trafficmanager.net@evil.example/emea/")).isFalse();
		assertThat(trusted.trusts("http://smba.trafficmanager.net/emea/")).isFalse();
		assertThat(trusted.trusts("https://smba.trafficmanager.net:8443/emea/")).isFalse();
		assertThat(trusted.trusts("not a url")).isFalse();
		assertThat(trusted.trusts("//smba.trafficmanager.net/emea/")).isFalse();
		assertThat(trusted.trusts(null)).isFalse();
	}

	@Test
	void settingsRejectATrustedPrefixWithoutItsSlash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TeamsProperties("id", "secret", "", "https://x/", "https://y/",
					List.of("https://smba.trafficmanager.net"), Duration.ofMinutes(5), Duration.ofMinutes(5), 4, 3,
					Duration.ofSeconds(30)))
			.withMessageContaining("https://smba.trafficmanager.net");
	}

}
