-- Anything of a client can belong to one of its projects, not only invoices: an invoice, quote, deliverable,
-- agreement, message thread or library file belongs to at most one, so the link's primary key is (workspace, item
-- type, item id) and an assignment inserts or moves that row. The links of cp_project_invoice move over as they are.
-- A contact's reply to an update points at it, and an update that needs input records its first reply, which answers
-- it: the updates still awaiting input are those that need it, have no answer and were not superseded.

create table cp_project_item (
    workspace_id uuid not null,
    item_type    varchar(20) not null,
    item_id      uuid not null,
    project_id   uuid not null,
    primary key (workspace_id, item_type, item_id),
    constraint cp_project_item_workspace_fk foreign key (workspace_id) references cp_workspace (id),
    constraint cp_project_item_project_fk foreign key (project_id) references cp_project (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
-- a project's items of one type
create index cp_project_item_by_project on cp_project_item (workspace_id, project_id, item_type);

insert into cp_project_item (workspace_id, item_type, item_id, project_id)
    select workspace_id, 'INVOICE', invoice_id, project_id from cp_project_invoice;
drop table cp_project_invoice;

alter table cp_feed_entry add column in_reply_to uuid;
alter table cp_feed_entry add column answered_by uuid;
-- the updates awaiting input, of a workspace or of one client
create index cp_feed_entry_awaiting on cp_feed_entry (workspace_id, needs_input, client_id);
