-- Quotes, agreements and deliverables (MariaDB 10.7 and newer). Each aggregate's content is JSON written by the
-- adapter's own codecs; what a query filters, sorts or counts on is a column or a row of a child table kept with
-- the aggregate. utf8mb4_bin: quote numbers compare in code-point order.

create table cp_quote (
    id                 uuid primary key,
    workspace_id       uuid not null,
    client_id          uuid not null,
    status             varchar(20) not null,
    number             varchar(200),
    revision           integer not null,
    currency           varchar(3) not null,
    expires_on         date,
    total              bigint not null,
    -- the invoices of the acceptance while the quote is ACCEPTED (null otherwise): an invoice is the conversion
    -- of one accepted quote only
    invoice_id         uuid,
    deposit_invoice_id uuid,
    content            longtext not null,
    totals             longtext not null,
    created_at         datetime(6) not null,
    version            bigint not null,
    constraint cp_quote_revision_uk unique (workspace_id, number, revision),
    constraint cp_quote_invoice_uk unique (workspace_id, invoice_id),
    constraint cp_quote_deposit_invoice_uk unique (workspace_id, deposit_invoice_id),
    constraint cp_quote_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_quote_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's quotes newest first; the quotes awaiting a client's decision (status, last day)
create index cp_quote_by_client on cp_quote (workspace_id, client_id, created_at, id);
create index cp_quote_awaiting on cp_quote (workspace_id, client_id, status, expires_on);

create table cp_agreement (
    id               uuid primary key,
    workspace_id     uuid not null,
    client_id        uuid not null,
    status           varchar(20) not null,
    -- named signers of the current version who have not signed, while it is open for signature (else 0)
    awaiting_signers integer not null,
    content          longtext not null,
    created_at       datetime(6) not null,
    version          bigint not null,
    constraint cp_agreement_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_agreement_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's agreements newest first, and those still missing a client signature
create index cp_agreement_by_client on cp_agreement (workspace_id, client_id, created_at, id);
create index cp_agreement_awaiting on cp_agreement (workspace_id, client_id, awaiting_signers);

-- the contacts an open agreement still waits for (named on its current version, not signed yet), kept with it
create table cp_agreement_signer (
    agreement_id uuid not null,
    contact_id   uuid not null,
    workspace_id uuid not null,
    client_id    uuid not null,
    constraint cp_agreement_signer_pk primary key (agreement_id, contact_id),
    constraint cp_agreement_signer_agreement_fk foreign key (agreement_id) references cp_agreement (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_agreement_signer_by_contact on cp_agreement_signer (workspace_id, contact_id, client_id);

create table cp_deliverable (
    id                     uuid primary key,
    workspace_id           uuid not null,
    client_id              uuid not null,
    title                  longtext not null,
    version_count          integer not null,
    -- the pending approval request, if any: its id, the version it asks about and when it was made
    pending_request_id     uuid,
    pending_version_id     uuid,
    pending_version_number integer,
    pending_requested_at   datetime(6),
    content                longtext not null,
    created_at             datetime(6) not null,
    version                bigint not null,
    constraint cp_deliverable_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_deliverable_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a client's deliverables newest first; the workspace's and a client's pending requests
create index cp_deliverable_by_client on cp_deliverable (workspace_id, client_id, created_at, id);
create index cp_deliverable_pending on cp_deliverable (workspace_id, pending_request_id, pending_requested_at);
create index cp_deliverable_client_pending on cp_deliverable (workspace_id, client_id, pending_request_id);

-- every version of every deliverable, appended with it: a version id finds its deliverable, and a number is
-- taken once per deliverable
create table cp_deliverable_version (
    id             uuid primary key,
    deliverable_id uuid not null,
    workspace_id   uuid not null,
    number         integer not null,
    constraint cp_deliverable_version_number_uk unique (deliverable_id, number),
    constraint cp_deliverable_version_deliverable_fk foreign key (deliverable_id) references cp_deliverable (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- the contacts the pending request of a deliverable still waits for, in the order the request names them
create table cp_deliverable_approver (
    deliverable_id uuid not null,
    contact_id     uuid not null,
    workspace_id   uuid not null,
    client_id      uuid not null,
    ordinal        integer not null,
    constraint cp_deliverable_approver_pk primary key (deliverable_id, contact_id),
    constraint cp_deliverable_approver_deliverable_fk foreign key (deliverable_id) references cp_deliverable (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_deliverable_approver_by_contact on cp_deliverable_approver (workspace_id, contact_id, client_id);
