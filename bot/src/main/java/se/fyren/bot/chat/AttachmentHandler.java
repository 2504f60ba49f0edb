package se.fyren.bot.chat;

import java.util.List;

/**
 * The seam where a feature takes the files shared with Fyren (the team's documents adds
 * them to the place's collection). The core hands them over when the person asked Fyren
 * to read them: in a direct message always, elsewhere with "läs in".
 */
public interface AttachmentHandler {

	/**
	 * What to say back about the files, said with the message. {@code where} is the
	 * conversation and thread the reply goes to, where a long reading may post its
	 * progress meanwhile.
	 */
	Reply take(Inbound message, Destination where, List<Attachment> files);

}
