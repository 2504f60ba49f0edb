package se.fyren.bot.radar;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Inbound;
import se.fyren.bot.chat.PostOnce;
import se.fyren.bot.chat.Reply;
import se.fyren.bot.wheel.Audience;
import se.fyren.bot.wheel.Occurrence;
import se.fyren.bot.wheel.WheelProperties;

/**
 * Tells a team when its issue's window opens (all three streams live while a decision
 * point is within its lead time), and once more if it closes before the decision (a
 * stream went stale). Once per issue and decision point, across restarts and instances,
 * by the same claims as the year wheel's reminders ({@link PostOnce}), with the same post
 * timeout for a claim an instance left unfinished when it died. Runs when a signal is
 * logged or removed, and every night (streams go stale and decision points come near by
 * themselves).
 */
@Service
public class WindowWatch {

	private static final Logger log = LoggerFactory.getLogger(WindowWatch.class);

	private static final Locale LOCALE = Inbound.SWEDISH;

	private final FollowedIssues issues;

	private final IssueReadings readings;

	private final WindowNotices notices;

	private final RadarCards cards;

	private final PostOnce once;

	private final Duration postTimeout;

	WindowWatch(FollowedIssues issues, IssueReadings readings, WindowNotices notices, RadarCards cards, PostOnce once,
			WheelProperties wheel) {
		this.issues = issues;
		this.readings = readings;
		this.notices = notices;
		this.cards = cards;
		this.once = once;
		this.postTimeout = wheel.postTimeout();
	}

	/** Looks at every followed issue; the number of notices posted. */
	public int checkAll() {
		int posted = 0;
		for (Map.Entry<FollowedIssue, Radar.Reading> read : readings.readAll(issues.all(), null).entrySet()) {
			posted += check(read.getKey(), read.getValue());
		}
		return posted;
	}

	/** Looks at one issue; the number of notices posted (0, 1 or 2). */
	int check(FollowedIssue issue) {
		return check(issue, readings.read(issue));
	}

	/**
	 * A window's notices follow its state: an opening is said when the window is open and
	 * was not last said to be, a closing when it was last said to be open and a stream is
	 * no longer live. A window that closed and opens again is said to open again, as a
	 * further opening. The last notice is offered again while it stands, so one that
	 * failed or was left unfinished is retried ({@link PostOnce}).
	 */
	private int check(FollowedIssue issue, Radar.Reading reading) {
		Optional<Audience> audience = issue.audience();
		if (audience.isEmpty()) {
			return 0;
		}
		Map<WindowNotices.Decision, WindowNotices.Notice> latest = notices.latest(issue.id(), reading.today());
		int posted = 0;
		if (reading.openFor().isPresent()) {
			Occurrence decision = reading.openFor().get();
			WindowNotices.Notice last = latest.get(decision(issue, decision));
			WindowNotices.Notice notice = last == null ? first(issue, decision) : last.open() ? last : last.next();
			posted += send(notice, audience.get(), () -> cards.opened(issue, reading, decision, LOCALE)) ? 1 : 0;
		}
		if (!reading.allLive()) {
			for (Occurrence decision : reading.ahead()) {
				WindowNotices.Notice last = latest.get(decision(issue, decision));
				if (last != null) {
					WindowNotices.Notice closed = last.open() ? last.next() : last;
					posted += send(closed, audience.get(), () -> cards.closed(issue, reading, decision, LOCALE)) ? 1
							: 0;
				}
			}
		}
		return posted;
	}

	private static WindowNotices.Decision decision(FollowedIssue issue, Occurrence decision) {
		return new WindowNotices.Decision(issue.calendar(), decision.event().id(), decision.date());
	}

	private static WindowNotices.Notice first(FollowedIssue issue, Occurrence decision) {
		return new WindowNotices.Notice(issue.id(), issue.calendar(), decision.event().id(), decision.date(), 1,
				WindowNotices.Kind.OPENED);
	}

	/** Posts the notice once only (see {@link PostOnce}): whether it was posted now. */
	private boolean send(WindowNotices.Notice notice, Audience audience, Supplier<Reply.Card> card) {
		PostOnce.Attempt attempt = once.post(notices.claims(), WindowNotices.key(notice), postTimeout,
				audience.destination(), key(notice, audience), card, LOCALE);
		switch (attempt.outcome()) {
			case SENT -> log.info("Window notice {} (opening {}) {} {} of issue {} posted to {}", notice.kind(),
					notice.opening(), notice.eventId(), notice.occursOn(), notice.issueId(), audience);
			case CLAIMED_ELSEWHERE -> log.info("Window notice {} {} {} of issue {} was claimed by another instance",
					notice.kind(), notice.eventId(), notice.occursOn(), notice.issueId());
			case FAILED ->
				log.warn("Window notice {} {} {} of issue {} was not posted to {}; tried again at the next check",
						notice.kind(), notice.eventId(), notice.occursOn(), notice.issueId(), audience);
			default -> {
				// Sent before, or the chat is asked again at the next check.
			}
		}
		return attempt.outcome() == PostOnce.Outcome.SENT;
	}

	/** The same for every attempt at one notice, whichever instance makes it. */
	static String key(WindowNotices.Notice notice, Audience audience) {
		// A first opening's key is the one notices had before a window could open again,
		// so a post under way across the upgrade is still found.
		String identity = String.join("|", notice.issueId(), notice.calendar(), notice.eventId(),
				notice.occursOn().toString(), notice.kind().key(), audience.toString())
				+ (notice.opening() == 1 ? "" : "|" + notice.opening());
		return "radar:" + UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
	}

	List<WindowNotices.Notice> history(FollowedIssue issue) {
		return notices.all(issue.id());
	}

}
