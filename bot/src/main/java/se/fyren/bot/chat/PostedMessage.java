package se.fyren.bot.chat;

/**
 * A message Fyren posted, so that it can be updated later (a dialogue chain's countdown)
 * or replied to.
 *
 * @param id the chat's own id of the message (Slack's ts, Teams' activity id, the web
 * room's sequence number)
 */
public record PostedMessage(Destination destination, String id) {
}
