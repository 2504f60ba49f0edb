/**
 * The Slack adapter: parses Slack's events, commands and clicks into the core's values
 * and renders its replies as Block Kit. It reaches the core only, never a feature: what a
 * feature shows comes through the core's seams.
 */
@ApplicationModule(allowedDependencies = { "chat", "infra" })
package se.fyren.bot.slack;

import org.springframework.modulith.ApplicationModule;
