-- Claims on scheduled work by natural key: one row per (workspace, key), whose primary key makes two instances
-- share one claim, and whose row lock makes racing claims queue.

create table cp_work_claim (
    workspace_id uuid not null references cp_workspace (id),
    work_key     varchar(200) not null,
    owner        varchar(200),
    leased_until timestamp(6) with time zone,
    completed    boolean not null,
    claim_token  uuid not null,
    constraint cp_work_claim_pk primary key (workspace_id, work_key)
);
