-- A window that closed may open again for the same decision point (a signal deleted, then a new one logged; a
-- stream gone stale, then fed). Each opening is said, and its closing, so a notice is keyed by which opening of
-- the window it belongs to as well; the notices posted before are the first opening's. H2 and PostgreSQL name a
-- primary key differently, so the table is built anew rather than its key altered.
create table radar_window_notice (
    issue_id   varchar(36) not null references radar_issue (id) on delete cascade,
    calendar   varchar(100) not null,
    event_id   varchar(100) not null,
    occurs_on  date not null,
    opening    integer not null,
    kind       varchar(16) not null,
    state      varchar(16) not null,
    claimed_at timestamp with time zone not null,
    sent_at    timestamp with time zone,
    primary key (issue_id, calendar, event_id, occurs_on, opening, kind)
);

insert into radar_window_notice (issue_id, calendar, event_id, occurs_on, opening, kind, state, claimed_at, sent_at)
select issue_id, calendar, event_id, occurs_on, 1, kind, state, claimed_at, sent_at from radar_notice;

drop table radar_notice;

alter table radar_window_notice rename to radar_notice;
