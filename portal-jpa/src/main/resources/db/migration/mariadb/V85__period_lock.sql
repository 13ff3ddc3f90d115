-- Closed periods: one row per workspace holding its lock date (everything dated on or before it is closed). Every
-- use case that dates something reads the row LOCK IN SHARE MODE and a lock change reads it FOR UPDATE, so a change
-- waits for the checks in flight and checks after it see it (a locking read sees the latest committed row). New
-- workspaces get their row when they are inserted; existing ones get it here, with every period open (version 1, as
-- the adapter writes it). The row always exists, so no check takes a gap lock.
create table cp_period_lock (
    workspace_id   uuid not null,
    locked_through date,
    version        bigint not null,
    primary key (workspace_id),
    constraint cp_period_lock_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

insert into cp_period_lock (workspace_id, locked_through, version) select id, null, 1 from cp_workspace;
