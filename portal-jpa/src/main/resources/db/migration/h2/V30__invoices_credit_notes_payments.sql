-- Invoices, credit notes and payments (H2 2.x, for tests and demos). Amounts are minor units (bigint) in the
-- row's currency. Everything a query filters, sorts or sums on is a column; nested value objects (lines,
-- discounts, schedules, totals) are JSON written by the adapter's own codecs.

create table cp_invoice (
    id                    uuid primary key,
    workspace_id          uuid not null references cp_workspace (id),
    client_id             uuid not null references cp_client (id),
    status                varchar(20) not null,
    number                varchar(200),
    currency              varchar(3) not null,
    issue_date            date,
    due_date              date,
    next_due_date         date,
    total                 bigint not null,
    amount_due            bigint not null,
    paid                  bigint not null,
    credit_notes_applied  bigint not null,
    credit_notes_total    bigint not null,
    client_credit_applied bigint not null,
    deposit_invoice_id    uuid,
    open_amount_count     integer not null,
    content               clob not null,
    totals                clob not null,
    created_at            timestamp(6) with time zone not null,
    closed_at             timestamp(6) with time zone,
    closed_on             date,
    version               bigint not null,
    constraint cp_invoice_number_uk unique (workspace_id, number)
);
-- list (newest first, optionally one client's), payable (a client's open invoices by next due date, then number),
-- receivables movements (issued on, voided on)
create index cp_invoice_by_created on cp_invoice (workspace_id, created_at, id);
create index cp_invoice_by_client on cp_invoice (workspace_id, client_id, created_at, id);
create index cp_invoice_payable on cp_invoice (workspace_id, client_id, currency, next_due_date, number);
create index cp_invoice_by_issue_date on cp_invoice (workspace_id, currency, issue_date);
create index cp_invoice_by_closed_on on cp_invoice (workspace_id, currency, closed_on);

-- what an invoice still owes, one row per open installment (or one for the whole amount due), written with it:
-- the invoice row counts them, so a save updates, deletes and inserts rows by their exact key (on MariaDB no
-- range delete takes a gap lock that could deadlock two saves of neighbouring invoices)
create table cp_invoice_open_amount (
    invoice_id   uuid not null references cp_invoice (id),
    ordinal      integer not null,
    workspace_id uuid not null,
    client_id    uuid not null,
    currency     varchar(3) not null,
    due_date     date not null,
    amount       bigint not null,
    constraint cp_invoice_open_amount_pk primary key (invoice_id, ordinal)
);
create index cp_invoice_open_amount_by_due on cp_invoice_open_amount (workspace_id, due_date);

create table cp_credit_note (
    id                 uuid primary key,
    workspace_id       uuid not null references cp_workspace (id),
    client_id          uuid not null references cp_client (id),
    invoice_id         uuid not null references cp_invoice (id),
    invoice_number     varchar(200) not null,
    number             varchar(200) not null,
    currency           varchar(3) not null,
    issue_date         date not null,
    total              bigint not null,
    applied_to_invoice bigint not null,
    to_client_credit   bigint not null,
    reason             clob not null,
    content            clob not null,
    totals             clob not null,
    created_at         timestamp(6) with time zone not null,
    version            bigint not null,
    constraint cp_credit_note_number_uk unique (workspace_id, number)
);
-- led by invoice_id: also what the foreign key checks when a draft invoice is deleted
create index cp_credit_note_by_invoice on cp_credit_note (invoice_id, created_at, number);
-- receivables movements: the workspace's by day, and one client's (statements)
create index cp_credit_note_by_issue_date on cp_credit_note (workspace_id, currency, issue_date);
create index cp_credit_note_by_client on cp_credit_note (workspace_id, client_id, issue_date);

create table cp_payment (
    id               uuid primary key,
    workspace_id     uuid not null references cp_workspace (id),
    client_id        uuid not null references cp_client (id),
    status           varchar(20) not null,
    amount           bigint not null,
    currency         varchar(3) not null,
    method           varchar(20) not null,
    gateway          varchar(100) not null,
    reference        varchar(200) not null,
    received_on      date not null,
    to_credit        bigint not null,
    refunded         bigint not null,
    allocation_count integer not null,
    refund_count     integer not null,
    note             clob not null,
    receipt_number   varchar(200) not null,
    recorded_at      timestamp(6) with time zone not null,
    version          bigint not null,
    constraint cp_payment_reference_uk unique (workspace_id, reference)
);
-- a client's payments (forClient, statements), receipts by day
create index cp_payment_by_client on cp_payment (workspace_id, client_id, received_on, recorded_at, id);
create index cp_payment_by_received_on on cp_payment (workspace_id, received_on);

-- what a payment settled on each invoice, written with the payment by exact key (the payment row counts them)
create table cp_payment_allocation (
    payment_id     uuid not null references cp_payment (id),
    ordinal        integer not null,
    workspace_id   uuid not null,
    invoice_id     uuid not null references cp_invoice (id),
    invoice_number varchar(200) not null,
    amount         bigint not null,
    refunded       bigint not null,
    constraint cp_payment_allocation_pk primary key (payment_id, ordinal)
);
-- led by invoice_id: also what the foreign key checks when a draft invoice is deleted
create index cp_payment_allocation_by_invoice on cp_payment_allocation (invoice_id, payment_id);

-- refunds are appended, never changed; their external reference is unique in the workspace
create table cp_payment_refund (
    id            uuid primary key,
    payment_id    uuid not null references cp_payment (id),
    ordinal       integer not null,
    workspace_id  uuid not null,
    client_id     uuid not null,
    currency      varchar(3) not null,
    reference     varchar(200) not null,
    amount        bigint not null,
    from_credit   bigint not null,
    from_invoices clob not null,
    refunded_on   date not null,
    reason        clob not null,
    recorded_at   timestamp(6) with time zone not null,
    constraint cp_payment_refund_reference_uk unique (workspace_id, reference),
    constraint cp_payment_refund_ordinal_uk unique (payment_id, ordinal)
);
-- receivables movements and receipts: the workspace's by day, and one client's (statements)
create index cp_payment_refund_by_refunded_on on cp_payment_refund (workspace_id, refunded_on);
create index cp_payment_refund_by_client on cp_payment_refund (workspace_id, client_id, refunded_on);
