package se.fyren.bot.dialogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import se.fyren.bot.chat.Channel;
import se.fyren.bot.chat.Destination;

/**
 * Dialogue chains, their steps and answers in the database, written as they happen. Moves
 * between steps are conditional updates, so a click and a timer racing for the same
 * question move the chain on once.
 */
@Repository
class Chains {

	// Ends in a space: a text block after it loses its leading indentation.
	private static final String CHAIN_COLUMNS = "id, channel, conversation, thread, template, group_name, facilitator, "
			+ "anonymous, locale, step, step_deadline, step_message, state, started_at, ended_at ";

	/** As the column holds them; a template's question is far shorter. */
	private static final int MAX_QUESTION_CHARS = 4000;

	private final JdbcClient jdbc;

	Chains(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new running chain with the secret its export links carry; false when one
	 * already runs in that conversation.
	 */
	boolean create(DialogueChain chain, String exportKey) {
		try {
			jdbc.sql("""
					insert into dialogue_chain (id, channel, conversation, thread, template, group_name, facilitator,
					    anonymous, locale, step, step_deadline, step_message, state, running_in, started_at, export_key)
					values (:id, :channel, :conversation, :thread, :template, :group, :facilitator, :anonymous,
					    :locale, :step, :deadline, null, 'RUNNING', :runningIn, :started, :exportKey)""")
				.param("id", chain.id())
				.param("channel", chain.where().channel().name())
				.param("conversation", chain.where().conversation())
				.param("thread", chain.where().thread())
				.param("template", chain.template())
				.param("group", chain.group())
				.param("facilitator", chain.facilitator())
				.param("anonymous", chain.anonymous())
				.param("locale", chain.locale().toLanguageTag())
				.param("step", chain.step())
				.param("deadline", time(chain.stepDeadline()))
				.param("runningIn", runningKey(chain.where()))
				.param("started", time(chain.startedAt()))
				.param("exportKey", exportKey)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	Optional<DialogueChain> find(String id) {
		return jdbc.sql("select " + CHAIN_COLUMNS + " from dialogue_chain where id = :id")
			.param("id", id)
			.query(this::chain)
			.optional();
	}

	Optional<DialogueChain> runningIn(Destination where) {
		return jdbc.sql("select " + CHAIN_COLUMNS + " from dialogue_chain where running_in = :runningIn")
			.param("runningIn", runningKey(where))
			.query(this::chain)
			.optional();
	}

	/**
	 * The chain whose thread this is, running or not (edits to answers count after the
	 * end too).
	 */
	Optional<DialogueChain> inThread(Destination where) {
		if (where.thread() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select " + CHAIN_COLUMNS + """
				from dialogue_chain where channel = :channel and conversation = :conversation and thread = :thread""")
			.param("channel", where.channel().name())
			.param("conversation", where.conversation())
			.param("thread", where.thread())
			.query(this::chain)
			.optional();
	}

	List<DialogueChain> running() {
		return jdbc.sql("select " + CHAIN_COLUMNS + " from dialogue_chain where state = 'RUNNING'")
			.query(this::chain)
			.list();
	}

	List<DialogueChain> due(Instant now) {
		return jdbc.sql("select " + CHAIN_COLUMNS + """
				from dialogue_chain where state = 'RUNNING' and step_deadline <= :now order by step_deadline""")
			.param("now", time(now))
			.query(this::chain)
			.list();
	}

	List<DialogueChain> history(Channel channel, String conversation, int limit) {
		return jdbc.sql("select " + CHAIN_COLUMNS + """
				from dialogue_chain where channel = :channel and conversation = :conversation
				order by started_at desc limit :limit""")
			.param("channel", channel.name())
			.param("conversation", conversation)
			.param("limit", limit)
			.query(this::chain)
			.list();
	}

	void startedIn(String id, String thread) {
		jdbc.sql("update dialogue_chain set thread = :thread where id = :id")
			.param("thread", thread)
			.param("id", id)
			.update();
	}

	/**
	 * Moves a running chain from one question to the next; false when it is no longer on
	 * that question (someone else moved it first) or no longer running.
	 * @param nextDeadline when the next question closes; null when there is none, and the
	 * chain ends as finished in the same update, so a crash before its summary is posted
	 * cannot leave it running without a deadline
	 */
	@Transactional
	boolean moveOn(String id, int from, boolean skipped, Instant nextDeadline, Instant now) {
		String set = nextDeadline == null
				? "state = 'FINISHED', running_in = null, step_deadline = null, ended_at = :now"
				: "step_deadline = :deadline";
		int moved = jdbc
			.sql("update dialogue_chain set step = :to, step_message = null, " + set
					+ " where id = :id and step = :from and state = 'RUNNING'")
			.param("to", from + 1)
			.param("deadline", time(nextDeadline))
			.param("now", time(now))
			.param("id", id)
			.param("from", from)
			.update();
		if (moved == 1 && skipped) {
			jdbc.sql("update dialogue_step set skipped = true where chain_id = :id and step = :step")
				.param("id", id)
				.param("step", from)
				.update();
		}
		return moved == 1;
	}

	/** Records the message a question was posted as. */
	/**
	 * A question posted: its message, and its text as the template has it now, so the
	 * chain's summary outlives its template file.
	 */
	void asked(String id, int step, String message, String question) {
		jdbc.sql("update dialogue_chain set step_message = :message where id = :id and step = :step")
			.param("message", message)
			.param("id", id)
			.param("step", step)
			.update();
		jdbc.sql("""
				insert into dialogue_step (chain_id, step, message_id, skipped, question_text)
				values (:id, :step, :message, false, :question)""")
			.param("id", id)
			.param("step", step)
			.param("message", message)
			.param("question",
					question.length() > MAX_QUESTION_CHARS ? question.substring(0, MAX_QUESTION_CHARS) : question)
			.update();
	}

	/**
	 * The questions a chain asked, by step, as they were asked; empty for a step asked
	 * before the texts were kept.
	 */
	Map<Integer, Optional<String>> askedQuestions(String id) {
		Map<Integer, Optional<String>> asked = new TreeMap<>();
		jdbc.sql("select step, question_text from dialogue_step where chain_id = :id")
			.param("id", id)
			.query((row, number) -> Map.entry(row.getInt("step"), Optional.ofNullable(row.getString("question_text"))))
			.list()
			.forEach(step -> asked.put(step.getKey(), step.getValue()));
		return asked;
	}

	boolean extend(String id, int step, Instant deadline) {
		return jdbc.sql("""
				update dialogue_chain set step_deadline = :deadline
				where id = :id and step = :step and state = 'RUNNING'""")
			.param("deadline", time(deadline))
			.param("id", id)
			.param("step", step)
			.update() == 1;
	}

	/** Ends a running chain; false when it had already ended. */
	boolean end(String id, ChainState state, Instant at) {
		return jdbc.sql("""
				update dialogue_chain set state = :state, running_in = null, step_deadline = null, ended_at = :at
				where id = :id and state = 'RUNNING'""")
			.param("state", state.name())
			.param("at", time(at))
			.param("id", id)
			.update() == 1;
	}

	/**
	 * The chain's export secret: the stored one, or the given one stored now (a chain
	 * from before there were secrets); empty when there is no such chain.
	 */
	Optional<String> exportKey(String id, String fresh) {
		jdbc.sql("update dialogue_chain set export_key = :key where id = :id and export_key is null")
			.param("key", fresh)
			.param("id", id)
			.update();
		return jdbc.sql("select export_key from dialogue_chain where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	List<Integer> skippedSteps(String id) {
		return jdbc.sql("select step from dialogue_step where chain_id = :id and skipped order by step")
			.param("id", id)
			.query(Integer.class)
			.list();
	}

	/**
	 * Stores an answer; false when that message was already stored (a chat delivering it
	 * twice).
	 */
	boolean answer(String chainId, ChainAnswer answer) {
		try {
			jdbc.sql("""
					insert into dialogue_answer (chain_id, step, message_id, user_id, user_name, answer_text, edited,
					    deleted, answered_at)
					values (:chain, :step, :message, :user, :name, :text, false, false, :at)""")
				.param("chain", chainId)
				.param("step", answer.step())
				.param("message", answer.message())
				.param("user", answer.user())
				.param("name", answer.name())
				.param("text", answer.text())
				.param("at", time(answer.answeredAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	boolean edit(String chainId, String message, String text, Instant at) {
		return jdbc.sql("""
				update dialogue_answer set answer_text = :text, edited = true, deleted = false, changed_at = :at
				where chain_id = :chain and message_id = :message""")
			.param("text", text)
			.param("at", time(at))
			.param("chain", chainId)
			.param("message", message)
			.update() == 1;
	}

	boolean delete(String chainId, String message, Instant at) {
		return jdbc.sql("""
				update dialogue_answer set deleted = true, changed_at = :at
				where chain_id = :chain and message_id = :message""")
			.param("at", time(at))
			.param("chain", chainId)
			.param("message", message)
			.update() == 1;
	}

	/** All answers of a chain, deleted ones too, in the order they came. */
	List<ChainAnswer> answers(String chainId) {
		return jdbc.sql("""
				select step, message_id, user_id, user_name, answer_text, edited, deleted, answered_at
				from dialogue_answer where chain_id = :chain order by arrival""")
			.param("chain", chainId)
			.query((rs, row) -> new ChainAnswer(rs.getInt("step"), rs.getString("message_id"), rs.getString("user_id"),
					rs.getString("user_name"), rs.getString("answer_text"), rs.getBoolean("edited"),
					rs.getBoolean("deleted"), instant(rs, "answered_at")))
			.list();
	}

	/**
	 * Deletes chains started before the cut-off, with their answers; the counts deleted.
	 */
	@Transactional
	Deleted deleteStartedBefore(Instant cutOff) {
		int answers = jdbc.sql("""
				delete from dialogue_answer where chain_id in
				    (select id from dialogue_chain where started_at < :cutOff and state <> 'RUNNING')""")
			.param("cutOff", time(cutOff))
			.update();
		jdbc.sql("""
				delete from dialogue_step where chain_id in
				    (select id from dialogue_chain where started_at < :cutOff and state <> 'RUNNING')""")
			.param("cutOff", time(cutOff))
			.update();
		int chains = jdbc.sql("delete from dialogue_chain where started_at < :cutOff and state <> 'RUNNING'")
			.param("cutOff", time(cutOff))
			.update();
		return new Deleted(chains, answers);
	}

	record Deleted(int chains, int answers) {
	}

	private DialogueChain chain(ResultSet rs, int row) throws SQLException {
		Destination where = new Destination(Channel.valueOf(rs.getString("channel")), rs.getString("conversation"),
				rs.getString("thread"));
		return new DialogueChain(rs.getString("id"), where, rs.getString("template"), rs.getString("group_name"),
				rs.getString("facilitator"), rs.getBoolean("anonymous"), Locale.forLanguageTag(rs.getString("locale")),
				rs.getInt("step"), instant(rs, "step_deadline"), rs.getString("step_message"),
				ChainState.valueOf(rs.getString("state")), instant(rs, "started_at"), instant(rs, "ended_at"));
	}

	private static String runningKey(Destination where) {
		return where.channel().name() + "/" + where.conversation();
	}

	/**
	 * In milliseconds: a column keeps fewer digits than a clock gives, and a rounded
	 * deadline would never be due.
	 */
	private static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

}
