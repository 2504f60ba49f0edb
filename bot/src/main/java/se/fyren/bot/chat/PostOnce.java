package se.fyren.bot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import se.fyren.bot.infra.Claims;

/**
 * Posts what Fyren says on its own (a reminder, a window notice, a suggestion) once only,
 * across restarts and instances: it is claimed in its feature's table (committed on its
 * own, outside any transaction) before it is posted, so a failure after posting cannot
 * post it again, and the post carries a key of its own. A claim another instance holds is
 * left alone unless its post failed or it was left unfinished past the lease (the
 * instance died mid-post); then the one attempt that takes it over asks the chat whether
 * the post with that key got there, and posts only if it did not.
 */
@Component
public class PostOnce {

	/** How an attempt ended, for the feature's logs and counters. */
	public enum Outcome {

		/** Posted now. */
		SENT,
		/**
		 * Found in the chat, posted before an instance stopped: now on record as sent.
		 */
		POSTED_BEFORE,
		/** Sent, or claimed by an attempt still under way: nothing to do. */
		HELD,
		/** Another instance claimed it at the same moment. */
		CLAIMED_ELSEWHERE,
		/**
		 * The chat could not say whether an earlier post got there: asked again later.
		 */
		UNKNOWN,
		/**
		 * The chat did not take the post, or the claim could not be recorded: tried again
		 * later.
		 */
		FAILED

	}

	/** One attempt: its outcome, and whether it made a new claim. */
	public record Attempt(Outcome outcome, boolean claimed, Optional<Claims.Claim> tookOver) {
	}

	private static final Logger log = LoggerFactory.getLogger(PostOnce.class);

	private final Messenger messenger;

	private final Clock clock;

	PostOnce(Messenger messenger, Clock clock) {
		this.messenger = messenger;
		this.clock = clock;
	}

	/**
	 * Claims {@code key} in {@code claims} and posts the card to the destination, unless
	 * it is claimed already; a post that throws marks the claim unsure and throws on.
	 * @param lease how long a claim may stay unfinished before another attempt takes it
	 * over
	 * @param postKey the post's idempotency key, the same for every attempt
	 */
	public Attempt post(Claims claims, List<?> key, Duration lease, Destination destination, String postKey,
			Supplier<Reply.Card> card, Locale locale) {
		boolean claimed = false;
		Optional<Claims.Claim> tookOver = Optional.empty();
		try {
			Optional<Claims.Claim> claim = claims.claimOf(key);
			if (claim.isEmpty()) {
				claims.claim(key);
				claimed = true;
			}
			else {
				if (!claim.get().takeable(clock.instant(), lease) || !claims.takeOver(key, claim.get())) {
					return new Attempt(Outcome.HELD, false, Optional.empty());
				}
				tookOver = claim;
				Outbox.Earlier earlier = messenger.earlier(destination, postKey, claim.get().claimedAt());
				if (earlier == Outbox.Earlier.POSTED) {
					claims.finish(key);
					return new Attempt(Outcome.POSTED_BEFORE, false, tookOver);
				}
				if (earlier == Outbox.Earlier.UNKNOWN) {
					claims.unsure(key);
					return new Attempt(Outcome.UNKNOWN, false, tookOver);
				}
			}
			Optional<PostedMessage> message;
			try {
				message = messenger.post(destination, card.get(), locale, postKey);
			}
			catch (RuntimeException ex) {
				claims.unsure(key);
				throw ex;
			}
			if (message.isEmpty()) {
				claims.unsure(key);
				return new Attempt(Outcome.FAILED, claimed, tookOver);
			}
			claims.finish(key);
			return new Attempt(Outcome.SENT, claimed, tookOver);
		}
		catch (DuplicateKeyException ex) {
			return new Attempt(Outcome.CLAIMED_ELSEWHERE, false, Optional.empty());
		}
		catch (DataAccessException ex) {
			log.warn("Cannot record a claim in {}: {}; tried again at the next attempt", claims.table(),
					ex.getMessage());
			return new Attempt(Outcome.FAILED, claimed, tookOver);
		}
	}

}
