/**
 * The web chat and its rooms, an adapter like Slack and Teams: JSON in, the core's
 * replies out, and it reaches the core ({@code chat}) and {@code infra} only. It tells
 * browsers apart ({@code WebUser}), opens rooms by their link's key ({@code WebRoom}),
 * limits request bodies and answers every {@code @WebApi} controller's errors in the
 * language the request asks for ({@code WebLanguage}); the features' own endpoints beside
 * the chat (asking's {@code /api/ask} and ratings, the documents' upload) live in those
 * features and take these values, so the web names no feature.
 */
@ApplicationModule(allowedDependencies = { "chat", "infra" })
package se.fyren.bot.web;

import org.springframework.modulith.ApplicationModule;
