-- Late fees: each late-fee period decided on an invoice, one row per (workspace, invoice, period) under the primary
-- key, so a period is charged at most once whatever the instances do; a fee removed by staff (or passed over while
-- the invoice was paused) keeps its row with who removed it and why. The invoice row carries the fees in force
-- (JSON, part of its balance) and the day its next fee falls due, which core derives and the run finds by range.

alter table cp_invoice add column late_fees longtext;
alter table cp_invoice add column next_late_fee_on date;

-- the run's candidates: a range scan up to today in (day, id) order, the run's paging order
create index cp_invoice_next_late_fee on cp_invoice (next_late_fee_on, id);

create table cp_late_fee (
    workspace_id   uuid not null,
    invoice_id     uuid not null,
    period         integer not null,
    currency       varchar(3) not null,
    amount         bigint not null,
    period_start   date not null,
    applied_at     datetime(6) not null,
    removed_at     datetime(6),
    removed_by     varchar(320) not null,
    removal_reason longtext not null,
    primary key (workspace_id, invoice_id, period),
    constraint cp_late_fee_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_late_fee_invoice_fk foreign key (invoice_id) references cp_invoice (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
