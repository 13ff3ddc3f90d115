-- Feed digests: the last digest each contact was sent, one row per (workspace, client, contact) under the primary
-- key. A digest is claimed by one statement that inserts the row or moves it on only while its version is the one the
-- run read (a compare-and-set), so of two instances racing for a contact one sends. claim_token is the claim's own
-- value, read back where the row count cannot tell (MariaDB). Runs find the clients with new staff updates by kind
-- and time, hence the index on the feed.

create table cp_feed_digest (
    workspace_id     uuid not null,
    client_id        uuid not null,
    contact_id       uuid not null,
    entry_id         uuid not null,
    entry_created_at datetime(6) not null,
    sent_at          datetime(6) not null,
    version          bigint not null,
    claim_token      uuid not null,
    primary key (workspace_id, client_id, contact_id),
    constraint cp_feed_digest_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_feed_digest_client_fk foreign key (client_id) references cp_client (id),
    constraint cp_feed_digest_contact_fk foreign key (contact_id) references cp_contact (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- the clients with staff updates in a span of time
create index cp_feed_entry_by_kind_time on cp_feed_entry (kind, created_at, workspace_id, client_id);
