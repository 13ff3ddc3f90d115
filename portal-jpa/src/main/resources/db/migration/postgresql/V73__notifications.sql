-- Notifications: each workspace's own templates, one per (workspace, kind, language) under the primary key, and the
-- append-only log of notifications sent. The log's id is text (collation "C") so that (sent_at, id) pages sort alike
-- on every vendor; staff read it per client or per document, newest first, by keyset from a cursor.

create table cp_notification_template (
    workspace_id uuid not null references cp_workspace (id),
    kind         varchar(40) collate "C" not null,
    language     varchar(20) collate "C" not null,
    subject      varchar(200) not null,
    body_text    text not null,
    body_html    text not null,
    constraint cp_notification_template_pk primary key (workspace_id, kind, language)
);

create table cp_notification_sent (
    id            varchar(36) collate "C" primary key,
    workspace_id  uuid not null references cp_workspace (id),
    kind          varchar(40) not null,
    recipient     varchar(254) not null,
    client_id     uuid,
    contact_id    uuid,
    document_type varchar(30),
    document_id   uuid,
    step          varchar(200) not null,
    language      varchar(20) not null,
    subject       varchar(200) not null,
    sent_at       timestamp(6) with time zone not null
);

-- a client's notifications, newest first from a cursor
create index cp_notification_sent_client on cp_notification_sent (workspace_id, client_id, sent_at, id);
-- a document's notifications, newest first from a cursor
create index cp_notification_sent_document on cp_notification_sent
    (workspace_id, document_type, document_id, sent_at, id);
