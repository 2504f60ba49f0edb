-- What the chats delivered (Slack events and commands, Teams activities, threads Fyren answered in), keys
-- namespaced by chat (slack:event:..., teams:activity:...), so a retry after a restart or delivered to
-- another instance is recognised. Old keys are purged after two weeks.
create table seen_delivery (
    seen_key varchar(600) primary key,
    seen_at  timestamp with time zone not null
);
