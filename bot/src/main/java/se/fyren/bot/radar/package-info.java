/**
 * The window radar: a team follows an issue through Kingdon's three streams, logs signals
 * in each, asks where it stands, and is told once when the window opens before a
 * decision point of its year wheel (and once when it closes again). Reaches the chats
 * only through the core's seams (commands, card actions, a home section, the messenger),
 * so Slack, Teams and the web chat never import it.
 */
@ApplicationModule(allowedDependencies = { "chat", "wheel", "infra", "ask" })
package se.fyren.bot.radar;

import org.springframework.modulith.ApplicationModule;
