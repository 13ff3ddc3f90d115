-- Each client's customer at a payment gateway (a Stripe cus_…): the primary key keeps one per client and gateway,
-- so instances that create one at the same moment all go on with the first remembered.

create table cp_gateway_customer (
    workspace_id       uuid not null,
    client_id          uuid not null,
    gateway            varchar(200) not null,
    customer_reference varchar(200) not null,
    primary key (workspace_id, client_id, gateway),
    constraint cp_gateway_customer_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_gateway_customer_client_fk foreign key (client_id) references cp_client (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
