package se.fyren.knowledge.answer;

import java.util.List;
import java.util.regex.Pattern;

import se.fyren.knowledge.chunk.ContactBlock;
import se.fyren.knowledge.chunk.MeetingNotice;

/**
 * Keeps noise out of answer text: web links (unless a link is asked), e-mail addresses
 * (unless a contact is asked), figure captions and sources (unless a figure is asked),
 * footnote lines and table debris are not answers.
 */
final class AnswerText {

	private static final Pattern WEB_LINK = Pattern.compile("\\s*<?(?:https?://|www\\.)\\S+>?");

	private static final Pattern ADDRESS = Pattern.compile("\\s*<?" + ContactBlock.ADDRESS + ">?");

	// A sentence that says to write ("Anmäl dig via e-post …@regiondalarna.se") gives its
	// address as what it says: without it, it says nothing.
	private static final Pattern ADDRESS_GIVEN = Pattern.compile(
			"\\b(?:e-?post(?:en|adress\\p{L}*)?|e-?mail(?:adress\\p{L}*)?|mejl(?:a|en|adress\\p{L}*)?|maila)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	// What every web link holds: a text without either holds none, and the link pattern,
	// tried at every character, need not run over it (an address holds "@").
	private static final List<String> WEB_LINK_MARKS = List.of("://", "www.");

	// A question that asks for a link, a web page or where to download something: a
	// link answers it. Asked for a contact, an e-mail address answers and a web page
	// beside it ("Kontaktperson: …@uppsala.se https://www.uppsala.se/…/bilaga-7.pdf") is
	// noise.
	private static final Pattern LINK_ASKED = Pattern.compile(
			"\\b(?:länk(?:en|ar|arna)?|webb(?:sid|plats|adress)\\p{L}*|hemsid\\p{L}*|url|links?|websites?"
					+ "|web ?pages?|ladda(?:r|s)?\\s+(?:\\p{L}+\\s+)?(?:ner|ned)|download\\p{L}*)\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

	// What every caption inside a text opens with (see CAPTION_INSIDE).
	private static final List<String> CAPTION_MARKS = List.of("FIGUR", "Figur", "TABELL", "Tabell");

	private static final Pattern SPACES = Pattern.compile("\\s{2,}");

	// The words CAPTION opens with.
	private static final List<String> CAPTION_OPENINGS = List.of("FIGUR", "Figur", "TABELL", "Tabell", "BILD", "Bild",
			"Källa", "KÄLLA", "Source");

	private static final Pattern CAPTION = Pattern
		.compile("^(?:" + String.join("|", CAPTION_OPENINGS) + ")\\b[^:]{0,12}:?.*", Pattern.DOTALL);

	// "4 Palmberg Broryd (2021), …": a footnote that the cleaner missed.
	private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,2}\\s+\\p{Lu}[^.]{0,60}\\((?:19|20)\\d{2}\\).*",
			Pattern.DOTALL);

	private static final Pattern CAPTION_INSIDE = Pattern
		.compile("\\s*(?:FIGUR|Figur|TABELL|Tabell)\\s+\\d+[–-]?\\d*:?\\s*");

	// A heading in capitals run into the sentence under it ("SAMVERKAN MED POLISEN I
	// samband med …"): three or more words in capitals before a sentence's first word.
	private static final Pattern LEADING_HEADING = Pattern
		.compile("^(?:[\\p{Lu}\\d–/,-]+\\s+){3,}(?=\\p{Lu}\\s?\\p{Ll})", Pattern.UNICODE_CHARACTER_CLASS);

	// A heading in capitals on its own, an abbreviation in brackets too ("AVTAL ENLIGT
	// IDÉBURET OFFENTLIGT PARTNERSKAP (IOP)"), names a section; it answers nothing. A
	// meeting's notice set so ("NÄSTA MÖTE DEN 24 NOVEMBER VÅRDCENTRALEN") is no heading.
	private static final Pattern HEADING = Pattern.compile("^[\\p{Lu}\\d–/,:.()\\s-]+$",
			Pattern.UNICODE_CHARACTER_CLASS);

	// Table rows and number columns: more digits than a sentence has.
	private static final double MAX_DIGIT_SHARE = 0.3;

	private static final int MIN_CHARS = 12;

	// An item's mark before a sentence quoted on its own: it reads as a sentence.
	private static final String ITEM_MARKS = "›•▪◦‣–-";

	private static final Pattern ITEM_MARK = Pattern.compile("^[" + ITEM_MARKS + "]\\s+");

	// What LEADING_HEADING's words are made of besides capitals and figures.
	private static final String CAPITAL_WORD_MARKS = "–/,-";

	private static final char ASCII = 0x80;

	// Set in a lower-case ASCII letter, clear in its capital.
	private static final int LOWER_CASE_BIT = 0x20;

	private AnswerText() {
	}

	/**
	 * The text fit to quote, or null when the unit is noise.
	 * @param list whether the unit is a list with its lead-in: its items may be mostly
	 * figures ("9 maj kl. 9.00 - 15.00"), the lead-in says what they are
	 */
	static String clean(String unit, boolean list) {
		return clean(unit, list, false, false, false);
	}

	/** Whether a question asks for a link (see LINK_ASKED). */
	static boolean linksAsked(String question) {
		return LINK_ASKED.matcher(question).find();
	}

	/**
	 * As {@link #clean(String, boolean)}; with {@code captionsAnswer}, for a question
	 * about a figure or a table, a caption or a source line is an answer; with
	 * {@code contactsAnswer}, for a question about how to reach someone, an e-mail
	 * address and a phone number are; with {@code linksAnswer}, for a question that asks
	 * for a link, a web link is.
	 */
	static String clean(String unit, boolean list, boolean captionsAnswer, boolean contactsAnswer,
			boolean linksAnswer) {
		// This runs for every unit of every passage read, and most hold none of what the
		// patterns look for: each is tried only where a cheap look at the text says it
		// may match (making its matcher was most of the cost).
		if (!captionsAnswer && opensWithAny(unit, CAPTION_OPENINGS) && CAPTION.matcher(unit).matches()
				|| opensWithDigit(unit) && FOOTNOTE.matcher(unit).matches()
				|| !holdsLowerCase(unit) && HEADING.matcher(unit).matches() && !MeetingNotice.in(unit)
				|| unit.indexOf('\t') >= 0) {
			return null;
		}
		String linkless = !linksAnswer && holdsAny(unit, WEB_LINK_MARKS) ? WEB_LINK.matcher(unit).replaceAll("") : unit;
		if (!contactsAnswer && linkless.indexOf('@') >= 0 && !ADDRESS_GIVEN.matcher(linkless).find()) {
			linkless = ADDRESS.matcher(linkless).replaceAll("");
		}
		// A label whose addresses or links are left out ("KONTAKTPERSONER:") says
		// nothing.
		if (!linkless.equals(unit) && linkless.strip().endsWith(":")) {
			return null;
		}
		String text = mayOpenWithCapitalWords(linkless) ? LEADING_HEADING.matcher(linkless).replaceFirst("") : linkless;
		if (!captionsAnswer && holdsAny(text, CAPTION_MARKS)) {
			text = CAPTION_INSIDE.matcher(text).replaceAll(" ");
		}
		text = (holdsTwoSpaces(text) ? SPACES.matcher(text).replaceAll(" ") : text).strip();
		if (!list && !text.isEmpty() && ITEM_MARKS.indexOf(text.charAt(0)) >= 0) {
			text = ITEM_MARK.matcher(text).replaceFirst("");
		}
		int digits = 0;
		int letters = 0;
		// one pass over the characters, not two streams: this runs for every unit read
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ASCII) {
				// as Character.isDigit and isLetter answer, without their tables
				digits += c >= '0' && c <= '9' ? 1 : 0;
				letters += (c | LOWER_CASE_BIT) >= 'a' && (c | LOWER_CASE_BIT) <= 'z' ? 1 : 0;
			}
			else {
				digits += Character.isDigit(c) ? 1 : 0;
				letters += Character.isLetter(c) ? 1 : 0;
			}
		}
		if (text.length() < MIN_CHARS || letters == 0
				|| !list && !contactsAnswer && digits > MAX_DIGIT_SHARE * (digits + letters)) {
			return null;
		}
		return text;
	}

	private static boolean opensWithAny(String text, List<String> openings) {
		for (String opening : openings) {
			if (text.startsWith(opening)) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsAny(String text, List<String> marks) {
		for (String mark : marks) {
			if (text.contains(mark)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a text opens with the digit FOOTNOTE needs ({@code \d}: 0 to 9). */
	private static boolean opensWithDigit(String text) {
		return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
	}

	/** A lower-case letter stands in no heading in capitals (see HEADING). */
	private static boolean holdsLowerCase(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isLowerCase(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a text may open as LEADING_HEADING reads: its first word all capitals,
	 * figures or dashes, then a space. False only where the pattern cannot match (a
	 * character of two halves counts as a capital, and any kind of space as one).
	 */
	private static boolean mayOpenWithCapitalWords(String text) {
		int at = 0;
		while (at < text.length() && capitalWordChar(text.charAt(at))) {
			at++;
		}
		return at > 0 && at < text.length() && spaceLike(text.charAt(at));
	}

	private static boolean capitalWordChar(char c) {
		return Character.getType(c) == Character.UPPERCASE_LETTER || Character.isDigit(c)
				|| CAPITAL_WORD_MARKS.indexOf(c) >= 0 || Character.isSurrogate(c);
	}

	// Every character \s matches (Unicode White_Space), and some more.
	private static boolean spaceLike(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
	}

	/** Whether two of the spaces SPACES reads stand together. */
	private static boolean holdsTwoSpaces(String text) {
		for (int i = 1; i < text.length(); i++) {
			if (asciiSpace(text.charAt(i)) && asciiSpace(text.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** What {@code \s} stands for without Unicode classes: [ \t\n\x0B\f\r]. */
	private static boolean asciiSpace(char c) {
		return c == ' ' || c >= '\t' && c <= '\r';
	}

}
