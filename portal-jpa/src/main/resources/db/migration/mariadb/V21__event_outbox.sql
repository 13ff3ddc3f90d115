-- The transactional outbox: undelivered domain events in the order they were appended (an identity column), each
-- with its aggregate, whose entries are delivered in that order. Delivered entries are deleted. Not tenant data:
-- relays read across workspaces, so no foreign key ties an entry to its workspace.

create table cp_outbox_event (
    outbox_order    bigint not null auto_increment primary key,
    event_id        uuid not null,
    event_type      varchar(100) not null,
    aggregate_key   varchar(200) not null,
    workspace_id    uuid not null,
    occurred_at     datetime(6) not null,
    payload         mediumtext not null,
    attempts        integer not null,
    next_attempt_at datetime(6),
    owner           varchar(200),
    lease_until     datetime(6),
    last_error      varchar(2000),
    constraint cp_outbox_event_event_uk unique (event_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- the queue of each aggregate, for the order check of every claim
create index cp_outbox_event_by_aggregate on cp_outbox_event (aggregate_key, outbox_order);
