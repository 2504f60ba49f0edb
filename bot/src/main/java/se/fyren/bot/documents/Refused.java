package se.fyren.bot.documents;

/** A document that is not added, with the message that tells why. */
public final class Refused extends Exception {

	private final transient Outcome outcome;

	Refused(String code, Object... args) {
		super(code);
		this.outcome = Outcome.refused(code, args);
	}

	public Outcome outcome() {
		return outcome;
	}

}
