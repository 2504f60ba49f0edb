package se.fyren.bot.slack;

import java.time.Clock;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Conversation;
import se.fyren.bot.chat.Deliveries;
import se.fyren.bot.chat.Reachability;
import se.fyren.bot.chat.ReachabilityProperties;

/**
 * Fyren in Slack, when a bot token is set with a signing secret, an app-level token or
 * both: with the secret, Bolt's servlet at {@code /slack/events} (signature and timestamp
 * checked by {@link SlackEventsServlet} and Bolt's RequestVerification); with the app
 * token, Socket Mode.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!cli")
@Conditional(SlackConfigured.class)
@EnableConfigurationProperties({ SlackProperties.class, ReachabilityProperties.class })
class SlackConfiguration {

	static final String PATH = "/slack/events";

	private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

	@Bean
	Slack slack(SlackProperties properties) {
		SlackConfig config = new SlackConfig();
		// Bolt's call statistics (unused here) look up the team with an extra auth.test
		// before each method's first call, logging an ERROR with a stack trace whenever
		// Slack is down.
		config.setStatsEnabled(false);
		if (properties.apiUrl() != null && !properties.apiUrl().isBlank()) {
			String prefix = properties.apiUrl().endsWith("/") ? properties.apiUrl() : properties.apiUrl() + "/";
			config.setMethodsEndpointUrlPrefix(prefix);
		}
		return Slack.getInstance(config);
	}

	@Bean
	SlackWeb slackWeb(Slack slack, SlackProperties properties) {
		return new SlackWeb(slack, properties.botToken());
	}

	// The workers hand their answers to Slack Web's posting threads: they stop first, so
	// an answer finished on shutdown is still posted.
	@Bean
	@DependsOn("slackWeb")
	ChatWorkers slackWorkers(SlackProperties properties) {
		return new ChatWorkers(Channel.SLACK, properties.workers());
	}

	@Bean
	ReplyBlocks slackReplyBlocks(MessageSource messages) {
		return new ReplyBlocks(messages);
	}

	@Bean
	SlackOutbox slackOutbox(SlackWeb web, ReplyBlocks blocks) {
		return new SlackOutbox(web, blocks);
	}

	@Bean
	SlackPeople slackPeople(SlackWeb web) {
		return new SlackPeople(web);
	}

	@Bean
	App slackApp(Slack slack, SlackProperties properties, Conversation conversation, ReplyBlocks blocks, SlackWeb web,
			@Qualifier("slackWorkers") ChatWorkers workers, Deliveries deliveries) {
		// Every value set here: AppConfig's own defaults read environment variables.
		// Socket Mode alone has no signing secret: Slack authenticates the socket by the
		// app token, and nothing is posted to Fyren to verify.
		AppConfig config = AppConfig.builder()
			.slack(slack)
			.singleTeamBotToken(properties.botToken())
			.signingSecret(properties.http() ? properties.signingSecret() : "")
			.requestVerificationEnabled(properties.http())
			.unmatchedRequestHandler(request -> {
				// Message subtypes (edits, joins) and the like: acknowledged, or Slack
				// would retry them.
				log.debug("Slack {} with no listener acknowledged", request.getRequestType());
				return request.getRequestType() == RequestType.Event ? Response.ok() : Response.error(404);
			})
			.build();
		App app = new DeferredAuthApp(config);
		new SlackEvents(conversation, blocks, web, workers, deliveries).registerOn(app);
		new SlackCommands(conversation, blocks, web, workers, deliveries).registerOn(app);
		new SlackInteractions(conversation, blocks, web, workers, deliveries).registerOn(app);
		return app;
	}

	@Bean
	@Conditional(SlackConfigured.Http.class)
	ServletRegistrationBean<SlackEventsServlet> slackServlet(App slackApp, SlackProperties properties) {
		// Slack stamps its requests by the wall clock, as Bolt checks them: not by the
		// application's clock, which names the business day (and which tests move).
		ServletRegistrationBean<SlackEventsServlet> registration = new ServletRegistrationBean<>(
				new SlackEventsServlet(slackApp, properties.signingSecret(), Clock.systemUTC()), PATH);
		registration.setName("slack");
		return registration;
	}

	/**
	 * Slack's state in health ({@code /actuator/health/slack}): whether auth.test
	 * answers.
	 */
	@Bean
	Reachability slackHealthIndicator(Slack slack, SlackProperties properties, ReachabilityProperties settings) {
		return new Reachability("Slack", new AuthTest(slack, properties.botToken()), settings);
	}

	@Bean
	SocketMode slackSocketMode(App slackApp, SlackProperties properties, Reachability slackHealthIndicator) {
		return new SocketMode(slackApp, properties, slackHealthIndicator);
	}

	@Bean
	ApplicationRunner slackReady(SlackProperties properties) {
		return args -> log.info("Slack adapter on: {}", properties.http() && properties.socketMode()
				? "HTTP at " + PATH + " and Socket Mode" : properties.http() ? "HTTP at " + PATH : "Socket Mode");
	}

}
