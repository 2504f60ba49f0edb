package se.fyren.knowledge.answer;

import java.util.regex.Pattern;

import se.fyren.knowledge.Abstain;

/**
 * How something turned out asked, and the best answer says it is still to come
 * ({@code outcome_not_in_reports}): it tells the plan, not the outcome.
 */
final class OutcomeRule {

	// A question about how something turned out: what a study found, who became chair,
	// what was answered, whether an answer came ("fick beredningen svar"), how a
	// meeting went; not how it was done or went on ("hur gick det till", "hur gick de
	// vidare", "how did they go about it").
	private static final Pattern OUTCOME_ASKED = Pattern
		.compile("\\b(?:kom\\s+(?:\\p{L}+\\s+){0,8}fram till|vad blev|vem blev|vilka blev|hur blev"
				+ "|hur gick(?!(?:\\s+\\p{L}+){0,3}\\s+(?:till(?:väga)?|vidare)\\b)|vad hände"
				+ "|resultatet av|vad svarade|fick\\s+(?:\\p{L}+\\s+){1,3}svar|vad beslutade\\p{L}*|vad bestämde\\p{L}*"
				+ "|vad kom de fram|vad visade|what came of|turn(?:ed)? out|the outcome"
				+ "|what did .+ (?:find|decide|answer|conclude|show)"
				+ "|did (?:we|they|you|she|he) (?:\\p{L}+ )?(?:get|receive) (?:an? )?(?:answer|reply)"
				+ "|how did .+ go(?!\\s+about)|who became|what happened)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// What a report says is still to come: an answer resting on it tells the plan, not
	// how it turned out. Not "ska" or "skall" with a passive ("ska ses som", "skall
	// genomföras"), which reports use for what ought to be, nor "inför" ("står inför
	// utmaningar"): a conclusion is written so as often as a plan.
	private static final Pattern STILL_TO_COME = Pattern.compile(
			"\\b(?:till nästa gång|nästa möte|kommer att|planeras|planerar|undersöks|utreds|på gång|framöver|avser|avses"
					+ "|är tänkt|förväntas)\\b",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	// How far before a unit its list's lead-in may stand: a few short items.
	private static final int LEAD_IN_CHARS = 160;

	// Enough of a unit's opening to find it in its passage, short enough to end inside
	// the unit.
	private static final int UNIT_OPENING_CHARS = 30;

	Abstain outcomeNotInReports(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && OUTCOME_ASKED.matcher(evidence.lower()).find()
				&& STILL_TO_COME
					.matcher(leadingTo(best) + "\n" + best.context() + "\n" + best.text() + "\n" + best.heading())
					.find()) {
			return evidence.abstain("outcome_not_in_reports",
					"the question asks how something turned out; the best answer says it is still to come");
		}
		return null;
	}

	/**
	 * The text just before the best unit in its passage: the lead-in of a list the unit
	 * is an item of ("Innehåll vid nästa möte: … Region Dalarnas svar på frågan").
	 */
	private static String leadingTo(BestUnit best) {
		// The context goes on with the unit after it, so it is found by its opening.
		String context = best.context();
		int at = best.passage().indexOf(context.substring(0, Math.min(context.length(), UNIT_OPENING_CHARS)));
		return at < 0 ? "" : best.passage().substring(Math.max(0, at - LEAD_IN_CHARS), at);
	}

}
