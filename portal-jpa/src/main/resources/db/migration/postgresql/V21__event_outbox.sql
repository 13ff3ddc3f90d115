-- The transactional outbox: undelivered domain events in the order they were appended (an identity column), each
-- with its aggregate, whose entries are delivered in that order. Delivered entries are deleted. Not tenant data:
-- relays read across workspaces, so no foreign key ties an entry to its workspace.

create table cp_outbox_event (
    outbox_order    bigint generated always as identity primary key,
    event_id        uuid not null,
    event_type      varchar(100) collate "C" not null,
    aggregate_key   varchar(200) collate "C" not null,
    workspace_id    uuid not null,
    occurred_at     timestamp(6) with time zone not null,
    payload         text not null,
    attempts        integer not null,
    next_attempt_at timestamp(6) with time zone,
    owner           varchar(200),
    lease_until     timestamp(6) with time zone,
    last_error      varchar(2000),
    constraint cp_outbox_event_event_uk unique (event_id)
);
-- the queue of each aggregate, for the order check of every claim
create index cp_outbox_event_by_aggregate on cp_outbox_event (aggregate_key, outbox_order);
