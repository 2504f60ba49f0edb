-- Dialogue chains and their answers, stored as they arrive so a restart loses nothing.
create table dialogue_chain (
    id             varchar(16) primary key,
    channel        varchar(16) not null,
    conversation   varchar(255) not null,
    thread         varchar(255),
    template       varchar(100) not null,
    group_name     varchar(255) not null,
    facilitator    varchar(255),
    anonymous      boolean not null,
    locale         varchar(16) not null,
    step           integer not null,
    step_deadline  timestamp with time zone,
    step_message   varchar(255),
    state          varchar(16) not null,
    -- "channel/conversation" while running, null after: the unique constraint allows one running chain per
    -- conversation in every database (nulls never collide).
    running_in     varchar(300),
    started_at     timestamp with time zone not null,
    ended_at       timestamp with time zone,
    constraint dialogue_chain_one_running unique (running_in)
);

create index dialogue_chain_started on dialogue_chain (started_at);

create table dialogue_step (
    chain_id    varchar(16) not null references dialogue_chain (id) on delete cascade,
    step        integer not null,
    message_id  varchar(255),
    skipped     boolean not null,
    primary key (chain_id, step)
);

create table dialogue_answer (
    chain_id    varchar(16) not null references dialogue_chain (id) on delete cascade,
    step        integer not null,
    message_id  varchar(255) not null,
    user_id     varchar(255) not null,
    answer_text varchar(4000) not null,
    edited      boolean not null,
    deleted     boolean not null,
    answered_at timestamp with time zone not null,
    changed_at  timestamp with time zone,
    primary key (chain_id, message_id)
);
