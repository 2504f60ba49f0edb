-- Slack events, commands and threads Fyren has seen, so a retry after a restart, or delivered to a second
-- instance, is recognised. Old keys are purged: Slack retries within the hour.
create table slack_seen (
    seen_key varchar(300) primary key,
    seen_at  timestamp with time zone not null
);
