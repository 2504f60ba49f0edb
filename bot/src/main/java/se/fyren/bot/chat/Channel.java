package se.fyren.bot.chat;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Where a message came from; adapters are thin, so this is for the record, not for
 * behaviour.
 */
public enum Channel {

	WEB, SLACK, TEAMS, CLI;

	/**
	 * A text that names the chat's own places ("i tråden", "i en annan kanal"): this
	 * chat's wording from its message file ({@code dialogue.started.web}) when it has
	 * one, otherwise the common one.
	 */
	public MessageSourceResolvable text(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code + "." + name().toLowerCase(Locale.ROOT), code },
				args);
	}

}
