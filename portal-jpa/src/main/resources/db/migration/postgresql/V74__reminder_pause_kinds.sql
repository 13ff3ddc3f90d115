-- An invoice's reminders stop for a staff pause or a dispute (marked by staff, or a chargeback), each a row of its
-- own keyed by kind, so resolving a dispute leaves a staff pause in place and the other way round. Existing rows are
-- staff pauses.
alter table cp_reminder_pause add column kind varchar(20) not null default 'PAUSED';
alter table cp_reminder_pause alter column kind drop default;
alter table cp_reminder_pause drop constraint cp_reminder_pause_pk;
alter table cp_reminder_pause add constraint cp_reminder_pause_pk primary key (workspace_id, invoice_id, kind);
