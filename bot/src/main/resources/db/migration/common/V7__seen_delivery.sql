-- One record of what the chats delivered, for Slack and Teams alike (keys namespaced by chat: slack:event:...,
-- teams:activity:...), replacing slack_seen. Slack's keys so far are kept under their namespace.
create table seen_delivery (
    seen_key varchar(600) primary key,
    seen_at  timestamp with time zone not null
);

insert into seen_delivery (seen_key, seen_at)
select 'slack:' || seen_key, seen_at from slack_seen;

drop table slack_seen;
