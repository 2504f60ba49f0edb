/**
 * The Microsoft Teams adapter: the Bot Framework protocol in, Adaptive Cards out. It
 * reaches the core only, never a feature.
 */
@ApplicationModule(allowedDependencies = { "chat", "infra" })
package se.fyren.bot.teams;

import org.springframework.modulith.ApplicationModule;
