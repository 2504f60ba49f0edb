package se.fyren.bot.dialogue;

import java.util.function.Supplier;

/**
 * A question's card is written by two hands: the countdown tick, and the move that closes
 * it (a timer, a click). A tick that read the question open and wrote after the close
 * would show a closed question open again ("0:00 kvar"), so the two take turns per chain.
 * Striped, so a slow chat update holds up only the chains that share its stripe. Within
 * one instance: a tick and a move on two instances of a cluster can still cross.
 */
final class CardLocks {

	// Far more stripes than chains running at once on one instance.
	private static final int STRIPES = 64;

	private final Object[] stripes = new Object[STRIPES];

	CardLocks() {
		for (int i = 0; i < STRIPES; i++) {
			stripes[i] = new Object();
		}
	}

	<T> T inTurn(String chainId, Supplier<T> work) {
		synchronized (stripes[Math.floorMod(chainId.hashCode(), STRIPES)]) {
			return work.get();
		}
	}

}
