-- Projects and the activity feed. A project's budget is minor units (bigint) in its currency. An invoice belongs to
-- at most one project: the link's primary key (workspace, invoice) is the row an assignment inserts or moves. An
-- entry the portal noted by itself carries a natural key, unique per workspace, so that a second note of the same
-- change is skipped by the insert itself. Entries are paged newest first by their position, (created at, id), kept
-- as one binary key the adapter writes: it sorts as core's feed cursor does on every vendor (a uuid column sorts by
-- its bytes on PostgreSQL and H2 and by its groups reversed on MariaDB, the cursor by the id's halves as signed
-- numbers), so a page after a cursor is one range scan. Each contact's read mark carries the same key and only moves
-- forward.

create table cp_project (
    id           uuid not null primary key,
    workspace_id uuid not null,
    client_id    uuid not null,
    name         varchar(200) not null,
    status       varchar(20) not null,
    currency     varchar(3) not null,
    start_date   date,
    end_date     date,
    budget       bigint,
    created_at   datetime(6) not null,
    version      bigint not null,
    constraint cp_project_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_project_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's projects, oldest first
create index cp_project_by_client on cp_project (workspace_id, client_id, created_at, id);

create table cp_project_invoice (
    workspace_id uuid not null,
    invoice_id   uuid not null,
    project_id   uuid not null,
    primary key (workspace_id, invoice_id),
    constraint cp_project_invoice_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_project_invoice_invoice_fk foreign key (invoice_id) references cp_invoice (id),
    constraint cp_project_invoice_project_fk foreign key (project_id) references cp_project (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a project's invoices
create index cp_project_invoice_by_project on cp_project_invoice (workspace_id, project_id);

create table cp_feed_entry (
    id            uuid not null primary key,
    workspace_id  uuid not null,
    client_id     uuid not null,
    project_id    uuid,
    kind          varchar(30) not null,
    body          longtext not null,
    author        varchar(300) not null,
    created_at    datetime(6) not null,
    position_key  varbinary(28) not null,
    needs_input   bit(1) not null,
    natural_key   varchar(200),
    supersedes    uuid,
    superseded_by uuid,
    edited_at     datetime(6),
    version       bigint not null,
    constraint cp_feed_entry_natural_key_uk unique (workspace_id, natural_key),
    constraint cp_feed_entry_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_feed_entry_client_fk foreign key (client_id) references cp_client (id),
    constraint cp_feed_entry_project_fk foreign key (project_id) references cp_project (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's feed and a project's feed, newest first from a cursor
create index cp_feed_entry_by_client on cp_feed_entry (workspace_id, client_id, position_key);
create index cp_feed_entry_by_project on cp_feed_entry (workspace_id, client_id, project_id, position_key);

-- how far each contact has read its client's feed: the newest entry read, by id, time and position
create table cp_feed_read (
    workspace_id     uuid not null,
    client_id        uuid not null,
    contact_id       uuid not null,
    entry_id         uuid not null,
    entry_created_at datetime(6) not null,
    position_key     varbinary(28) not null,
    marked_at        datetime(6) not null,
    primary key (workspace_id, client_id, contact_id),
    constraint cp_feed_read_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_feed_read_client_fk foreign key (client_id) references cp_client (id),
    constraint cp_feed_read_contact_fk foreign key (contact_id) references cp_contact (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
