-- Closed periods: one row per workspace holding its lock date (everything dated on or before it is closed). Every
-- use case that dates something reads the row FOR SHARE and a lock change reads it FOR UPDATE, so a change waits
-- for the checks in flight and checks after it see it. New workspaces get their row when they are inserted;
-- existing ones get it here, with every period open (version 1, as the adapter writes it).
create table cp_period_lock (
    workspace_id   uuid primary key references cp_workspace (id),
    locked_through date,
    version        bigint not null
);

insert into cp_period_lock (workspace_id, locked_through, version) select id, null, 1 from cp_workspace;
