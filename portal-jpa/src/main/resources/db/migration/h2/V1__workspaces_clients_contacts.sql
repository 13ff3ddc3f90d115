-- Workspaces, clients, contacts and document number sequences (H2 2.x, for tests and demos).

create table cp_workspace (
    id               uuid primary key,
    name             varchar(200) not null,
    settings         varchar(20000) not null,
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
    name            varchar(200) not null,
    email           varchar(254) not null,
    billing_address varchar(4000) not null,
    tax_id          varchar(100) not null,
    currency        varchar(3) not null,
    tax_exempt      boolean not null,
    locale          varchar(35),
    credit_balances varchar(4000) not null,
    archived        boolean not null,
    created_at      timestamp(6) with time zone not null,
    version         bigint not null
);
create index cp_client_by_name on cp_client (workspace_id, name, id);

create table cp_contact (
    id           uuid primary key,
    workspace_id uuid not null references cp_workspace (id),
    client_id    uuid not null references cp_client (id),
    name         varchar(200) not null,
    email        varchar(254) not null,
    email_key    varchar(254) not null,
    roles        varchar(200) not null,
    active       boolean not null,
    created_at   timestamp(6) with time zone not null,
    version      bigint not null
);
create index cp_contact_by_client on cp_contact (workspace_id, client_id, name, id);
create index cp_contact_by_email on cp_contact (workspace_id, email_key, id);

create table cp_number_sequence (
    workspace_id uuid not null references cp_workspace (id),
    scope        varchar(200) not null,
    last_value   bigint not null,
    constraint cp_number_sequence_pk primary key (workspace_id, scope)
);
