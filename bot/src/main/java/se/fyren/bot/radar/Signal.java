package se.fyren.bot.radar;

import java.time.LocalDate;

import se.fyren.bot.wheel.KingdonStream;

/**
 * Something that moved one of an issue's streams: new data, a political change, a
 * proposal that is ready.
 *
 * @param id the database's key for it, which a card's button carries
 * @param number its issue's own number for it (#1, #2 …), which people read, edit and
 * delete it by
 * @param date when it happened (not when it was logged)
 * @param who who logged it (a chat's user id; may be null)
 * @param link where to read more (may be null)
 * @param cited a passage from the reports it leans on (may be null)
 */
public record Signal(long id, int number, String issueId, KingdonStream stream, String text, LocalDate date, String who,
		String link, CitedPassage cited) {
}
