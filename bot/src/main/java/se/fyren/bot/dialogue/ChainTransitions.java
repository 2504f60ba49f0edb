package se.fyren.bot.dialogue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Messenger;
import se.fyren.bot.chat.PostedMessage;

/**
 * A dialogue chain's state machine: starts a chain, keeps its time by the application's
 * clock, moves it on question by question as its facilitator or its deadline says, and
 * posts the summary when it ends. Every change is stored before it is posted, so a
 * restart resumes from the database. The participants' answers are {@link ChainAnswers}'.
 */
@Service
class ChainTransitions {

	private static final Logger log = LoggerFactory.getLogger(ChainTransitions.class);

	private static final String ID_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

	private final Chains chains;

	private final Templates templates;

	private final ChainCards cards;

	private final ChainTimers timers;

	private final Messenger messenger;

	private final Clock clock;

	private final DialogueProperties properties;

	private final ChainAnswers answers;

	private final ExportKeys exportKeys;

	private final SecureRandom random = new SecureRandom();

	private final CardLocks cardLocks = new CardLocks();

	private final MeterRegistry meters;

	ChainTransitions(Chains chains, Templates templates, ChainCards cards, ChainTimers timers, Messenger messenger,
			Clock clock, DialogueProperties properties, ChainAnswers answers, ExportKeys exportKeys,
			MeterRegistry meters) {
		this.chains = chains;
		this.templates = templates;
		this.cards = cards;
		this.timers = timers;
		this.messenger = messenger;
		this.clock = clock;
		this.properties = properties;
		this.answers = answers;
		this.exportKeys = exportKeys;
		this.meters = meters;
		Gauge.builder("fyren.chains.running", chains, known -> known.running().size())
			.description("Dialogue chains running now, on every instance")
			.register(meters);
		// Both ends' series are there from the start, at 0, for dashboards and alerts.
		ended(ChainState.FINISHED);
		ended(ChainState.STOPPED);
	}

	enum Outcome {

		STARTED, ALREADY_RUNNING, NOT_POSTED

	}

	/**
	 * @param chain the new chain, or the one already running when the outcome says so
	 */
	record Started(Outcome outcome, DialogueChain chain) {
	}

	/** What steering a chain came to. */
	enum Steered {

		DONE, NOT_FACILITATOR, NOT_RUNNING, STALE,

		/**
		 * Ended as stopped, whatever the move: its template file was removed while it
		 * ran, and without the template's questions no card can be drawn; the summary
		 * holds the answers so far under the questions as they were asked.
		 */
		TEMPLATE_GONE

	}

	enum Move {

		NEXT, SKIP, MORE_TIME, STOP

	}

	/**
	 * Starts a chain in a conversation: a start message there, the first question in its
	 * thread.
	 */
	Started start(Destination conversation, Template template, String group, String facilitator, boolean anonymous,
			Locale locale) {
		Destination where = conversation.inThread(null);
		Optional<DialogueChain> running = chains.runningIn(where);
		if (running.isPresent()) {
			return new Started(Outcome.ALREADY_RUNNING, running.get());
		}
		Instant now = Instant.now(clock);
		DialogueChain chain = new DialogueChain(newId(), where, template.name(), group, facilitator, anonymous, locale,
				0, now.plus(template.timePerQuestion()), null, ChainState.RUNNING, now, null);
		// The unique constraint decides a race between two starts in the same
		// conversation.
		if (!chains.create(chain, exportKeys.fresh())) {
			return new Started(Outcome.ALREADY_RUNNING, chains.runningIn(where).orElse(chain));
		}
		Optional<PostedMessage> posted;
		try {
			posted = messenger.post(where, cards.start(chain, template), locale);
		}
		catch (RuntimeException ex) {
			// The chain is created before its start message, so the unique constraint
			// decides races; a post that fails must not leave it running, blocking the
			// conversation.
			chains.end(chain.id(), ChainState.STOPPED, now);
			log.warn("Dialogue chain {} in {} stopped: posting the start message failed", chain.id(), where, ex);
			return new Started(Outcome.NOT_POSTED, chain);
		}
		if (posted.isEmpty()) {
			chains.end(chain.id(), ChainState.STOPPED, now);
			log.warn("Dialogue chain {} in {} stopped: the start message could not be posted", chain.id(), where);
			return new Started(Outcome.NOT_POSTED, chain);
		}
		chains.startedIn(chain.id(), posted.get().id());
		DialogueChain started = chains.find(chain.id()).orElseThrow();
		// By its id: the group is what the facilitator typed, and typed text stays out of
		// the log.
		log.info("Dialogue chain {} started in {} with template {}", started.id(), where, template.name());
		ask(started, template);
		return new Started(Outcome.STARTED, started);
	}

	/**
	 * Steers a chain as its facilitator.
	 * @param step the question the click was on, so a click on an old card does nothing;
	 * null for the open one
	 */
	Steered steer(DialogueChain chain, String user, Integer step, Move move) {
		if (!chain.running()) {
			return Steered.NOT_RUNNING;
		}
		if (!chain.steeredBy(user)) {
			return Steered.NOT_FACILITATOR;
		}
		if (step != null && step != chain.step()) {
			return Steered.STALE;
		}
		if (templates.find(chain.template()).isEmpty()) {
			return cardLocks.inTurn(chain.id(), () -> endWithoutTemplate(chain)) ? Steered.TEMPLATE_GONE
					: Steered.NOT_RUNNING;
		}
		boolean done = cardLocks.inTurn(chain.id(), () -> switch (move) {
			case NEXT -> moveOn(chain, false);
			case SKIP -> moveOn(chain, true);
			case MORE_TIME -> addTime(chain);
			case STOP -> stop(chain);
		});
		return done ? Steered.DONE : Steered.STALE;
	}

	/**
	 * Moves on every running chain whose question has run out of time: what the timers
	 * call.
	 */
	void advanceDue() {
		for (DialogueChain chain : chains.due(Instant.now(clock))) {
			try {
				cardLocks.inTurn(chain.id(), () -> moveOn(chain, false));
			}
			catch (RuntimeException ex) {
				// One chain failing must not hold up the others.
				log.error("Dialogue chain {} could not move on from question {}", chain.id(), chain.step() + 1, ex);
			}
		}
	}

	/** Shows the time left in each open question. */
	void refreshCountdowns() {
		for (DialogueChain listed : chains.running()) {
			cardLocks.inTurn(listed.id(), () -> refreshCountdown(listed));
		}
	}

	/**
	 * Reads the chain again right before writing, in turn with its moves: it may have
	 * moved on while the cards before it were updated, and its old question must stay
	 * closed.
	 */
	private boolean refreshCountdown(DialogueChain listed) {
		Optional<DialogueChain> chain = chains.find(listed.id());
		Optional<Template> template = templates.find(listed.template());
		Instant now = Instant.now(clock);
		if (chain.isEmpty() || template.isEmpty() || !stillOpen(listed, chain.get(), template.get(), now)) {
			return false;
		}
		try {
			return messenger.update(chain.get().openQuestion(),
					cards.question(chain.get(), template.get(), Duration.between(now, chain.get().stepDeadline())),
					chain.get().locale());
		}
		catch (RuntimeException ex) {
			// One chain's card failing must not stop the others' countdowns.
			log.warn("Countdown of dialogue chain {} could not be updated", listed.id(), ex);
			return false;
		}
	}

	/** Whether the question open when the chains were listed is open still. */
	private static boolean stillOpen(DialogueChain listed, DialogueChain now, Template template, Instant at) {
		return now.running() && now.step() == listed.step() && now.step() < template.size() && now.stepMessage() != null
				&& now.stepMessage().equals(listed.stepMessage()) && now.stepDeadline() != null
				&& now.stepDeadline().isAfter(at);
	}

	private boolean moveOn(DialogueChain chain, boolean skipped) {
		Optional<Template> found = templates.find(chain.template());
		if (found.isEmpty()) {
			endWithoutTemplate(chain);
			return false;
		}
		Template template = found.get();
		int from = chain.step();
		boolean last = from + 1 >= template.size();
		Instant now = Instant.now(clock);
		Instant deadline = last ? null : now.plus(template.timePerQuestion());
		if (!chains.moveOn(chain.id(), from, skipped, deadline, now)) {
			return false;
		}
		if (last) {
			// Already ended with the move: what follows is only telling the chat.
			timers.cancel(chain.id());
			countEnded(ChainState.FINISHED);
		}
		close(chain, template, skipped);
		if (last) {
			postSummary(chain.id(), template);
		}
		else {
			ask(chains.find(chain.id()).orElseThrow(), template);
		}
		return true;
	}

	private boolean addTime(DialogueChain chain) {
		Instant now = Instant.now(clock);
		if (chain.stepDeadline() == null) {
			// Nothing open to give time to (a chain stored before its end was written
			// with its last move).
			return false;
		}
		Instant from = chain.stepDeadline().isAfter(now) ? chain.stepDeadline() : now;
		Instant deadline = from.plus(properties.extraTime());
		if (!chains.extend(chain.id(), chain.step(), deadline)) {
			return false;
		}
		timers.schedule(chain.id(), deadline);
		Optional<Template> template = templates.find(chain.template());
		if (chain.openQuestion() != null && template.isPresent()) {
			messenger.update(chain.openQuestion(),
					cards.question(chain, template.get(), Duration.between(now, deadline)), chain.locale());
		}
		return true;
	}

	private boolean stop(DialogueChain chain) {
		Optional<Template> template = templates.find(chain.template());
		if (template.isEmpty()) {
			return endWithoutTemplate(chain);
		}
		close(chain, template.get(), false);
		return finish(chain.id(), ChainState.STOPPED, template.get());
	}

	/**
	 * Ends a chain whose template file was removed while it ran, as stopped and counted
	 * as any stopped chain is, and posts the answers it collected under the questions it
	 * asked, as it recorded them; false when it had ended already. Its open question's
	 * card cannot be closed: drawing it needs the template.
	 */
	private boolean endWithoutTemplate(DialogueChain chain) {
		if (!chains.end(chain.id(), ChainState.STOPPED, Instant.now(clock))) {
			return false;
		}
		log.error("Dialogue chain {} stopped: its template {} is gone", chain.id(), chain.template());
		timers.cancel(chain.id());
		countEnded(ChainState.STOPPED);
		answers.summary(chain.id()).ifPresent(this::postSummary);
		return true;
	}

	private void ask(DialogueChain chain, Template template) {
		Duration left = Duration.between(Instant.now(clock), chain.stepDeadline());
		Optional<PostedMessage> posted = messenger.post(chain.where(), cards.question(chain, template, left),
				chain.locale());
		chains.asked(chain.id(), chain.step(), posted.map(PostedMessage::id).orElse(null),
				template.question(chain.step()).text());
		timers.schedule(chain.id(), chain.stepDeadline());
	}

	private void close(DialogueChain chain, Template template, boolean skipped) {
		if (chain.openQuestion() != null) {
			messenger.update(chain.openQuestion(), cards.closed(chain, template, chain.step(), skipped),
					chain.locale());
		}
	}

	private boolean finish(String chainId, ChainState state, Template template) {
		if (!chains.end(chainId, state, Instant.now(clock))) {
			return false;
		}
		timers.cancel(chainId);
		countEnded(state);
		postSummary(chainId, template);
		return true;
	}

	private void countEnded(ChainState state) {
		ended(state).increment();
	}

	private Counter ended(ChainState state) {
		return Counter.builder("fyren.chains.finished")
			.description("Dialogue chains ended: finished (past their last question) or stopped (by the facilitator, "
					+ "or because its template was removed)")
			.tag("state", state.name().toLowerCase(Locale.ROOT))
			.register(meters);
	}

	private void postSummary(String chainId, Template template) {
		postSummary(answers.summary(chains.find(chainId).orElseThrow(), template));
	}

	private void postSummary(ChainSummary summary) {
		DialogueChain chain = summary.chain();
		String chainId = chain.id();
		messenger.post(chain.where(), cards.summary(summary), chain.locale());
		log.info("Dialogue chain {} {} with {} answers", chainId, chain.state().name().toLowerCase(Locale.ROOT),
				summary.answerCount());
	}

	private String newId() {
		StringBuilder id = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			id.append(ID_LETTERS.charAt(random.nextInt(ID_LETTERS.length())));
		}
		return id.toString();
	}

}
