-- Library files (metadata only: the bytes live in the host's FileStore), message threads, their messages and who
-- has read how far. Actors and participants compare in code-point order (collation "C").

create table cp_file (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    name         varchar(255) not null,
    content_type varchar(200) not null,
    content_hash varchar(64) not null,
    size_bytes   bigint not null,
    source       varchar(20) not null,
    uploaded_by  varchar(300) not null,
    uploaded_at  timestamp(6) with time zone not null,
    removed_at   timestamp(6) with time zone,
    version      bigint not null
);
-- a client's library, newest first
create index cp_file_library on cp_file (workspace_id, client_id, uploaded_at, id);

create table cp_message_thread (
    id              uuid primary key,
    workspace_id    uuid not null references cp_workspace (id),
    client_id       uuid not null references cp_client (id),
    subject         varchar(200) not null,
    about_type      varchar(30),
    about_id        uuid,
    project         varchar(200) not null,
    started_by      varchar(300) not null,
    started_at      timestamp(6) with time zone not null,
    last_message_at timestamp(6) with time zone not null,
    message_count   integer not null,
    version         bigint not null
);
-- a client's threads, latest message first; also where unread counts start
create index cp_message_thread_by_client on cp_message_thread (workspace_id, client_id, last_message_at, id);

-- messages are numbered per thread: the unique key is what a racing append of the same number runs into, and the
-- index that pages a thread and counts what is unread after a read mark
create table cp_message (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    thread_id    uuid not null references cp_message_thread (id),
    sequence_no  integer not null,
    author       varchar(300) collate "C" not null,
    body         text not null,
    attachments  text not null,
    posted_at    timestamp(6) with time zone not null,
    constraint cp_message_sequence_uk unique (thread_id, sequence_no)
);

-- how far each participant has read a thread; an upsert that only ever moves the mark forwards
create table cp_message_read (
    thread_id      uuid not null references cp_message_thread (id),
    participant    varchar(300) collate "C" not null,
    up_to_sequence integer not null,
    constraint cp_message_read_pk primary key (thread_id, participant)
);
