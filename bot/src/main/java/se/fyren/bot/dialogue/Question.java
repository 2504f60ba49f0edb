package se.fyren.bot.dialogue;

/**
 * One question of a chain template.
 *
 * @param hint a line that helps the group answer (may be null)
 */
record Question(String text, String hint) {
}
