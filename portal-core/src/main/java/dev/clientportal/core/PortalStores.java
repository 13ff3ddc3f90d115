package dev.clientportal.core;

import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceRepository;

/**
 * Every store port from one persistence technology, so a host plugs in persistence with one call:
 * {@code ClientPortal.builder().stores(InMemoryStores.create())}. The transaction runner must make the stores'
 * writes atomic.
 */
public interface PortalStores {

    /** Transactions over these stores. */
    TransactionRunner transactions();

    /** Workspaces. */
    WorkspaceRepository workspaces();

    /** Clients. */
    ClientRepository clients();

    /** Contacts. */
    ContactRepository contacts();

    /** Invoices. */
    InvoiceRepository invoices();

    /** Credit notes. */
    CreditNoteRepository creditNotes();

    /** Payments. */
    PaymentRepository payments();

    /** Document number sequences. */
    NumberSequence numberSequence();

    /** The audit trail. */
    AuditTrail auditTrail();

    /** Receivables read models. */
    ReceivablesQueries receivables();
}
