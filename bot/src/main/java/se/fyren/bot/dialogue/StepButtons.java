package se.fyren.bot.dialogue;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.CardAction;
import se.fyren.bot.chat.Clicked;
import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.Reply;

/**
 * The buttons on a chain's cards: answer, next, more time, skip, stop; and "start" on the
 * prep card.
 */
@Component
class StepButtons implements CardAction {

	private static final Logger log = LoggerFactory.getLogger(StepButtons.class);

	private final ChainTransitions transitions;

	private final ChainAnswers answers;

	private final Chains chains;

	private final ChainStarter starter;

	private final MessageSource messages;

	StepButtons(ChainTransitions transitions, ChainAnswers answers, Chains chains, ChainStarter starter,
			MessageSource messages) {
		this.transitions = transitions;
		this.answers = answers;
		this.chains = chains;
		this.starter = starter;
		this.messages = messages;
	}

	@Override
	public boolean handles(String actionId) {
		return actionId != null && actionId.startsWith("dialogue.");
	}

	@Override
	public Optional<Reply> handle(Clicked click) {
		if (ChainCards.START.equals(click.actionId())) {
			// The prep card's value is "template/group": start where the card was shown.
			String value = click.value() == null ? "" : click.value();
			int cut = value.indexOf('/');
			Destination conversation = click.where().inThread(null);
			return Optional.of(starter.start(conversation, click.user(), cut < 0 ? null : value.substring(0, cut),
					value.substring(cut + 1), false, click.locale()));
		}
		String[] value = click.value() == null ? new String[0] : click.value().split("/");
		Optional<DialogueChain> chain = value.length == 2 && value[1].matches("\\d{1,3}") ? chains.find(value[0])
				: Optional.empty();
		if (chain.isEmpty()) {
			log.info("Click {} on unknown dialogue chain value '{}' by {}", click.actionId(), click.value(),
					click.user());
			return text("dialogue.error.unknownChain", click);
		}
		if (!chain.get().runsIn(click.where())) {
			// The value names any chain: a button is honoured only where the chain runs.
			log.warn("Click {} on dialogue chain {} from {} by {}, which it does not run in", click.actionId(),
					value[0], click.where(), click.user());
			// Said in the words of the chat the chain runs in: that is the place it
			// names.
			return Optional.of(new Reply.TextReply(messages
				.getMessage(chain.get().where().channel().text("dialogue.error.elsewhere"), click.locale())));
		}
		int step = Integer.parseInt(value[1]);
		if (ChainCards.ANSWER.equals(click.actionId())) {
			if (click.input() == null || click.input().isBlank()) {
				return text("dialogue.answer.empty", click);
			}
			if (!chain.get().running()) {
				log.info("Answer by button to chain {} by {} after it ended", value[0], click.user());
				return text(ChainAnswers.ENDED, click);
			}
			if (step != chain.get().step()) {
				log.info("Answer by button to closed question {} of chain {} by {}", step + 1, value[0], click.user());
				return text("dialogue.answer.closed", click);
			}
			answers.answerByButton(chain.get(), step, click.user(), click.input());
			return text("dialogue.answer.saved", click);
		}
		ChainTransitions.Move move = switch (click.actionId()) {
			case ChainCards.NEXT -> ChainTransitions.Move.NEXT;
			case ChainCards.MORE_TIME -> ChainTransitions.Move.MORE_TIME;
			case ChainCards.SKIP -> ChainTransitions.Move.SKIP;
			case ChainCards.STOP -> ChainTransitions.Move.STOP;
			default -> null;
		};
		if (move == null) {
			log.warn("Unknown dialogue action {} by {}", click.actionId(), click.user());
			return text("dialogue.error.unknownChain", click);
		}
		return switch (transitions.steer(chain.get(), click.user(), step, move)) {
			case DONE -> Optional.empty();
			case NOT_FACILITATOR -> text("dialogue.steer.notFacilitator", click);
			// The button names its chain: another may run here now.
			case NOT_RUNNING -> text("dialogue.steer.ended", click);
			case STALE -> text("dialogue.steer.stale", click);
			case TEMPLATE_GONE -> text("dialogue.steer.templateGone", click);
		};
	}

	private Optional<Reply> text(String code, Clicked click) {
		return Optional.of(new Reply.TextReply(messages.getMessage(code, null, click.locale())));
	}

}
