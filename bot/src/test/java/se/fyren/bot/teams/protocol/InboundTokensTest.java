package se.fyren.bot.teams.protocol;

import se.fyren.bot.teams.FakeMicrosoft;
import se.fyren.bot.teams.TeamsProperties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.MutableClock;

/**
 * Inbound tokens against a fake Microsoft over HTTP, on a clock the test moves: the
 * OpenID metadata read once a day, and an outage of it does not lock Teams out.
 */
@ExtendWith(OutputCaptureExtension.class)
class InboundTokensTest {

	private final FakeMicrosoft microsoft = new FakeMicrosoft();

	private final MutableClock clock = new MutableClock(Instant.now(), ZoneOffset.UTC);

	private final InboundTokens tokens = new InboundTokens(new TeamsProperties(FakeMicrosoft.APP_ID, "secret", "",
			microsoft.metadataUrl(), microsoft.tokenUrl(), List.of(microsoft.serviceUrl()), Duration.ofMinutes(5),
			Duration.ofMinutes(5), 1, 0, Duration.ofSeconds(1)), clock, HttpClient.newHttpClient(),
			JsonMapper.builder().build());

	@AfterEach
	void stopMicrosoft() {
		microsoft.close();
	}

	@Test
	void cachedKeysStayInUseWhileTheMetadataCannotBeReadAgain(CapturedOutput output) {
		// Valid for two days, so it outlives the test's moving the clock.
		String bearer = "Bearer "
				+ microsoft.token(claims -> claims.expirationTime(Date.from(Instant.now().plus(Duration.ofDays(2)))));
		tokens.verify(bearer, microsoft.serviceUrl(), "msteams");

		microsoft.metadataDown(true);
		clock.advance(InboundTokens.METADATA_LIFETIME.plusHours(1));
		assertThatNoException().isThrownBy(() -> tokens.verify(bearer, microsoft.serviceUrl(), "msteams"));
		assertThatNoException().isThrownBy(() -> tokens.verify(bearer, microsoft.serviceUrl(), "msteams"));
		// One failed read, not one per request.
		assertThat(metadataReads()).isEqualTo(2);
		assertThat(output).contains("Could not refresh the Bot Framework's OpenID metadata");

		microsoft.metadataDown(false);
		clock.advance(InboundTokens.REFRESH_RETRY);
		tokens.verify(bearer, microsoft.serviceUrl(), "msteams");
		assertThat(metadataReads()).isEqualTo(3);
		clock.advance(Duration.ofHours(1));
		tokens.verify(bearer, microsoft.serviceUrl(), "msteams");
		assertThat(metadataReads()).isEqualTo(3);
	}

	/**
	 * Microsoft's key server refusing the connection (a firewall, no outbound proxy set)
	 * was told in health and the log as "unreadable: null": Java's HTTP client gives that
	 * error no message, so the reason names its kind.
	 */
	@Test
	void metadataThatCannotBeReachedIsToldWhyNotNull() throws IOException {
		String closed;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = "http://127.0.0.1:" + socket.getLocalPort() + "/v1/.well-known/openidconfiguration";
		}
		InboundTokens unreachable = new InboundTokens(new TeamsProperties(FakeMicrosoft.APP_ID, "secret", "", closed,
				microsoft.tokenUrl(), List.of(microsoft.serviceUrl()), Duration.ofMinutes(5), Duration.ofMinutes(5), 1,
				0, Duration.ofSeconds(1)), clock, HttpClient.newHttpClient(), JsonMapper.builder().build());

		assertThat(unreachable.keysAvailable()).hasValueSatisfying(reason -> assertThat(reason)
			.startsWith("OpenID metadata at " + closed + " unreadable: ConnectException")
			.doesNotContain("null"));
	}

	@Test
	void forgedTokensWithUnknownKeyIdsDoNotMakeFyrenReadTheKeysEachTime() {
		tokens.verify("Bearer " + microsoft.token(claims -> {
		}), microsoft.serviceUrl(), "msteams");
		int before = keyReads();

		for (int i = 0; i < FORGED_TOKENS; i++) {
			String forged = "Bearer " + microsoft.tokenWithUnknownKey("forged-" + i);
			assertThatExceptionOfType(InboundTokens.Refused.class)
				.isThrownBy(() -> tokens.verify(forged, microsoft.serviceUrl(), "msteams"));
		}

		// Nimbus' rate limiter lets two reads through per interval; 200 without it.
		assertThat(keyReads() - before).isLessThanOrEqualTo(2);
	}

	static final int FORGED_TOKENS = 200;

	private int keyReads() {
		return microsoft.calls(call -> call.path().equals("/keys")).size();
	}

	private int metadataReads() {
		return microsoft.calls(call -> call.path().equals("/openid")).size();
	}

}
