package se.fyren.knowledge.answer;

import java.util.List;

/**
 * Numbers written as words, as the answer package's patterns read them: one list, so that
 * a count, a share and an answer's figure know the same words.
 */
final class NumberWords {

	/** "två" … "tio": the small counts shares are written with ("sju av tio"). */
	static final String SWEDISH_TWO_TO_TEN = "två|tre|fyra|fem|sex|sju|åtta|nio|tio";

	/** "två" … "tolv": the counts lists are announced with ("de fem strategierna"). */
	static final String SWEDISH_TWO_TO_TWELVE = SWEDISH_TWO_TO_TEN + "|elva|tolv";

	/** "tretton" … "tusen". */
	static final String SWEDISH_LARGER = "tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|trettio|fyrtio"
			+ "|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen";

	/**
	 * Counts given roughly: "ett tiotal", "ett hundratal", "ett dussin", "en handfull",
	 * "två miljoner". The reports give a count so nearly as often as exactly.
	 */
	static final String SWEDISH_ROUGH = "(?:tio|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio|hundra|tusen)tal"
			+ "|dussin|dussintals|handfull|miljon|miljoner|miljard|miljarder";

	/** "two" … "ten". */
	static final String ENGLISH_TWO_TO_TEN = "two|three|four|five|six|seven|eight|nine|ten";

	private static final List<String> SWEDISH_COUNTS = List.of(SWEDISH_TWO_TO_TWELVE.split("\\|"));

	private static final List<String> ENGLISH_COUNTS = List.of(ENGLISH_TWO_TO_TEN.split("\\|"));

	// The first word of each list stands for two.
	private static final int FIRST_COUNT = 2;

	private NumberWords() {
	}

	/**
	 * The count a word or figure gives: "fem" and "five" 5, "12" 12.
	 * @param count a figure or a lower-case count word of {@link #SWEDISH_TWO_TO_TWELVE}
	 * or {@link #ENGLISH_TWO_TO_TEN}
	 */
	static int count(String count) {
		if (Character.isDigit(count.charAt(0))) {
			return Integer.parseInt(count);
		}
		int swedish = SWEDISH_COUNTS.indexOf(count);
		return (swedish >= 0 ? swedish : ENGLISH_COUNTS.indexOf(count)) + FIRST_COUNT;
	}

}
