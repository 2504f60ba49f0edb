package se.fyren.bot.radar;

/** A passage from the reports a signal leans on, kept as it was cited. */
public record CitedPassage(String doc, String title, String section, Integer page, String passage) {
}
