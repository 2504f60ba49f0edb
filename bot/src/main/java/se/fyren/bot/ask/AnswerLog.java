package se.fyren.bot.ask;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.fyren.bot.chat.Channel;
import se.fyren.knowledge.Answer;

/**
 * Every answer Fyren gives, with the helpful / not helpful ratings it gets, so the worst
 * answers can be found and the reports or the thesaurus improved.
 */
@Repository
public class AnswerLog {

	// The version and variant bits of RFC 4122, so the id reads as any random UUID.
	private static final long UUID_VERSION_MASK = 0xF000L;

	private static final long UUID_VERSION_4 = 0x4000L;

	private static final long UUID_VARIANT_MASK = 0xC000_0000_0000_0000L;

	private static final long UUID_VARIANT_IETF = 0x8000_0000_0000_0000L;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MeterRegistry meters;

	public AnswerLog(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.meters = meters;
		// Every series a dashboard reads is there from the start, at 0, not only after
		// its first event.
		for (Channel channel : Channel.values()) {
			questions(channel, true);
			questions(channel, false);
		}
		ratings(true);
		ratings(false);
	}

	/** An answer as the feedback list shows it: most "not helpful" first. */
	public record RatedAnswer(String id, String question, boolean found, String answer, int helpful, int notHelpful) {
	}

	String record(Channel channel, Answer answer) {
		String id = newId();
		jdbc.sql("""
				insert into answer (id, channel, question, found, answer_text, created_at)
				values (:id, :channel, :question, :found, :text, :created)""")
			.param("id", id)
			.param("channel", channel.name())
			.param("question", answer.question())
			.param("found", answer.found())
			.param("text", answer.text())
			.param("created", OffsetDateTime.now(clock))
			.update();
		questions(channel, answer.found()).increment();
		return id;
	}

	private Counter questions(Channel channel, boolean found) {
		return meters.counter("fyren.questions", "channel", channel.name().toLowerCase(Locale.ROOT), "outcome",
				found ? "answered" : "abstained");
	}

	private Counter ratings(boolean helpful) {
		return meters.counter("fyren.ratings", "helpful", String.valueOf(helpful));
	}

	/**
	 * A random version-4 UUID from the thread's own generator. An answer id only lets a
	 * rating find its answer, so it needs no cryptographic strength; UUID.randomUUID()
	 * draws from one SecureRandom that every answering thread contends on under load.
	 */
	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = random.nextLong() & ~UUID_VERSION_MASK | UUID_VERSION_4;
		long low = random.nextLong() & ~UUID_VARIANT_MASK | UUID_VARIANT_IETF;
		return new UUID(high, low).toString();
	}

	/**
	 * Stores a rating; false when there is no such answer. A user's second rating
	 * replaces the first.
	 */
	public boolean rate(String answerId, String user, boolean helpful) {
		Integer known = jdbc.sql("select count(*) from answer where id = :id")
			.param("id", answerId)
			.query(Integer.class)
			.single();
		if (known == 0) {
			return false;
		}
		String rater = user == null ? "" : user;
		jdbc.sql("delete from feedback where answer_id = :id and rater = :rater")
			.param("id", answerId)
			.param("rater", rater)
			.update();
		jdbc.sql("""
				insert into feedback (answer_id, rater, helpful, created_at)
				values (:id, :rater, :helpful, :created)""")
			.param("id", answerId)
			.param("rater", rater)
			.param("helpful", helpful)
			.param("created", OffsetDateTime.now(clock))
			.update();
		ratings(helpful).increment();
		return true;
	}

	/**
	 * Deletes the answers asked before the cut-off, their ratings with them; how many.
	 */
	int deleteAskedBefore(Instant cutOff) {
		jdbc.sql("delete from feedback where answer_id in (select id from answer where created_at < :cutOff)")
			.param("cutOff", cutOff.atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("delete from answer where created_at < :cutOff")
			.param("cutOff", cutOff.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The worst-rated answers from every chat: for the administrator at the server. */
	public List<RatedAnswer> worst(int limit) {
		return worst(limit, List.of(Channel.values()));
	}

	/**
	 * The worst-rated answers asked in the given chats only: questions asked in Slack or
	 * Teams (direct messages among them) are not for anyone who can open the web chat.
	 */
	List<RatedAnswer> worst(int limit, List<Channel> asked) {
		return jdbc.sql("""
				select a.id, a.question, a.found, a.answer_text,
				       sum(case when f.helpful then 1 else 0 end) as helpful,
				       sum(case when f.helpful then 0 else 1 end) as not_helpful
				from answer a join feedback f on f.answer_id = a.id
				where a.channel in (:channels)
				group by a.id, a.question, a.found, a.answer_text
				having sum(case when f.helpful then 0 else 1 end) > 0
				order by not_helpful desc, helpful asc
				limit :limit""")
			.param("limit", limit)
			.param("channels", asked.stream().map(Channel::name).toList())
			.query((rs, row) -> new RatedAnswer(rs.getString("id"), rs.getString("question"), rs.getBoolean("found"),
					rs.getString("answer_text"), rs.getInt("helpful"), rs.getInt("not_helpful")))
			.list();
	}

}
