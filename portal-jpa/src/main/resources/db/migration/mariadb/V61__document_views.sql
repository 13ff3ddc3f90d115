-- Document views: the append-only log (ids from a sequence handed out 50 at a time, so a host's JDBC batching can
-- group inserts), and per document the engagement, per viewer of a document the last counted view, per client the
-- last time it was seen. Counters change only by conditional upserts in SQL (n = n + 1), never read-modify-write.

create sequence cp_document_view_seq start with 1 increment by 50;

create table cp_document_view (
    id             bigint primary key,
    view_id        uuid not null,
    workspace_id   uuid not null,
    client_id      uuid not null,
    document_type  varchar(30) not null,
    document_id    uuid not null,
    viewer_key     varchar(200) not null,
    channel        varchar(20) not null,
    viewed_at      datetime(6) not null,
    address        varchar(100) not null,
    user_agent     varchar(512) not null,
    method         varchar(20) not null,
    classification varchar(20) not null,
    constraint cp_document_view_uk unique (view_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- recent views of a document, newest first; its probable scanner views from one address
create index cp_document_view_by_document on cp_document_view (workspace_id, document_type, document_id, viewed_at);
create index cp_document_view_by_address on cp_document_view (workspace_id, document_type, document_id, address,
    classification);

create table cp_document_viewer (
    workspace_id    uuid not null,
    document_type   varchar(30) not null,
    document_id     uuid not null,
    viewer_key      varchar(200) not null,
    last_counted_at datetime(6) not null,
    counted_views   bigint not null,
    last_count_id   uuid not null,
    constraint cp_document_viewer_pk primary key (workspace_id, document_type, document_id, viewer_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table cp_document_engagement (
    workspace_id    uuid not null,
    document_type   varchar(30) not null,
    document_id     uuid not null,
    client_id       uuid not null,
    first_viewed_at datetime(6) not null,
    last_viewed_at  datetime(6) not null,
    human_views     bigint not null,
    unique_viewers  integer not null,
    constraint cp_document_engagement_pk primary key (workspace_id, document_type, document_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table cp_client_last_seen (
    workspace_id uuid not null,
    client_id    uuid not null,
    last_seen_at datetime(6) not null,
    constraint cp_client_last_seen_pk primary key (workspace_id, client_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
