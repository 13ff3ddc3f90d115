-- Recurring invoices: each template (versioned, staff edit it; what it bills as JSON), its progress in a row of its
-- own that the run moves forward with a conditional UPDATE (never read-then-write), and the auto-charge attempt log,
-- whose primary key keeps one attempt per (workspace, template, period, attempt number).

create table cp_recurring_template (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    status       varchar(20) not null,
    content      clob not null,
    version      bigint not null
);

-- a client's templates
create index cp_recurring_template_client on cp_recurring_template (workspace_id, client_id);

create table cp_recurring_progress (
    template_id  uuid primary key references cp_recurring_template (id),
    workspace_id uuid not null references cp_workspace (id),
    issued       integer not null,
    next_date    date
);

-- what is due: a range scan in template id order (the run's paging order) from the cursor, filtering the next date
-- in the index; each row joined by primary key to its template to keep the active ones
create index cp_recurring_progress_due on cp_recurring_progress (template_id, next_date);

create table cp_charge_attempt (
    workspace_id    uuid not null references cp_workspace (id),
    template_id     uuid not null references cp_recurring_template (id),
    period          date not null,
    attempt         integer not null,
    work_key        varchar(200) not null,
    invoice_id      uuid not null,
    client_id       uuid not null,
    due_at          timestamp(6) with time zone not null,
    status          varchar(20) not null,
    reason          clob not null,
    reference       varchar(200) not null,
    first_failed_at timestamp(6) with time zone,
    attempted_at    timestamp(6) with time zone,
    constraint cp_charge_attempt_pk primary key (workspace_id, template_id, period, attempt)
);

-- what is due: the due attempts by key as text, a range scan from the cursor that filters the due instant in the index
create index cp_charge_attempt_due on cp_charge_attempt (status, work_key, due_at);
