-- Payment reminders: each workspace's policy, each client's own settings, the invoices whose reminders are paused,
-- and the log of steps sent or skipped, whose primary key keeps one entry per (workspace, invoice, due date, step):
-- a second instance's insert of a logged step skips it instead of sending twice. A policy is columns of text
-- (steps as "-3,0,7", times as ISO local times), read back exactly as set.

create table cp_reminder_policy (
    workspace_id uuid not null,
    steps        varchar(100) not null,
    send_at      varchar(18) not null,
    quiet_start  varchar(18) not null,
    quiet_end    varchar(18) not null,
    primary key (workspace_id),
    constraint cp_reminder_policy_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- a client's policy columns are all null when it follows the workspace's
create table cp_reminder_client (
    workspace_id uuid not null,
    client_id    uuid not null,
    steps        varchar(100),
    send_at      varchar(18),
    quiet_start  varchar(18),
    quiet_end    varchar(18),
    time_zone    varchar(100),
    paused       bit(1) not null,
    primary key (workspace_id, client_id),
    constraint cp_reminder_client_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_reminder_client_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table cp_reminder_pause (
    workspace_id uuid not null,
    invoice_id   uuid not null,
    reason       longtext not null,
    primary key (workspace_id, invoice_id),
    constraint cp_reminder_pause_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- the primary key also answers an invoice's entries and the steps logged for a page of amounts due
create table cp_reminder_log (
    workspace_id  uuid not null,
    invoice_id    uuid not null,
    due_date      date not null,
    days_from_due integer not null,
    client_id     uuid not null,
    outcome       varchar(30) not null,
    recipient     varchar(254) not null,
    logged_at     datetime(6) not null,
    entry_token   uuid not null,
    primary key (workspace_id, invoice_id, due_date, days_from_due),
    constraint cp_reminder_log_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- what is due: the open amounts in the reminder run's order (workspace, client, invoice, due date), so a page after a
-- cursor is one range scan from the cursor that filters the due dates in the index and stops after the page. The
-- run orders ids as their text, and MariaDB's uuid type sorts by its groups in reverse: the order uses each id's 16
-- bytes as written (generated, so invoice saves need not know them), which sort as the text does.
alter table cp_invoice_open_amount
    add column workspace_sort binary(16) as (unhex(replace(cast(workspace_id as char), '-', ''))) stored,
    add column client_sort    binary(16) as (unhex(replace(cast(client_id as char), '-', ''))) stored,
    add column invoice_sort   binary(16) as (unhex(replace(cast(invoice_id as char), '-', ''))) stored;
create index cp_invoice_open_amount_reminders on cp_invoice_open_amount
    (workspace_sort, client_sort, invoice_sort, due_date, currency, amount);
