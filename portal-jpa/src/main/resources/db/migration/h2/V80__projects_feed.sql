-- Projects and the activity feed. A project's budget is minor units (bigint) in its currency. An invoice belongs to
-- at most one project: the link's primary key (workspace, invoice) is the row an assignment inserts or moves. An
-- entry the portal noted by itself carries a natural key, unique per workspace, so that a second note of the same
-- change is skipped by the insert itself. Entries are paged newest first by their position, (created at, id), kept
-- as one binary key the adapter writes: it sorts as core's feed cursor does on every vendor (a uuid column sorts by
-- its bytes on PostgreSQL and H2 and by its groups reversed on MariaDB, the cursor by the id's halves as signed
-- numbers), so a page after a cursor is one range scan. Each contact's read mark carries the same key and only moves
-- forward.

create table cp_project (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    name         varchar(200) not null,
    status       varchar(20) not null,
    currency     varchar(3) not null,
    start_date   date,
    end_date     date,
    budget       bigint,
    created_at   timestamp(6) with time zone not null,
    version      bigint not null
);
-- a client's projects, oldest first
create index cp_project_by_client on cp_project (workspace_id, client_id, created_at, id);

create table cp_project_invoice (
    workspace_id uuid not null references cp_workspace (id),
    invoice_id   uuid not null references cp_invoice (id),
    project_id   uuid not null references cp_project (id),
    constraint cp_project_invoice_pk primary key (workspace_id, invoice_id)
);
-- a project's invoices
create index cp_project_invoice_by_project on cp_project_invoice (workspace_id, project_id);

create table cp_feed_entry (
    id            uuid primary key,
    workspace_id  uuid not null references cp_workspace (id),
    client_id     uuid not null references cp_client (id),
    project_id    uuid references cp_project (id),
    kind          varchar(30) not null,
    body          clob not null,
    author        varchar(300) not null,
    created_at    timestamp(6) with time zone not null,
    position_key  varbinary(28) not null,
    needs_input   boolean not null,
    natural_key   varchar(200),
    supersedes    uuid,
    superseded_by uuid,
    edited_at     timestamp(6) with time zone,
    version       bigint not null,
    constraint cp_feed_entry_natural_key_uk unique (workspace_id, natural_key)
);
-- a client's feed and a project's feed, newest first from a cursor
create index cp_feed_entry_by_client on cp_feed_entry (workspace_id, client_id, position_key);
create index cp_feed_entry_by_project on cp_feed_entry (workspace_id, client_id, project_id, position_key);

-- how far each contact has read its client's feed: the newest entry read, by id, time and position
create table cp_feed_read (
    workspace_id     uuid not null references cp_workspace (id),
    client_id        uuid not null references cp_client (id),
    contact_id       uuid not null references cp_contact (id),
    entry_id         uuid not null,
    entry_created_at timestamp(6) with time zone not null,
    position_key     varbinary(28) not null,
    marked_at        timestamp(6) with time zone not null,
    constraint cp_feed_read_pk primary key (workspace_id, client_id, contact_id)
);
