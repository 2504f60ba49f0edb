create table answer (
    id          varchar(36) primary key,
    channel     varchar(16) not null,
    question    varchar(4000) not null,
    found       boolean not null,
    answer_text varchar(8000) not null,
    created_at  timestamp with time zone not null
);

create table feedback (
    answer_id  varchar(36) not null references answer (id) on delete cascade,
    rater      varchar(255) not null,
    helpful    boolean not null,
    created_at timestamp with time zone not null,
    primary key (answer_id, rater)
);
