-- Portal access (H2 2.x, for tests and demos): sign-in tokens, sessions, document share links, each contact's
-- access, the latest send of each document and sign-in rate limits. Secrets are stored only as hex SHA-256 hashes.

create table cp_login_token (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    contact_id   uuid not null references cp_contact (id),
    purpose      varchar(20) not null,
    token_hash   varchar(64) not null,
    created_at   timestamp(6) with time zone not null,
    expires_at   timestamp(6) with time zone not null,
    used_at      timestamp(6) with time zone,
    revoked_at   timestamp(6) with time zone,
    version      bigint not null,
    constraint cp_login_token_hash_uk unique (token_hash)
);
create index cp_login_token_by_contact on cp_login_token (workspace_id, contact_id, created_at, id);

create table cp_portal_session (
    id                  uuid primary key,
    workspace_id        uuid not null references cp_workspace (id),
    client_id           uuid not null references cp_client (id),
    contact_id          uuid not null references cp_contact (id),
    token_hash          varchar(64) not null,
    created_at          timestamp(6) with time zone not null,
    last_seen_at        timestamp(6) with time zone not null,
    absolute_expires_at timestamp(6) with time zone not null,
    revoked_at          timestamp(6) with time zone,
    address             varchar(100) not null,
    user_agent          varchar(600) not null,
    version             bigint not null,
    constraint cp_portal_session_hash_uk unique (token_hash)
);
create index cp_portal_session_by_contact on cp_portal_session (workspace_id, contact_id, created_at, id);

create table cp_document_link (
    id            uuid primary key,
    workspace_id  uuid not null references cp_workspace (id),
    client_id     uuid not null references cp_client (id),
    document_type varchar(30) not null,
    document_id   uuid not null,
    token_hash    varchar(64) not null,
    created_by    varchar(1000) not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    revoked_at    timestamp(6) with time zone,
    version       bigint not null,
    constraint cp_document_link_hash_uk unique (token_hash)
);
create index cp_document_link_by_document
    on cp_document_link (workspace_id, document_type, document_id, created_at, id);
create index cp_document_link_by_client on cp_document_link (workspace_id, client_id, created_at, id);

-- one row per contact: the contact's id is the key
create table cp_portal_access (
    contact_id      uuid primary key references cp_contact (id),
    workspace_id    uuid not null references cp_workspace (id),
    client_id       uuid not null references cp_client (id),
    status          varchar(10) not null,
    invited_at      timestamp(6) with time zone not null,
    last_sign_in_at timestamp(6) with time zone,
    revoked_at      timestamp(6) with time zone,
    version         bigint not null
);
create index cp_portal_access_by_client on cp_portal_access (workspace_id, client_id, contact_id);

-- Written in transactions of their own, which must never wait on a row the caller's transaction locked: no foreign
-- keys (a key check would share-lock the workspace row).
create table cp_document_send (
    workspace_id  uuid not null,
    document_type varchar(30) not null,
    document_id   uuid not null,
    last_sent_at  timestamp(6) with time zone not null,
    constraint cp_document_send_pk primary key (workspace_id, document_type, document_id)
);

-- one row per key, shared by every instance; rows whose window ended are deleted by window start
create table cp_rate_limit (
    rate_key     varchar(400) primary key,
    window_start timestamp(6) with time zone not null,
    hits         integer not null
);
create index cp_rate_limit_by_window_start on cp_rate_limit (window_start);
