package se.fyren.knowledge.answer;

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

	/** "two" … "ten". */
	static final String ENGLISH_TWO_TO_TEN = "two|three|four|five|six|seven|eight|nine|ten";

	private NumberWords() {
	}

}
