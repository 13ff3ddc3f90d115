-- The audit hash chain: one head row per workspace whose lock serialises appends, the entries keyed by
-- (workspace, sequence) so a sequence is taken once, and the erasable personal-data side records.

create table cp_audit_head (
    workspace_id  uuid not null primary key,
    last_sequence bigint not null,
    last_hash     varchar(64) not null,
    constraint cp_audit_head_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table cp_audit_entry (
    workspace_id       uuid not null,
    sequence_no        bigint not null,
    id                 uuid not null,
    at                 datetime(6) not null,
    actor              varchar(300) not null,
    action             varchar(100) not null,
    subject_type       varchar(100) not null,
    subject_id         varchar(200) not null,
    details            mediumtext not null,
    personal_data_hash varchar(64) not null,
    previous_hash      varchar(64) not null,
    hash               varchar(64) not null,
    constraint cp_audit_entry_sequence_uk primary key (workspace_id, sequence_no),
    constraint cp_audit_entry_id_uk unique (id),
    constraint cp_audit_entry_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- forSubject and byActor, in sequence order
create index cp_audit_entry_by_subject on cp_audit_entry (workspace_id, subject_type, subject_id, sequence_no);
create index cp_audit_entry_by_actor on cp_audit_entry (workspace_id, actor, sequence_no);

create table cp_audit_personal_data (
    workspace_id    uuid not null,
    entry_id        uuid not null,
    sequence_no     bigint not null,
    salt            varchar(128) not null,
    personal_values mediumtext not null,
    erased_by       bigint not null,
    erased_at       datetime(6),
    constraint cp_audit_personal_data_entry_uk primary key (workspace_id, entry_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
