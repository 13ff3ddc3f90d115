-- Each client's customer at a payment gateway (a Stripe cus_…): the primary key keeps one per client and gateway,
-- so instances that create one at the same moment all go on with the first remembered.

create table cp_gateway_customer (
    workspace_id       uuid not null references cp_workspace (id),
    client_id          uuid not null references cp_client (id),
    gateway            varchar(200) collate "C" not null,
    customer_reference varchar(200) collate "C" not null,
    constraint cp_gateway_customer_pk primary key (workspace_id, client_id, gateway)
);
