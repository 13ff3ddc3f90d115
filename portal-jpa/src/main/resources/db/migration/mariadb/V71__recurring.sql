-- Recurring invoices: each template (versioned, staff edit it; what it bills as JSON), its progress in a row of its
-- own that the run moves forward with a conditional UPDATE (never read-then-write), and the auto-charge attempt log,
-- whose primary key keeps one attempt per (workspace, template, period, attempt number).

create table cp_recurring_template (
    id           uuid not null,
    workspace_id uuid not null,
    client_id    uuid not null,
    status       varchar(20) not null,
    content      longtext not null,
    version      bigint not null,
    primary key (id),
    constraint cp_recurring_template_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_recurring_template_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- a client's templates
create index cp_recurring_template_client on cp_recurring_template (workspace_id, client_id);

-- what is due is paged by template id as text, and MariaDB's uuid type sorts by its groups in reverse: the order uses
-- the id's 16 bytes as written (generated), which sort as the text does
create table cp_recurring_progress (
    template_id   uuid not null,
    workspace_id  uuid not null,
    issued        integer not null,
    next_date     date,
    template_sort binary(16) as (unhex(replace(cast(template_id as char), '-', ''))) stored,
    primary key (template_id),
    constraint cp_recurring_progress_template_fk foreign key (template_id) references cp_recurring_template (id),
    constraint cp_recurring_progress_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- what is due: a range scan in template id order from the cursor, filtering the next date in the index; each row
-- joined by primary key to its template to keep the active ones
create index cp_recurring_progress_due on cp_recurring_progress (template_sort, next_date);

create table cp_charge_attempt (
    workspace_id    uuid not null,
    template_id     uuid not null,
    period          date not null,
    attempt         integer not null,
    work_key        varchar(200) not null,
    invoice_id      uuid not null,
    client_id       uuid not null,
    due_at          datetime(6) not null,
    status          varchar(20) not null,
    reason          longtext not null,
    reference       varchar(200) not null,
    first_failed_at datetime(6),
    attempted_at    datetime(6),
    primary key (workspace_id, template_id, period, attempt),
    constraint cp_charge_attempt_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_charge_attempt_template_fk foreign key (template_id) references cp_recurring_template (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- what is due: the due attempts by key as text (binary collation, the run's order), a range scan from the cursor that
-- filters the due instant in the index. MariaDB's optimizer reads an index led by the status as a scan of every due
-- row from the first (an equality on the status before a range on the key), so here the index is on a generated
-- column holding the key while the attempt is due, and null after
alter table cp_charge_attempt
    add column due_key varchar(200) as (if(status = 'DUE', work_key, null)) stored;
create index cp_charge_attempt_due on cp_charge_attempt (due_key, due_at);
