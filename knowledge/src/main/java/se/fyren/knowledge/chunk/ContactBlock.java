package se.fyren.knowledge.chunk;

import java.util.regex.Pattern;

/**
 * A report's block of whom to contact: a label ("Kontaktpersoner") over lines that each
 * name a person with an address ("Eva Larsson eva.larsson@mora.se").
 */
public final class ContactBlock {

	// The label a report sets over whom to contact: "Kontaktperson", "Kontaktpersoner:".
	private static final Pattern LABEL = Pattern.compile("(?i)kontakt(?:person|personer|uppgifter)?:?");

	/** An e-mail address, as the reports write one: "eva.larsson@mora.se". */
	public static final String ADDRESS = "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+";

	private static final Pattern EMAIL = Pattern.compile(ADDRESS, Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern ADDRESS_AT_END = Pattern.compile(ADDRESS + "\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

	private ContactBlock() {
	}

	/** Whether a line is the label over a contact block. */
	public static boolean label(String text) {
		return LABEL.matcher(text.strip()).matches();
	}

	/** Whether a text holds an e-mail address: it names a person, not a section. */
	static boolean addressed(String text) {
		return EMAIL.matcher(text).find();
	}

	/** Whether a text ends with an e-mail address: a contact line ends there. */
	static boolean endsWithAddress(CharSequence text) {
		return ADDRESS_AT_END.matcher(text).find();
	}

}
