/**
 * The web chat and its rooms: JSON in, the core's replies out. Besides the core it
 * reaches asking ({@code ask}) only, for the JSON API that shows the library's full
 * answer and for ratings, and the team's documents ({@code documents}) for the upload
 * form, which a chat message cannot carry.
 */
@ApplicationModule(allowedDependencies = { "chat", "infra", "ask", "documents" })
package se.fyren.bot.web;

import org.springframework.modulith.ApplicationModule;
