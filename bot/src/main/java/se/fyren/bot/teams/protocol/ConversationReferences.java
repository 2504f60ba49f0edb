package se.fyren.bot.teams.protocol;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Teams conversations Fyren has heard from, kept up to date on every inbound
 * activity, so a reminder or a dialogue step can be posted there later, after a restart
 * too.
 */
public final class ConversationReferences {

	private final JdbcClient jdbc;

	private final Clock clock;

	public ConversationReferences(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void remember(ConversationReference reference) {
		if (reference.botId() == null) {
			return;
		}
		if (update(reference) == 0) {
			try {
				insert(reference);
			}
			catch (DuplicateKeyException ex) {
				// Two activities of a new conversation at once: the other one inserted it
				// first.
				update(reference);
			}
		}
	}

	public Optional<ConversationReference> find(String conversationId) {
		return jdbc.sql("""
				select conversation_id, service_url, tenant_id, bot_id, bot_name, conversation_type
				from teams_conversation where conversation_id = :id""")
			.param("id", conversationId)
			.query((rs, row) -> new ConversationReference(rs.getString("conversation_id"), rs.getString("service_url"),
					rs.getString("tenant_id"), rs.getString("bot_id"), rs.getString("bot_name"),
					rs.getString("conversation_type")))
			.optional();
	}

	private int update(ConversationReference reference) {
		return jdbc.sql("""
				update teams_conversation set service_url = :url, tenant_id = :tenant, bot_id = :bot,
				       bot_name = :name, conversation_type = :type, updated_at = :now
				where conversation_id = :id""").params(params(reference)).update();
	}

	private void insert(ConversationReference reference) {
		jdbc.sql("""
				insert into teams_conversation
				    (conversation_id, service_url, tenant_id, bot_id, bot_name, conversation_type, updated_at)
				values (:id, :url, :tenant, :bot, :name, :type, :now)""").params(params(reference)).update();
	}

	private Map<String, Object> params(ConversationReference reference) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", reference.conversationId());
		params.put("url", reference.serviceUrl());
		params.put("tenant", reference.tenantId());
		params.put("bot", reference.botId());
		params.put("name", reference.botName());
		params.put("type", reference.conversationType());
		params.put("now", OffsetDateTime.now(clock));
		return params;
	}

}
