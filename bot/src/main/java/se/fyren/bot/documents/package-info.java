/**
 * The team's own documents: added in a chat, on the command line or in the web chat, kept
 * in the database so every instance indexes the same set, tied to places by collection,
 * listed and forgotten. Asking ({@code ask}) reads which collections answer in a place
 * from here.
 */
@ApplicationModule(allowedDependencies = { "chat", "infra" })
package se.fyren.bot.documents;

import org.springframework.modulith.ApplicationModule;
