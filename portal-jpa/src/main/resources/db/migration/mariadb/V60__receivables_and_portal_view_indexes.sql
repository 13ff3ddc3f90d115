-- Indexes for the query ports (receivables, follow-ups, the client's portal views); their tables are V30's.

-- currencies in use, credit sales by status
create index cp_invoice_by_status on cp_invoice (workspace_id, status, currency, issue_date);
-- a client's issued invoices, newest first (issue date, then number)
create index cp_invoice_client_issued on cp_invoice (workspace_id, client_id, issue_date, number);
-- a client's payable invoices, earliest next due date first (then number), and their totals
create index cp_invoice_client_due on cp_invoice (workspace_id, client_id, status, next_due_date, number);
-- currencies in use and movements of one currency
create index cp_payment_by_currency on cp_payment (workspace_id, currency, received_on);
