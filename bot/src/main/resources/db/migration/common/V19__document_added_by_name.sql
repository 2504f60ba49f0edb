-- The name the chat showed for whoever added a document (a Slack or Teams display name, the name given in the
-- web chat), kept as it was then: the list of documents names people by it, never by a chat's user id. Null
-- when the chat did not say, and for documents added before.
alter table document add column added_by_name varchar(200);
