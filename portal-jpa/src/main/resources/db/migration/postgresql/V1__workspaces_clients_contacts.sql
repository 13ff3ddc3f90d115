-- Workspaces, clients, contacts and document number sequences.
-- Names are compared and sorted in code-point order (collation "C"), as the portal sorts them.

create table cp_workspace (
    id               uuid primary key,
    name             varchar(200) collate "C" not null,
    settings         text not null,
    logo_reference   varchar(1000) not null,
    primary_colour   varchar(7) not null,
    accent_colour    varchar(7) not null,
    branding_version bigint not null,
    created_at       timestamp(6) with time zone not null,
    version          bigint not null
);

create table cp_client (
    id              uuid primary key,
    workspace_id    uuid not null references cp_workspace (id),
    name            varchar(200) collate "C" not null,
    email           varchar(254) not null,
    billing_address text not null,
    tax_id          varchar(100) not null,
    currency        varchar(3) not null,
    tax_exempt      boolean not null,
    locale          varchar(35),
    credit_balances text not null,
    archived        boolean not null,
    created_at      timestamp(6) with time zone not null,
    version         bigint not null
);
create index cp_client_by_name on cp_client (workspace_id, name, id);

create table cp_contact (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    name         varchar(200) collate "C" not null,
    email        varchar(254) not null,
    email_key    varchar(254) collate "C" not null,
    roles        varchar(200) not null,
    active       boolean not null,
    created_at   timestamp(6) with time zone not null,
    version      bigint not null
);
create index cp_contact_by_client on cp_contact (workspace_id, client_id, name, id);
create index cp_contact_by_email on cp_contact (workspace_id, email_key, id);

-- one row per workspace and scope (e.g. invoice:INV-2026-{seq}); its lock serialises numbering
create table cp_number_sequence (
    workspace_id uuid not null references cp_workspace (id),
    scope        varchar(200) collate "C" not null,
    last_value   bigint not null,
    constraint cp_number_sequence_pk primary key (workspace_id, scope)
);
