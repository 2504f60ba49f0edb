package se.fyren.bot.teams;

import se.fyren.bot.teams.protocol.Activity;
import se.fyren.bot.teams.protocol.ConversationReference;
import se.fyren.bot.teams.protocol.ConversationReferences;
import se.fyren.bot.teams.protocol.InboundTokens;
import se.fyren.bot.teams.protocol.TrustedServiceUrls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.ChatWorkers;
import se.fyren.bot.chat.Deliveries;

/**
 * {@code POST /api/messages}, where the Bot Framework delivers Teams' activities. Every
 * request must carry a valid Bot Framework token for an activity from a trusted
 * connector, or it gets 401 with an empty body (the reason goes to the log). A message is
 * acknowledged at once and answered on a worker thread, once even when Teams delivers it
 * again; the message extension's search is the one thing Teams waits for.
 */
@RestController
@Profile("!cli")
@Conditional(TeamsConfigured.class)
class TeamsEndpoint {

	static final String PATH = "/api/messages";

	private static final Logger log = LoggerFactory.getLogger(TeamsEndpoint.class);

	private final InboundTokens tokens;

	private final TrustedServiceUrls trusted;

	private final ConversationReferences references;

	private final TeamsPeople people;

	private final TeamsActivities activities;

	private final ComposeExtension extension;

	private final ChatWorkers workers;

	private final Deliveries deliveries;

	private final JsonMapper json;

	private final TeamsProperties properties;

	TeamsEndpoint(InboundTokens tokens, TrustedServiceUrls trusted, ConversationReferences references,
			TeamsPeople people, TeamsActivities activities, ComposeExtension extension,
			@Qualifier("teamsWorkers") ChatWorkers workers, Deliveries deliveries, JsonMapper json,
			TeamsProperties properties) {
		this.tokens = tokens;
		this.trusted = trusted;
		this.references = references;
		this.people = people;
		this.activities = activities;
		this.extension = extension;
		this.workers = workers;
		this.deliveries = deliveries;
		this.json = json;
		this.properties = properties;
	}

	@PostMapping(path = PATH, consumes = MediaType.ALL_VALUE)
	ResponseEntity<?> receive(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) String body) {
		Activity activity = read(body);
		try {
			tokens.verify(authorization, activity == null ? null : activity.serviceUrl(),
					activity == null ? null : activity.channelId());
		}
		catch (InboundTokens.Refused ex) {
			log.warn("Teams request refused: {}", ex.getMessage());
			return ResponseEntity.status(401).build();
		}
		if (activity == null || !activity.complete()) {
			// Never the body itself: it is what the sender wrote.
			log.warn("Teams request with a valid token but no usable activity ({})",
					body == null ? "empty body" : body.length() + " characters");
			return ResponseEntity.badRequest().build();
		}
		if (!properties.admitsTenant(activity.tenant().orElse(null))) {
			log.warn("Teams activity {} from tenant {} refused: this bot serves tenant {} only", activity.id(),
					activity.tenant().orElse("(none or two)"), properties.tenant());
			return ResponseEntity.status(403).build();
		}
		if (!trusted.trusts(activity.serviceUrl())) {
			log.warn("Teams activity {} names untrusted service URL {}; refused", activity.id(), activity.serviceUrl());
			return ResponseEntity.status(401).build();
		}
		references.remember(ConversationReference.of(activity));
		people.remember(activity);
		if (Activity.INVOKE.equals(activity.type()) && ComposeExtension.QUERY.equals(activity.name())) {
			return ResponseEntity.ok(extension.query(activity));
		}
		if (activity.id() != null && !deliveries.firstTime(Channel.TEAMS, activity.deliveryKey())) {
			log.info("Teams activity {} ({}) delivered again; handled once", activity.id(), activity.type());
		}
		else {
			workers.submit(activity.type() + " " + activity.id(), () -> activities.handle(activity));
		}
		if (Activity.INVOKE.equals(activity.type())) {
			// An invoke wants an invoke response; the real reply follows as its own
			// message.
			return ResponseEntity.ok(json.createObjectNode()
				.put("statusCode", 200)
				.put("type", "application/vnd.microsoft.activity.message")
				.put("value", ""));
		}
		return ResponseEntity.ok().build();
	}

	private Activity read(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return json.readValue(body, Activity.class);
		}
		catch (JacksonException ex) {
			// By kind only: a parse error quotes the body.
			log.info("Teams request body is not an activity: {}", ex.getClass().getSimpleName());
			return null;
		}
	}

}
