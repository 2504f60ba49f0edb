package se.fyren.bot.dialogue;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Destination;
import se.fyren.bot.chat.LeaderView;
import se.fyren.bot.chat.Reply;

/**
 * The facilitator's live list: the open question of the chain running in a conversation,
 * with the answers so far, named (or numbered) as the summary will name them.
 */
@Component
class LiveAnswers implements LeaderView {

	private final Chains chains;

	private final ChainAnswers answers;

	private final ChainCards cards;

	LiveAnswers(Chains chains, ChainAnswers answers, ChainCards cards) {
		this.chains = chains;
		this.answers = answers;
		this.cards = cards;
	}

	/** The chain speaks its own language, whatever the screen's. */
	@Override
	public Optional<Reply.Card> leaderCard(Destination conversation, Locale locale) {
		return chains.runningIn(conversation.inThread(null))
			.flatMap(chain -> answers.summary(chain.id()))
			.filter(summary -> summary.chain().step() < summary.questions().size())
			.map(cards::live);
	}

}
