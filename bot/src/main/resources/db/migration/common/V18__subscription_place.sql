-- Where a subscription was made: the workspace (Slack team, Teams team or tenant) and
-- whether the conversation is shared, so a reminder's cited passages come from the
-- collections the place's rules name, workspace rules included. Null for subscriptions
-- made before, which are taken as private places without a workspace.
alter table windows_subscription add column workspace varchar(300);
alter table windows_subscription add column shared boolean;
