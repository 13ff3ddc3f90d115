package dev.clientportal.core;

import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.clientview.PortalViewQueries;
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

    /** Gateway events received, applied exactly once; parked ones wait for their payment. */
    GatewayEventInbox gatewayEvents();

    /** Document number sequences. */
    NumberSequence numberSequence();

    /** The audit trail. */
    AuditTrail auditTrail();

    /** Receivables read models. */
    ReceivablesQueries receivables();

    /** Sign-in tokens. */
    LoginTokenRepository loginTokens();

    /** Portal sessions. */
    PortalSessionRepository portalSessions();

    /** Document share links. */
    DocumentLinkRepository documentLinks();

    /** Contacts' portal access. */
    PortalAccessRepository portalAccess();

    /** When documents were last sent. */
    DocumentSendLog documentSendLog();

    /** Document views and engagement. */
    ViewStore viewStore();

    /** Facts for follow-up suggestions. */
    FollowUpQueries followUpQueries();

    /** Client-facing read models. */
    PortalViewQueries portalViewQueries();

    /** Library file records. */
    FileRepository files();


    /** Message threads. */
    MessageThreadRepository messageThreads();

    /** Messages and read marks. */
    MessageStore messages();

    /** Deliverables with their versions, approval requests, decisions and revision rounds. */
    DeliverableRepository deliverables();

    /** Quote revisions. */
    QuoteRepository quotes();

    /** Agreements with their versions and signatures. */
    AgreementRepository agreements();

    /** Domain events waiting for delivery, written in the transactions that raised them. */
    EventOutbox eventOutbox();
    /** Claims on scheduled work (reminders, recurring invoices) by natural key, shared by every instance. */
    WorkClaims workClaims();

    /**
     * Sign-in rate-limit counters. Stores shared by several instances count in the database, so all instances
     * share one limit; stores of one JVM may answer {@link RateLimitCounter#inThisInstance()}.
     */
    RateLimitCounter rateLimits();
}
