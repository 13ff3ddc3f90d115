-- Every gateway event received, once per (workspace, gateway, event id): the primary key makes applying an event
-- exactly-once across instances. Parked events are found by their payment, earliest first, then by event id in
-- code-point order.

create table cp_gateway_event (
    workspace_id      uuid not null references cp_workspace (id),
    gateway           varchar(200) collate "C" not null,
    event_id          varchar(200) collate "C" not null,
    kind              varchar(20) not null,
    event             text not null,
    payment_reference varchar(200) collate "C" not null,
    occurred_at       timestamp(6) with time zone not null,
    status            varchar(10) not null,
    payment_id        uuid,
    detail            varchar(2000) not null,
    received_at       timestamp(6) with time zone not null,
    version           bigint not null,
    constraint cp_gateway_event_event_uk primary key (workspace_id, gateway, event_id)
);
create index cp_gateway_event_parked on cp_gateway_event
    (workspace_id, gateway, payment_reference, status, occurred_at, event_id);
