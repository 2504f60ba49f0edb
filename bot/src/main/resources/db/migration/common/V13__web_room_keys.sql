-- A web room's two secrets: its link for participants and the facilitator's own. The feed and everything
-- said in the room need one of them, so a room cannot be read by guessing its name.
create table web_room (
    room             varchar(64) primary key,
    participant_key  varchar(64) not null,
    facilitator_key  varchar(64) not null,
    created_at       timestamp with time zone not null
);
