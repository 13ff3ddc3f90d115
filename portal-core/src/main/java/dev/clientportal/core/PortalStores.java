package dev.clientportal.core;

import dev.clientportal.core.project.ProjectStores;
import dev.clientportal.core.exports.ExportQueries;
import dev.clientportal.core.access.DocumentLinkRepository;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.access.PortalAccessRepository;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.SessionQueries;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.analytics.FollowUpQueries;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.approval.DeliverableRepository;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.notices.NotificationStores;
import dev.clientportal.core.automation.ChargeAttempts;
import dev.clientportal.core.automation.LateFeeLedger;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.automation.ReminderStores;
import dev.clientportal.core.automation.WorkClaims;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.messaging.MessageStore;
import dev.clientportal.core.messaging.MessageThreadRepository;
import dev.clientportal.core.outbox.EventOutbox;
import dev.clientportal.core.files.FileRepository;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.GatewayCustomers;
import dev.clientportal.core.payment.GatewayEventInbox;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.quote.QuoteRepository;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.clientview.DashboardQueries;
import dev.clientportal.core.clientview.PortalViewQueries;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

import java.util.Optional;

/**
 * Every store port from one persistence technology, so a host plugs in persistence with one call:
 * {@code ClientPortal.builder().stores(InMemoryStores.create())}. The transaction runner must make the stores'
 * writes atomic.
 */
public interface PortalStores {

    /**
     * Transactions over these stores.
     *
     * @return the runner of transactions over these stores
     */
    TransactionRunner transactions();

    /**
     * Workspaces.
     *
     * @return the workspace store
     */
    WorkspaceRepository workspaces();

    /**
     * Clients.
     *
     * @return the client store
     */
    ClientRepository clients();

    /**
     * Contacts.
     *
     * @return the contact store
     */
    ContactRepository contacts();

    /**
     * Invoices.
     *
     * @return the invoice store
     */
    InvoiceRepository invoices();

    /**
     * Credit notes.
     *
     * @return the credit note store
     */
    CreditNoteRepository creditNotes();

    /**
     * Payments.
     *
     * @return the payment store
     */
    PaymentRepository payments();

    /**
     * Gateway events received, applied exactly once; parked ones wait for their payment.
     *
     * @return the inbox of gateway events
     */
    GatewayEventInbox gatewayEvents();

    /**
     * The gateways' customers of the clients, one per client and gateway, the first remembered kept.
     *
     * @return the clients' customers at the payment gateways
     */
    GatewayCustomers gatewayCustomers();

    /**
     * Document number sequences.
     *
     * @return the document number sequences
     */
    NumberSequence numberSequence();

    /**
     * Each workspace's closed periods, read by every use case that dates something.
     *
     * @return the workspaces' period locks
     */
    PeriodLocks periodLocks();

    /**
     * The audit trail.
     *
     * @return the audit trail store
     */
    AuditTrail auditTrail();

    /**
     * Receivables read models.
     *
     * @return the receivables read models
     */
    ReceivablesQueries receivables();

    /**
     * Sign-in tokens.
     *
     * @return the sign-in token store
     */
    LoginTokenRepository loginTokens();

    /**
     * Portal sessions.
     *
     * @return the portal session store
     */
    PortalSessionRepository portalSessions();

    /**
     * The facts of a session check in one answer; by default composed of {@link #portalSessions()},
     * {@link #contacts()}, {@link #portalAccess()} and {@link #clients()}, which an adapter may read together instead.
     *
     * @return the session check's fact query
     */
    default SessionQueries sessionQueries() {
        return SessionQueries.composedOf(portalSessions(), contacts(), portalAccess(), clients());
    }

    /**
     * Document share links.
     *
     * @return the document share link store
     */
    DocumentLinkRepository documentLinks();

    /**
     * Contacts' portal access.
     *
     * @return the store of contacts' portal access
     */
    PortalAccessRepository portalAccess();

    /**
     * When documents were last sent.
     *
     * @return the log of when documents were last sent
     */
    DocumentSendLog documentSendLog();

    /**
     * Document views and engagement.
     *
     * @return the store of document views and engagement
     */
    ViewStore viewStore();

    /**
     * Facts for follow-up suggestions.
     *
     * @return the queries behind follow-up suggestions
     */
    FollowUpQueries followUpQueries();

    /**
     * Client-facing read models.
     *
     * @return the client-facing read models
     */
    PortalViewQueries portalViewQueries();

    /**
     * The client dashboard's facts in one answer; by default composed of {@link #portalViewQueries()},
     * {@link #receivables()}, {@link #clients()} and {@link #contacts()}, which an adapter may read together instead.
     *
     * @return the dashboard's fact query
     */
    default DashboardQueries dashboardQueries() {
        return DashboardQueries.composedOf(portalViewQueries(), receivables(), clients(), contacts());
    }

    /**
     * Library file records.
     *
     * @return the store of library file records
     */
    FileRepository files();


    /**
     * Message threads.
     *
     * @return the message thread store
     */
    MessageThreadRepository messageThreads();

    /**
     * Messages and read marks.
     *
     * @return the store of messages and read marks
     */
    MessageStore messages();

    /**
     * Deliverables with their versions, approval requests, decisions and revision rounds.
     *
     * @return the deliverable store, with versions, approval requests, decisions and revision rounds
     */
    DeliverableRepository deliverables();

    /**
     * Quote revisions.
     *
     * @return the quote revision store
     */
    QuoteRepository quotes();

    /**
     * Agreements with their versions and signatures.
     *
     * @return the agreement store, with versions and signatures
     */
    AgreementRepository agreements();

    /**
     * Domain events waiting for delivery, written in the transactions that raised them.
     *
     * @return the outbox of domain events waiting for delivery
     */
    EventOutbox eventOutbox();
    /**
     * Claims on scheduled work (reminders, recurring invoices) by natural key, shared by every instance.
     *
     * @return the claims on scheduled work, shared by every instance
     */
    WorkClaims workClaims();

    /**
     * Reminder policies, the facts the reminder run decides on, and its log. Stores that keep no reminders answer
     * empty (the default); {@code ClientPortal.automation()} then fails with {@code MISSING_PORT}.
     *
     * @return the reminder stores, or empty when these stores keep none
     */
    default Optional<ReminderStores> reminders() {
        return Optional.empty();
    }

    /**
     * Recurring invoice templates and their progress. Stores that keep none answer empty (the default);
     * {@code ClientPortal.automation().recurring()} then fails with {@code MISSING_PORT}. Apart from
     * {@link #reminders()} so that stores keeping reminders need not keep templates too.
     *
     * @return the recurring templates, or empty when these stores keep none
     */
    default Optional<RecurringTemplates> recurringTemplates() {
        return Optional.empty();
    }

    /**
     * The auto-charge attempt log of recurring invoices, or empty when these stores keep none: templates with
     * auto-charge are then refused with {@code MISSING_PORT}.
     *
     * @return the attempt log, or empty when these stores keep none
     */
    default Optional<ChargeAttempts> chargeAttempts() {
        return Optional.empty();
    }

    /**
     * The late-fee periods decided on invoices, or empty when these stores keep none (the default): runs then charge
     * no late fees and {@code automation().removeLateFee} fails with {@code MISSING_PORT}.
     *
     * @return the late-fee ledger, or empty when these stores keep none
     */
    default Optional<LateFeeLedger> lateFees() {
        return Optional.empty();
    }

    /**
     * The workspaces' notification templates and the log of notifications sent. Stores that keep none answer empty
     * (the default): notifications then use the built-in templates, nothing is logged, and
     * {@code ClientPortal.notifications()} refuses to set templates or read the log with {@code MISSING_PORT}.
     *
     * @return the notification stores, or empty when these stores keep none
     */
    default Optional<NotificationStores> notifications() {
        return Optional.empty();
    }

    /**
     * Projects, the invoices that belong to them, and the activity feed with its read marks. Stores that keep none
     * answer empty (the default): {@code ClientPortal.projects()} then fails with {@code MISSING_PORT}, and nothing is
     * noted in a feed.
     *
     * @return the project stores, or empty when these stores keep none
     */
    default Optional<ProjectStores> projects() {
        return Optional.empty();
    }

    /**
     * The facts exports and the tax report read: streams of invoices and credit notes, keyset pages of payments,
     * refunds and clients. Stores that answer none answer empty (the default): {@code ClientPortal.exports()} then
     * fails with {@code MISSING_PORT}.
     *
     * @return the export facts, or empty when these stores answer none
     */
    default Optional<ExportQueries> exports() {
        return Optional.empty();
    }

    /**
     * Sign-in rate-limit counters. Stores shared by several instances count in the database, so all instances
     * share one limit; stores of one JVM may answer {@link RateLimitCounter#inThisInstance()}.
     *
     * @return the sign-in rate-limit counters
     */
    RateLimitCounter rateLimits();
}
