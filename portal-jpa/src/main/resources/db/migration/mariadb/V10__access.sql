-- Portal access (MariaDB 10.7 and newer): sign-in tokens, sessions, document share links, each contact's access, the
-- latest send of each document and sign-in rate limits. Secrets are stored only as hex SHA-256 hashes, each under a
-- unique key.

create table cp_login_token (
    id           uuid not null primary key,
    workspace_id uuid not null,
    client_id    uuid not null,
    contact_id   uuid not null,
    purpose      varchar(20) not null,
    token_hash   varchar(64) not null,
    created_at   datetime(6) not null,
    expires_at   datetime(6) not null,
    used_at      datetime(6),
    revoked_at   datetime(6),
    version      bigint not null,
    constraint cp_login_token_hash_uk unique (token_hash),
    constraint cp_login_token_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_login_token_client_fk foreign key (client_id) references cp_client (id),
    constraint cp_login_token_contact_fk foreign key (contact_id) references cp_contact (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_login_token_by_contact on cp_login_token (workspace_id, contact_id, created_at, id);

create table cp_portal_session (
    id                  uuid not null primary key,
    workspace_id        uuid not null,
    client_id           uuid not null,
    contact_id          uuid not null,
    token_hash          varchar(64) not null,
    created_at          datetime(6) not null,
    last_seen_at        datetime(6) not null,
    absolute_expires_at datetime(6) not null,
    revoked_at          datetime(6),
    address             varchar(100) not null,
    user_agent          varchar(600) not null,
    version             bigint not null,
    constraint cp_portal_session_hash_uk unique (token_hash),
    constraint cp_portal_session_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_portal_session_client_fk foreign key (client_id) references cp_client (id),
    constraint cp_portal_session_contact_fk foreign key (contact_id) references cp_contact (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_portal_session_by_contact on cp_portal_session (workspace_id, contact_id, created_at, id);

create table cp_document_link (
    id            uuid not null primary key,
    workspace_id  uuid not null,
    client_id     uuid not null,
    document_type varchar(30) not null,
    document_id   uuid not null,
    token_hash    varchar(64) not null,
    created_by    varchar(1000) not null,
    created_at    datetime(6) not null,
    expires_at    datetime(6) not null,
    revoked_at    datetime(6),
    version       bigint not null,
    constraint cp_document_link_hash_uk unique (token_hash),
    constraint cp_document_link_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_document_link_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_document_link_by_document
    on cp_document_link (workspace_id, document_type, document_id, created_at, id);
create index cp_document_link_by_client on cp_document_link (workspace_id, client_id, created_at, id);

-- one row per contact: the contact's id is the key
create table cp_portal_access (
    contact_id      uuid not null primary key,
    workspace_id    uuid not null,
    client_id       uuid not null,
    status          varchar(10) not null,
    invited_at      datetime(6) not null,
    last_sign_in_at datetime(6),
    revoked_at      datetime(6),
    version         bigint not null,
    constraint cp_portal_access_contact_fk foreign key (contact_id) references cp_contact (id),
    constraint cp_portal_access_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_portal_access_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_portal_access_by_client on cp_portal_access (workspace_id, client_id, contact_id);

-- Written in transactions of their own, which must never wait on a row the caller's transaction locked: no foreign
-- keys (a key check would share-lock the workspace row).
create table cp_document_send (
    workspace_id  uuid not null,
    document_type varchar(30) not null,
    document_id   uuid not null,
    last_sent_at  datetime(6) not null,
    primary key (workspace_id, document_type, document_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- one row per key, shared by every instance; rows whose window ended are deleted by window start
create table cp_rate_limit (
    rate_key     varchar(400) not null primary key,
    window_start datetime(6) not null,
    hits         integer not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_rate_limit_by_window_start on cp_rate_limit (window_start);
