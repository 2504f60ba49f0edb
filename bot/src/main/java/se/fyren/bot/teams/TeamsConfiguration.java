package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.AppToken;
import se.fyren.bot.teams.protocol.ConversationReferences;
import se.fyren.bot.teams.protocol.InboundTokens;
import se.fyren.bot.teams.protocol.TeamsConnector;
import se.fyren.bot.teams.protocol.TrustedServiceUrls;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Reachability;
import se.fyren.bot.chat.ReachabilityProperties;

/**
 * Fyren in Microsoft Teams, when an app id and an app password are set: the Bot Framework
 * endpoint at {@code /api/messages} and an {@link se.fyren.bot.chat.Outbox} for posting
 * on Fyren's own initiative.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
@Conditional(TeamsConfigured.class)
@EnableConfigurationProperties({ TeamsProperties.class, ReachabilityProperties.class })
class TeamsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TeamsConfiguration.class);

	/**
	 * Through the JVM's proxy settings ({@code -Dhttps.proxyHost=...}), as Slack's client
	 * is: Java's HttpClient uses none unless told.
	 */
	@Bean
	HttpClient teamsHttp() {
		return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).proxy(ProxySelector.getDefault()).build();
	}

	@Bean
	TrustedServiceUrls teamsTrustedServiceUrls(TeamsProperties properties) {
		return new TrustedServiceUrls(properties.trustedServiceUrls());
	}

	@Bean
	InboundTokens teamsInboundTokens(TeamsProperties properties, Clock clock, HttpClient teamsHttp, JsonMapper json) {
		return new InboundTokens(properties, clock, teamsHttp, json);
	}

	/**
	 * Teams' state in health ({@code /actuator/health/teams}): whether the keys that sign
	 * Teams' requests could be read. Read at start and retried, so Teams works as soon as
	 * Microsoft answers.
	 */
	@Bean
	Reachability teamsHealthIndicator(InboundTokens teamsInboundTokens, ReachabilityProperties settings) {
		return new Reachability("Teams", teamsInboundTokens::keysAvailable, settings);
	}

	@Bean
	ConversationReferences teamsConversationReferences(JdbcClient jdbc, Clock clock) {
		return new ConversationReferences(jdbc, clock);
	}

	@Bean
	TeamsPeople teamsPeople() {
		return new TeamsPeople();
	}

	@Bean
	TeamsConnector teamsConnector(HttpClient teamsHttp, TeamsProperties properties, TrustedServiceUrls trusted,
			JsonMapper json, Clock clock) {
		return new TeamsConnector(teamsHttp, new AppToken(properties, teamsHttp, json, clock), trusted, json,
				properties);
	}

	@Bean
	AdaptiveCards teamsCards(JsonMapper json, MessageSource messages) {
		return new AdaptiveCards(json, messages);
	}

	@Bean
	TeamsOutbox teamsOutbox(ConversationReferences references, AdaptiveCards cards, TeamsConnector connector,
			JsonMapper json) {
		return new TeamsOutbox(references, cards, connector, json);
	}

	@Bean
	TeamsActivities teamsActivities(Conversation conversation, TeamsOutbox outbox, MessageSource messages) {
		return new TeamsActivities(conversation, outbox, messages);
	}

	@Bean
	ComposeExtension teamsComposeExtension(Conversation conversation, AdaptiveCards cards, JsonMapper json) {
		return new ComposeExtension(conversation, cards, json);
	}

	@Bean
	ChatWorkers teamsWorkers(TeamsProperties properties) {
		return new ChatWorkers(Channel.TEAMS, properties.workers());
	}

	@Bean
	ApplicationRunner teamsReady(TeamsProperties properties) {
		return args -> log.info("Teams adapter on: Bot Framework endpoint at {} for app {}", TeamsEndpoint.PATH,
				properties.appId());
	}

}
