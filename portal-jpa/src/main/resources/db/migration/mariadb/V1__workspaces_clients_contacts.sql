-- Workspaces, clients, contacts and document number sequences (MariaDB 10.7 and newer: ids use its uuid type).
-- Every table is utf8mb4 with the binary collation: names sort and email keys compare by code point, as the
-- portal does.

create table cp_workspace (
    id               uuid not null primary key,
    name             varchar(200) not null,
    settings         mediumtext not null,
    logo_reference   varchar(1000) not null,
    primary_colour   varchar(7) not null,
    accent_colour    varchar(7) not null,
    branding_version bigint not null,
    created_at       datetime(6) not null,
    version          bigint not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

create table cp_client (
    id              uuid not null primary key,
    workspace_id    uuid not null,
    name            varchar(200) not null,
    email           varchar(254) not null,
    billing_address text not null,
    tax_id          varchar(100) not null,
    currency        varchar(3) not null,
    tax_exempt      bit(1) not null,
    locale          varchar(35),
    credit_balances text not null,
    archived        bit(1) not null,
    created_at      datetime(6) not null,
    version         bigint not null,
    constraint cp_client_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_client_by_name on cp_client (workspace_id, name, id);

create table cp_contact (
    id           uuid not null primary key,
    workspace_id uuid not null,
    client_id    uuid not null,
    name         varchar(200) not null,
    email        varchar(254) not null,
    email_key    varchar(254) not null,
    roles        varchar(200) not null,
    active       bit(1) not null,
    created_at   datetime(6) not null,
    version      bigint not null,
    constraint cp_contact_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_contact_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
create index cp_contact_by_client on cp_contact (workspace_id, client_id, name, id);
create index cp_contact_by_email on cp_contact (workspace_id, email_key, id);

create table cp_number_sequence (
    workspace_id uuid not null,
    scope        varchar(200) not null,
    last_value   bigint not null,
    primary key (workspace_id, scope),
    constraint cp_number_sequence_workspace_fk foreign key (workspace_id) references cp_workspace (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
