/**
 * What every module runs on and no chat or feature owns: the application's clock,
 * Quartz's database delegate, Fyren's public address, the condition that switches a chat
 * adapter on, the Retry-After reading, the line-keeping YAML reader, how large a
 * picture's words are drawn (a phone's layout) and how they wrap. It depends on no other
 * module.
 */
@ApplicationModule(allowedDependencies = {})
package se.fyren.bot.infra;

import org.springframework.modulith.ApplicationModule;
