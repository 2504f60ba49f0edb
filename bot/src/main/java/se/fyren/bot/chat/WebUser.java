package se.fyren.bot.chat;

/**
 * Who sent a request to the web chat's API: {@code web:} and a digest of the secret their
 * browser holds in an HttpOnly cookie. The page never sees the secret, nor sends an id of
 * its own, so a user id read anywhere (a log, the database) cannot be used to act as its
 * owner. The web adapter resolves it for any handler that takes one, so a feature's own
 * endpoint (asking's ratings, the documents' upload) knows the browser without knowing
 * the cookie.
 */
public record WebUser(String id) {
}
