package se.fyren.knowledge;

/**
 * What the committed index holds, for health and monitoring.
 *
 * @param ready whether a complete index built by this version of Fyren is committed, so
 * questions can be answered
 * @param documents reports indexed
 * @param passages passages searchable
 */
public record IndexFigures(boolean ready, int documents, int passages) {
}
