-- Late fees: each late-fee period decided on an invoice, one row per (workspace, invoice, period) under the primary
-- key, so a period is charged at most once whatever the instances do; a fee removed by staff (or passed over while
-- the invoice was paused) keeps its row with who removed it and why. The invoice row carries the fees in force
-- (JSON, part of its balance) and the day its next fee falls due, which core derives and the run finds by range.

alter table cp_invoice add column late_fees text;
alter table cp_invoice add column next_late_fee_on date;

-- the run's candidates: a range scan up to today in (day, id) order, the run's paging order
create index cp_invoice_next_late_fee on cp_invoice (next_late_fee_on, id);

create table cp_late_fee (
    workspace_id   uuid not null references cp_workspace (id),
    invoice_id     uuid not null references cp_invoice (id),
    period         integer not null,
    currency       varchar(3) not null,
    amount         bigint not null,
    period_start   date not null,
    applied_at     timestamp(6) with time zone not null,
    removed_at     timestamp(6) with time zone,
    removed_by     varchar(320) not null,
    removal_reason text not null,
    constraint cp_late_fee_pk primary key (workspace_id, invoice_id, period)
);
