-- A signal's number is its issue's own (#1, #2 …, as the issue's list shows them), not one count across every
-- issue: a new issue's first signal is #1. The issue counts the signals logged for it, so a number is never
-- given twice, not even after a deletion. Signals logged before are numbered in the order they were logged.
alter table radar_issue add column signals_logged integer default 0 not null;
alter table radar_signal add column number integer;
update radar_signal s set number =
    (select count(*) from radar_signal o where o.issue_id = s.issue_id and o.id <= s.id);
update radar_issue i set signals_logged =
    (select coalesce(max(s.number), 0) from radar_signal s where s.issue_id = i.id);
alter table radar_signal alter column number set not null;
alter table radar_signal add constraint radar_signal_number unique (issue_id, number);
