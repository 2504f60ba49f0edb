package se.fyren.bot.chat;

/**
 * Whether a message asks what Fyren can do, the way people ask it ("Hjälp!", "vad kan du
 * göra?", "what can you do"). The whole message must be such a request: "hjälp till
 * barnfamiljer" is a question for the reports, not for help.
 */
final class HelpRequest {

	/**
	 * Asking for help, after a greeting or "Fyren", and before closing punctuation; the
	 * words apart by any white space.
	 */
	private static final String ASKS = """
			hj[aä]lp|help|hj[aä]lp mig|help me|hjälp tack|help please|kommandon|commands|instruktioner|\
			vad kan (du|jag|man)( g[oö]ra| fr[aå]ga( om)?| anv[aä]nda dig till| hj[aä]lpa (mig )?(med|till))?|\
			vad g[oö]r du|hur (fungerar|funkar|anv[aä]nder (jag|man)) (du|det|fyren|dig)|vad [aä]r (du|fyren)|vem [aä]r du|\
			what can (you|i) (do|ask)( with you)?|what do you do|how do(es)? (this|it|fyren|you|i use (this|you|fyren)) work|\
			how do i use (this|you|fyren)|what are you|who are you"""
		.replace("(", "(?:")
		.replace(" ", "\\s+");

	/**
	 * A lone question mark, or asking, with what may come around it. Each run of commas
	 * and white space has one place only: two side by side would be tried at every split
	 * of a long run, in time growing with its square (seconds for a pasted message).
	 */
	static final CommandPattern PATTERN = CommandPattern
		.of("\\?|[\\s,]*(?:(?:hej|hallå|hi|hello)[\\s,]*)?(?:fyren[\\s,]*)?(?:" + ASKS + ")[\\s?!.…]*");

	private HelpRequest() {
	}

	static boolean matches(String text) {
		return PATTERN.matches(text);
	}

}
