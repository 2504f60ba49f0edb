-- The team's own documents, kept whole so that every instance indexes the same set: an instance that starts
-- or missed an upload reads the ones its index lacks, and drops the ones no longer here. Each belongs to one
-- collection; a file is there once per collection (by the SHA-256 of its bytes). Kept until removed
-- (`glöm`), see docs/operations.md.
create table document (
    id          varchar(64) primary key,
    collection  varchar(200) not null,
    title       varchar(300) not null,
    file_name   varchar(255) not null,
    sha256      char(64) not null,
    content     bytea not null,
    pages       integer not null,
    added_by    varchar(200) not null,
    added_at    timestamp with time zone not null,
    constraint document_once_per_collection unique (collection, sha256)
);
