-- Library files (metadata only: the bytes live in the host's FileStore), message threads, their messages and who
-- has read how far (MariaDB 10.7 and newer). utf8mb4_bin: texts compare in code-point order; authors and readers
-- in utf8mb4_nopad_bin, so that "staff:a" and "staff:a " are two actors, as they are to core.

create table cp_file (
    id           uuid not null primary key,
    workspace_id uuid not null,
    client_id    uuid not null,
    name         varchar(255) not null,
    content_type varchar(200) not null,
    content_hash varchar(64) not null,
    size_bytes   bigint not null,
    source       varchar(20) not null,
    uploaded_by  varchar(300) not null,
    uploaded_at  datetime(6) not null,
    removed_at   datetime(6),
    version      bigint not null,
    constraint cp_file_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_file_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's library, newest first
create index cp_file_library on cp_file (workspace_id, client_id, uploaded_at, id);

create table cp_message_thread (
    id              uuid not null primary key,
    workspace_id    uuid not null,
    client_id       uuid not null,
    subject         varchar(200) not null,
    about_type      varchar(30),
    about_id        uuid,
    project         varchar(200) not null,
    started_by      varchar(300) not null,
    started_at      datetime(6) not null,
    last_message_at datetime(6) not null,
    message_count   integer not null,
    version         bigint not null,
    constraint cp_message_thread_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_message_thread_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's threads, latest message first; also where unread counts start
create index cp_message_thread_by_client on cp_message_thread (workspace_id, client_id, last_message_at, id);

-- messages are numbered per thread: the unique key is what a racing append of the same number runs into, and the
-- index that pages a thread and counts what is unread after a read mark
create table cp_message (
    id           uuid not null primary key,
    workspace_id uuid not null,
    thread_id    uuid not null,
    sequence_no  integer not null,
    author       varchar(300) collate utf8mb4_nopad_bin not null,
    body         longtext not null,
    attachments  longtext not null,
    posted_at    datetime(6) not null,
    constraint cp_message_sequence_uk unique (thread_id, sequence_no),
    constraint cp_message_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_message_thread_fk foreign key (thread_id) references cp_message_thread (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- how far each participant has read a thread; an upsert that only ever moves the mark forwards
create table cp_message_read (
    thread_id      uuid not null,
    participant    varchar(300) collate utf8mb4_nopad_bin not null,
    up_to_sequence integer not null,
    constraint cp_message_read_pk primary key (thread_id, participant),
    constraint cp_message_read_thread_fk foreign key (thread_id) references cp_message_thread (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
