-- Feed digests: the last digest each contact was sent, one row per (workspace, client, contact) under the primary
-- key. A digest is claimed by one statement that inserts the row or moves it on only while its version is the one the
-- run read (a compare-and-set), so of two instances racing for a contact one sends. claim_token is the claim's own
-- value, read back where the row count cannot tell (MariaDB). Runs find the clients with new staff updates by kind
-- and time, hence the index on the feed.

create table cp_feed_digest (
    workspace_id     uuid not null references cp_workspace (id),
    client_id        uuid not null references cp_client (id),
    contact_id       uuid not null references cp_contact (id),
    entry_id         uuid not null,
    entry_created_at timestamp(6) with time zone not null,
    sent_at          timestamp(6) with time zone not null,
    version          bigint not null,
    claim_token      uuid not null,
    constraint cp_feed_digest_pk primary key (workspace_id, client_id, contact_id)
);

-- the clients with staff updates in a span of time
create index cp_feed_entry_by_kind_time on cp_feed_entry (kind, created_at, workspace_id, client_id);
