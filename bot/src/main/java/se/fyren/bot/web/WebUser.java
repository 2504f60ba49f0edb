package se.fyren.bot.web;

/**
 * Who sent a web request: {@code web:} and a digest of the secret their browser holds in
 * an HttpOnly cookie. The page never sees the secret, nor sends an id of its own, so a
 * user id read anywhere (a log, the database) cannot be used to act as its owner.
 */
record WebUser(String id) {
}
