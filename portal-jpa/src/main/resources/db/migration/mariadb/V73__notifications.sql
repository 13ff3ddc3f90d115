-- Notifications: each workspace's own templates, one per (workspace, kind, language) under the primary key, and the
-- append-only log of notifications sent. The log's id is text (binary collation) so that (sent_at, id) pages sort
-- alike on every vendor (MariaDB orders a uuid column by its segments reversed); staff read it per client or per
-- document, newest first, by keyset from a cursor.

create table cp_notification_template (
    workspace_id uuid not null,
    kind         varchar(40) not null,
    language     varchar(20) not null,
    subject      varchar(200) not null,
    body_text    longtext not null,
    body_html    longtext not null,
    primary key (workspace_id, kind, language),
    constraint cp_notification_template_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table cp_notification_sent (
    id            varchar(36) not null,
    workspace_id  uuid not null,
    kind          varchar(40) not null,
    recipient     varchar(254) not null,
    client_id     uuid,
    contact_id    uuid,
    document_type varchar(30),
    document_id   uuid,
    step          varchar(200) not null,
    language      varchar(20) not null,
    subject       varchar(200) not null,
    sent_at       datetime(6) not null,
    primary key (id),
    constraint cp_notification_sent_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- a client's notifications, newest first from a cursor
create index cp_notification_sent_client on cp_notification_sent (workspace_id, client_id, sent_at, id);
-- a document's notifications, newest first from a cursor
create index cp_notification_sent_document on cp_notification_sent
    (workspace_id, document_type, document_id, sent_at, id);
