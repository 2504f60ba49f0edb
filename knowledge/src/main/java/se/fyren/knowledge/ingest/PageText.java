package se.fyren.knowledge.ingest;

/**
 * Text of one printed page; {@code page} is null when the format has no pages (txt, md,
 * docx, html).
 */
public record PageText(Integer page, String text) {
}
