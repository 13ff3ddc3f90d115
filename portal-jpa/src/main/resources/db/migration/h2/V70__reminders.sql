-- Payment reminders: each workspace's policy, each client's own settings, the invoices whose reminders are paused,
-- and the log of steps sent or skipped, whose primary key keeps one entry per (workspace, invoice, due date, step):
-- a second instance's insert of a logged step skips it instead of sending twice. A policy is columns of text
-- (steps as "-3,0,7", times as ISO local times), read back exactly as set.

create table cp_reminder_policy (
    workspace_id uuid primary key references cp_workspace (id),
    steps        varchar(100) not null,
    send_at      varchar(18) not null,
    quiet_start  varchar(18) not null,
    quiet_end    varchar(18) not null
);

-- a client's policy columns are all null when it follows the workspace's
create table cp_reminder_client (
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    steps        varchar(100),
    send_at      varchar(18),
    quiet_start  varchar(18),
    quiet_end    varchar(18),
    time_zone    varchar(100),
    paused       boolean not null,
    constraint cp_reminder_client_pk primary key (workspace_id, client_id)
);

create table cp_reminder_pause (
    workspace_id uuid not null references cp_workspace (id),
    invoice_id   uuid not null,
    reason       clob not null,
    constraint cp_reminder_pause_pk primary key (workspace_id, invoice_id)
);

-- the primary key also answers an invoice's entries and the steps logged for a page of amounts due
create table cp_reminder_log (
    workspace_id  uuid not null references cp_workspace (id),
    invoice_id    uuid not null,
    due_date      date not null,
    days_from_due integer not null,
    client_id     uuid not null,
    outcome       varchar(30) not null,
    recipient     varchar(254) not null,
    logged_at     timestamp(6) with time zone not null,
    entry_token   uuid not null,
    constraint cp_reminder_log_pk primary key (workspace_id, invoice_id, due_date, days_from_due)
);

-- what is due: the open amounts in the reminder run's order (workspace, client, invoice, due date), so a page after a
-- cursor is one range scan from the cursor that filters the due dates in the index and stops after the page
create index cp_invoice_open_amount_reminders on cp_invoice_open_amount
    (workspace_id, client_id, invoice_id, due_date, currency, amount);
