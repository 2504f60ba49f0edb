package se.fyren.bot.dialogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.fyren.bot.chat.CommandPattern;
import se.fyren.bot.chat.Heard;
import se.fyren.bot.chat.Hearing;
import se.fyren.bot.chat.Names;

/**
 * The participants' answers to a chain's questions: recorded from its thread or from a
 * card's button, edited and deleted as the chat's messages are, and collected into the
 * chain's summary. Where the chain stands is {@link ChainTransitions}' business.
 */
@Service
class ChainAnswers {

	/** Cut there, so one pasted essay cannot swamp the summary card and the exports. */
	private static final int MAX_ANSWER_CHARS = 4000;

	private static final Logger log = LoggerFactory.getLogger(ChainAnswers.class);

	/** Said to whoever answers a chain that has ended. */
	static final String ENDED = "dialogue.answer.ended";

	/** Said to whoever answers a question closed since, while the chain runs on. */
	static final String MOVED_ON = "dialogue.answer.movedOn";

	/**
	 * A chain command ({@code dialog nästa}); the chats have already taken out any
	 * mention of Fyren.
	 */
	private static final Pattern COMMAND = Pattern.compile("dialog(\\s|$)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Chains chains;

	private final Templates templates;

	private final ChainCards cards;

	private final Names names;

	private final Clock clock;

	ChainAnswers(Chains chains, Templates templates, ChainCards cards, Names names, Clock clock) {
		this.chains = chains;
		this.templates = templates;
		this.cards = cards;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * Records a message heard in a chain's thread as an answer to the open question, or
	 * its edit or deletion. Not this feature's when the thread is not a chain's; refused,
	 * with why, when the chain has ended or the message answers a question closed since.
	 */
	Hearing hear(Heard heard) {
		Optional<DialogueChain> found = chains.inThread(heard.where());
		if (found.isEmpty()) {
			return Hearing.NOT_MINE;
		}
		DialogueChain chain = found.get();
		if (heard.change() == Heard.Change.NEW && COMMAND.matcher(CommandPattern.read(heard.text())).lookingAt()) {
			// "dialog nästa" written in the thread steers the chain; it is not an answer.
			return Hearing.NOT_MINE;
		}
		Instant now = Instant.now(clock);
		switch (heard.change()) {
			case NEW -> {
				Optional<String> refusal = refusal(chain, heard);
				if (refusal.isPresent()) {
					return Hearing.refused(refusal.get());
				}
				answer(chain, chain.step(), heard.message(), heard.user(), heard.text());
			}
			case EDITED -> {
				if (heard.text().isEmpty()) {
					log.info("Empty edit of answer {} in chain {} ignored", heard.message(), chain.id());
				}
				else if (!chains.edit(chain.id(), heard.message(), cut(heard.text()), now)) {
					log.info("Edit of unknown answer {} in chain {} ignored", heard.message(), chain.id());
				}
			}
			case DELETED -> {
				if (!chains.delete(chain.id(), heard.message(), now)) {
					log.info("Deletion of unknown answer {} in chain {} ignored", heard.message(), chain.id());
				}
			}
		}
		return Hearing.TAKEN;
	}

	/**
	 * Why a new message in the chain's thread is no answer to its open question: the
	 * chain has ended, or the chat says it answers another message than the open
	 * question's (written under a question that closed while it was typed).
	 */
	private Optional<String> refusal(DialogueChain chain, Heard heard) {
		if (!chain.running()) {
			log.info("Message by {} in the thread of chain {}, which has ended, not saved as an answer", heard.user(),
					chain.id());
			return Optional.of(ENDED);
		}
		if (heard.inReplyTo() != null && chain.stepMessage() != null
				&& !heard.inReplyTo().equals(chain.stepMessage())) {
			log.info("Answer by {} to a closed question of chain {} not saved; question {} is open", heard.user(),
					chain.id(), chain.step() + 1);
			return Optional.of(MOVED_ON);
		}
		return Optional.empty();
	}

	/**
	 * An answer given with a card's button rather than in the thread; false when it was
	 * empty or too late.
	 */
	boolean answerByButton(DialogueChain chain, int step, String user, String text) {
		return answer(chain, step, "answer-" + UUID.randomUUID(), user, text == null ? "" : text.strip());
	}

	/**
	 * What the chain came to, under its template's questions; under the questions it
	 * asked, as it recorded them, when its template file has been removed since.
	 */
	Optional<ChainSummary> summary(String chainId) {
		return chains.find(chainId)
			.map(chain -> summary(chain, templates.find(chain.template()).orElseGet(() -> asked(chain))));
	}

	/**
	 * The questions a chain asked, standing in for its removed template: each as the
	 * chain recorded it when it was asked, or by its number alone (a question asked
	 * before the texts were kept). No more than were asked or answered: how many the
	 * template held is gone with it.
	 */
	private Template asked(DialogueChain chain) {
		Map<Integer, Optional<String>> asked = chains.askedQuestions(chain.id());
		int count = Math.max(asked.keySet().stream().mapToInt(step -> step + 1).max().orElse(0),
				chains.answers(chain.id()).stream().mapToInt(answer -> answer.step() + 1).max().orElse(0));
		List<Question> questions = new ArrayList<>();
		for (int step = 0; step < count; step++) {
			String text = asked.getOrDefault(step, Optional.empty())
				.orElseGet(() -> cards.unrecordedQuestion(chain.locale()));
			questions.add(new Question(text, null));
		}
		log.debug("Dialogue chain {} summarised without its template {}: {} questions as asked", chain.id(),
				chain.template(), questions.size());
		return new Template(chain.template(), cards.chainTitle(chain.locale()), null, questions, Duration.ZERO);
	}

	/** The answers a chain kept (not deleted), known even when its template is gone. */
	int count(String chainId) {
		return (int) chains.answers(chainId).stream().filter(answer -> !answer.deleted()).count();
	}

	ChainSummary summary(DialogueChain chain, Template template) {
		return ChainSummary.of(chain, template, chains.answers(chain.id()), chains.skippedSteps(chain.id()),
				number -> cards.participant(number, chain.locale()));
	}

	private boolean answer(DialogueChain chain, int step, String message, String user, String text) {
		if (text.isEmpty()) {
			log.info("Empty answer by {} in chain {} ignored", user, chain.id());
			return false;
		}
		if (!chain.running()) {
			log.info("Answer by {} to chain {} after it ended ignored", user, chain.id());
			return false;
		}
		// The name as the chat has it now, kept with the answer: the export stays right
		// after people leave. An anonymous chain keeps no names at all.
		String name = chain.anonymous() ? null : names.of(chain.where().channel(), user).orElse(null);
		ChainAnswer answer = new ChainAnswer(step, message, user == null ? "" : user, name, cut(text), false, false,
				Instant.now(clock));
		if (!chains.answer(chain.id(), answer)) {
			log.info("Answer {} to chain {} delivered again; kept once", message, chain.id());
		}
		return true;
	}

	private static String cut(String text) {
		return text.length() > MAX_ANSWER_CHARS ? text.substring(0, MAX_ANSWER_CHARS) : text;
	}

}
