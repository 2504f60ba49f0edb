package se.fyren.bot.chat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message asks what Fyren can do, the way people ask it ("Hjälp!", "vad kan du
 * göra?", "what can you do"). The whole message must be such a request: "hjälp till
 * barnfamiljer" is a question for the reports, not for help.
 */
final class HelpRequest {

	/**
	 * Asking for help, after the message is lower-cased, its closing punctuation and a
	 * greeting or "Fyren" taken off, and its spaces collapsed.
	 */
	private static final Pattern ASKS = Pattern.compile(
			"""
					\\?|hj[aä]lp|help|hj[aä]lp mig|help me|hjälp tack|help please|kommandon|commands|instruktioner|\
					vad kan (du|jag|man)( g[oö]ra| fr[aå]ga( om)?| anv[aä]nda dig till| hj[aä]lpa (mig )?(med|till))?|\
					vad g[oö]r du|hur (fungerar|funkar|anv[aä]nder (jag|man)) (du|det|fyren|dig)|vad [aä]r (du|fyren)|vem [aä]r du|\
					what can (you|i) (do|ask)( with you)?|what do you do|how do(es)? (this|it|fyren|you|i use (this|you|fyren)) work|\
					how do i use (this|you|fyren)|what are you|who are you""");

	private static final Pattern AROUND = Pattern.compile("^(hej|hallå|hi|hello)?[\\s,]*(fyren)?[\\s,]*|[\\s?!.…]+$");

	private HelpRequest() {
	}

	static boolean matches(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
		if (plain.equals("?")) {
			return true;
		}
		String core = AROUND.matcher(plain).replaceAll("").replaceAll("\\s+", " ");
		return !core.isEmpty() && ASKS.matcher(core).matches();
	}

}
