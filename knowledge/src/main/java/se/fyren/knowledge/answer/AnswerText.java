package se.fyren.knowledge.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps noise out of answer text: links and e-mail addresses (unless a contact is asked),
 * figure captions and sources (unless a figure is asked), footnote lines and table debris
 * are not answers.
 */
final class AnswerText {

	private static final Pattern URL = Pattern
		.compile("\\s*<?(?:(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)>?");

	// What every link or address holds: a text without any of these holds none, and the
	// link pattern, tried at every character, need not run over it.
	private static final List<String> LINK_MARKS = List.of("://", "www.", "@");

	// What every caption inside a text opens with (see CAPTION_INSIDE).
	private static final List<String> CAPTION_MARKS = List.of("FIGUR", "Figur", "TABELL", "Tabell");

	private static final Pattern SPACES = Pattern.compile("\\s{2,}");

	private static final Pattern CAPTION = Pattern
		.compile("^(?:FIGUR|Figur|TABELL|Tabell|BILD|Bild|Källa|KÄLLA|Source)\\b[^:]{0,12}:?.*", Pattern.DOTALL);

	// "4 Palmberg Broryd (2021), …": a footnote that the cleaner missed.
	private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,2}\\s+\\p{Lu}[^.]{0,60}\\((?:19|20)\\d{2}\\).*",
			Pattern.DOTALL);

	private static final Pattern CAPTION_INSIDE = Pattern
		.compile("\\s*(?:FIGUR|Figur|TABELL|Tabell)\\s+\\d+[–-]?\\d*:?\\s*");

	// A heading in capitals run into the sentence under it ("SAMVERKAN MED POLISEN I
	// samband med …"): three or more words in capitals before a sentence's first word.
	private static final Pattern LEADING_HEADING = Pattern
		.compile("^(?:[\\p{Lu}\\d–/,-]+\\s+){3,}(?=\\p{Lu}\\s?\\p{Ll})", Pattern.UNICODE_CHARACTER_CLASS);

	// A heading in capitals on its own names a section; it answers nothing.
	private static final Pattern HEADING = Pattern.compile("^[\\p{Lu}\\d–/,:.\\s-]+$", Pattern.UNICODE_CHARACTER_CLASS);

	// Table rows and number columns: more digits than a sentence has.
	private static final double MAX_DIGIT_SHARE = 0.3;

	private static final int MIN_CHARS = 12;

	// An item's mark before a sentence quoted on its own: it reads as a sentence.
	private static final Pattern ITEM_MARK = Pattern.compile("^[›•▪◦‣–-]\\s+");

	private AnswerText() {
	}

	/**
	 * The text fit to quote, or null when the unit is noise.
	 * @param list whether the unit is a list with its lead-in: its items may be mostly
	 * figures ("9 maj kl. 9.00 - 15.00"), the lead-in says what they are
	 */
	static String clean(String unit, boolean list) {
		return clean(unit, list, false, false);
	}

	/**
	 * As {@link #clean(String, boolean)}; with {@code captionsAnswer}, for a question
	 * about a figure or a table, a caption or a source line is an answer; with
	 * {@code contactsAnswer}, for a question about how to reach someone, an e-mail
	 * address and a phone number are.
	 */
	static String clean(String unit, boolean list, boolean captionsAnswer, boolean contactsAnswer) {
		if (!captionsAnswer && CAPTION.matcher(unit).matches() || FOOTNOTE.matcher(unit).matches()
				|| HEADING.matcher(unit).matches() || unit.indexOf('\t') >= 0) {
			return null;
		}
		String linkless = !contactsAnswer && LINK_MARKS.stream().anyMatch(unit::contains)
				? URL.matcher(unit).replaceAll("") : unit;
		String text = LEADING_HEADING.matcher(linkless).replaceFirst("");
		if (!captionsAnswer && CAPTION_MARKS.stream().anyMatch(text::contains)) {
			text = CAPTION_INSIDE.matcher(text).replaceAll(" ");
		}
		text = SPACES.matcher(text).replaceAll(" ").strip();
		if (!list) {
			text = ITEM_MARK.matcher(text).replaceFirst("");
		}
		int digits = 0;
		int letters = 0;
		// one pass over the characters, not two streams: this runs for every unit read
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			digits += Character.isDigit(c) ? 1 : 0;
			letters += Character.isLetter(c) ? 1 : 0;
		}
		if (text.length() < MIN_CHARS || letters == 0
				|| !list && !contactsAnswer && digits > MAX_DIGIT_SHARE * (digits + letters)) {
			return null;
		}
		return text;
	}

}
