-- A reminder's row is its claim: 'posting' from the claim until the chat took the post, then 'sent'. A claim
-- left 'posting' longer than the post timeout belongs to an instance that died mid-post and is taken over.
alter table windows_sent_reminder add column state varchar(16) default 'sent' not null;
alter table windows_sent_reminder add column claimed_at timestamp with time zone;
