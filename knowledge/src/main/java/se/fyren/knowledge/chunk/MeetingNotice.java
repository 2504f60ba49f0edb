package se.fyren.knowledge.chunk;

import java.util.regex.Pattern;

/**
 * A line that says when a meeting is: a day of a month and a word for the meeting ("NÄSTA
 * MÖTE DEN 24 NOVEMBER VÅRDCENTRALEN"). Minutes set it in capitals, as a heading is set,
 * but it heads nothing and answers when.
 */
public final class MeetingNotice {

	private static final Pattern DAY_OF_MONTH = Pattern.compile(
			"(?iu)\\b\\d{1,2}\\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\b");

	private static final Pattern MEETING = Pattern.compile("(?iu)\\b(?:nästa möte|mötet|möte den|välkomna)\\b");

	private MeetingNotice() {
	}

	/** Whether a line tells a meeting's day. */
	public static boolean in(String text) {
		return DAY_OF_MONTH.matcher(text).find() && MEETING.matcher(text).find();
	}

}
