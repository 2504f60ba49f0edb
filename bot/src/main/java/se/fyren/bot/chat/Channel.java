package se.fyren.bot.chat;

/**
 * Where a message came from; adapters are thin, so this is for the record, not for
 * behaviour.
 */
public enum Channel {

	WEB, SLACK, TEAMS, CLI

}
