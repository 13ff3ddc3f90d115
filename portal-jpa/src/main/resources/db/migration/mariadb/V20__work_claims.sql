-- Claims on scheduled work by natural key: one row per (workspace, key), whose primary key makes two instances
-- share one claim, and whose row lock makes racing claims queue.

create table cp_work_claim (
    workspace_id uuid not null,
    work_key     varchar(200) not null,
    owner        varchar(200),
    leased_until datetime(6),
    completed    bit(1) not null,
    claim_token  uuid not null,
    primary key (workspace_id, work_key),
    constraint cp_work_claim_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
