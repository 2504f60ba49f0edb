/**
 * What every module runs on and no chat or feature owns: the application's clock,
 * Quartz's database delegate, Fyren's public address, the condition that switches a chat
 * adapter on.
 */
package se.fyren.bot.infra;
