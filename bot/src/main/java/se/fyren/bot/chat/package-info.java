/**
 * The conversation core: the values a chat says and is told ({@code ChatMessage},
 * {@code Reply}, {@code Clicked}), the one router ({@code Conversation}) and the seams
 * features implement (commands, card actions, thread listeners, home sections), and
 * posting once across instances ({@code PostOnce}). It depends only on {@code infra}
 * (which depends on nothing), so every adapter and feature can depend on it.
 */
@ApplicationModule(allowedDependencies = "infra")
package se.fyren.bot.chat;

import org.springframework.modulith.ApplicationModule;
