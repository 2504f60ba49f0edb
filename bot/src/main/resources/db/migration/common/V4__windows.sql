-- The year wheel: which channels follow which calendar, which events a channel muted, reminders snoozed
-- for later, and every reminder sent. The sent table's key is what makes a reminder go out once, also when
-- two instances wake for it at the same time.
create table windows_subscription (
    calendar   varchar(100) not null,
    audience   varchar(300) not null,
    created_at timestamp with time zone not null,
    primary key (calendar, audience)
);

create table windows_mute (
    calendar   varchar(100) not null,
    event_id   varchar(100) not null,
    audience   varchar(300) not null,
    created_at timestamp with time zone not null,
    primary key (calendar, event_id, audience)
);

create table windows_snooze (
    id         varchar(36) primary key,
    calendar   varchar(100) not null,
    event_id   varchar(100) not null,
    occurs_on  date not null,
    audience   varchar(300) not null,
    due_at     timestamp with time zone not null,
    created_at timestamp with time zone not null
);

create table windows_sent_reminder (
    calendar  varchar(100) not null,
    event_id  varchar(100) not null,
    occurs_on date not null,
    lead_key  varchar(60) not null,
    audience  varchar(300) not null,
    sent_at   timestamp with time zone not null,
    primary key (calendar, event_id, occurs_on, lead_key, audience)
);
