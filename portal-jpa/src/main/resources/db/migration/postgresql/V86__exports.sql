-- Exports read invoices, credit notes, payments and refunds in keyset pages ordered by (day, number or reference),
-- and list an invoice's subtotal, discount and tax from columns: a page of invoice rows decodes no JSON. Rows
-- written before these columns hold null there; the adapter reads those rows' totals JSON instead.
alter table cp_invoice add column subtotal bigint;
alter table cp_invoice add column discount_total bigint;
alter table cp_invoice add column tax_total bigint;
create index cp_invoice_export on cp_invoice (workspace_id, issue_date, number);
create index cp_credit_note_export on cp_credit_note (workspace_id, issue_date, number);
create index cp_payment_export on cp_payment (workspace_id, received_on, reference);
create index cp_payment_refund_export on cp_payment_refund (workspace_id, refunded_on, reference);
