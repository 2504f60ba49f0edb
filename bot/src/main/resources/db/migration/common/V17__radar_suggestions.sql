-- Signal suggestions of the window radar (issue 16): a problem-stream data release of the year wheel offered to
-- an issue following that calendar, once per release and issue. A row is its claim, as for window notices and
-- reminders: 'posting' from the claim until the chat took the post, 'unsure' when the post failed, then 'sent'.
create table radar_suggestion (
    issue_id   varchar(36) not null references radar_issue (id) on delete cascade,
    calendar   varchar(100) not null,
    event_id   varchar(100) not null,
    occurs_on  date not null,
    state      varchar(16) not null,
    claimed_at timestamp with time zone not null,
    sent_at    timestamp with time zone,
    primary key (issue_id, calendar, event_id, occurs_on)
);
