-- Teams conversations Fyren has heard from: where to post reminders and dialogue steps later.
create table teams_conversation (
    conversation_id   varchar(512) primary key,
    service_url       varchar(1000) not null,
    tenant_id         varchar(64),
    bot_id            varchar(255) not null,
    bot_name          varchar(255),
    conversation_type varchar(32),
    updated_at        timestamp with time zone not null
);
