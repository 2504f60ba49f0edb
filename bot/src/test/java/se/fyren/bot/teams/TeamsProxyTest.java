package se.fyren.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ProxySelector;

import org.junit.jupiter.api.Test;

/**
 * Behind a municipality's outbound proxy, Fyren's calls to Microsoft go through the JVM's
 * proxy settings ({@code -Dhttps.proxyHost}), as Slack's do (OkHttp asks the same
 * selector).
 */
class TeamsProxyTest {

	@Test
	void teamsCallsUseTheJvmsProxySettings() {
		assertThat(new TeamsConfiguration().teamsHttp().proxy()).containsSame(ProxySelector.getDefault());
	}

}
