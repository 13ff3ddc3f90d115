-- The audit hash chain: one head row per workspace whose lock serialises appends, the entries keyed by
-- (workspace, sequence) so a sequence is taken once, and the erasable personal-data side records.

create table cp_audit_head (
    workspace_id  uuid not null primary key references cp_workspace (id),
    last_sequence bigint not null,
    last_hash     varchar(64) not null
);

create table cp_audit_entry (
    workspace_id       uuid not null references cp_workspace (id),
    sequence_no        bigint not null,
    id                 uuid not null,
    at                 timestamp(6) with time zone not null,
    actor              varchar(300) not null,
    action             varchar(100) not null,
    subject_type       varchar(100) not null,
    subject_id         varchar(200) not null,
    details            clob not null,
    personal_data_hash varchar(64) not null,
    previous_hash      varchar(64) not null,
    hash               varchar(64) not null,
    constraint cp_audit_entry_sequence_uk primary key (workspace_id, sequence_no),
    constraint cp_audit_entry_id_uk unique (id)
);
-- forSubject and byActor, in sequence order
create index cp_audit_entry_by_subject on cp_audit_entry (workspace_id, subject_type, subject_id, sequence_no);
create index cp_audit_entry_by_actor on cp_audit_entry (workspace_id, actor, sequence_no);

create table cp_audit_personal_data (
    workspace_id    uuid not null,
    entry_id        uuid not null,
    sequence_no     bigint not null,
    salt            varchar(128) not null,
    personal_values clob not null,
    erased_by       bigint not null,
    erased_at       timestamp(6) with time zone,
    constraint cp_audit_personal_data_entry_uk primary key (workspace_id, entry_id)
);
