/**
 * What the IT department watches: the index's health and figures in actuator's health,
 * info and metrics. The chats' own health lives with each adapter.
 */
package se.fyren.bot.ops;
