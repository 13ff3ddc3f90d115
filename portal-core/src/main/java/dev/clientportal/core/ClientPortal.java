package dev.clientportal.core;

import dev.clientportal.core.audit.AuditHistory;
import dev.clientportal.core.audit.AuditLog;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.client.Clients;
import dev.clientportal.core.client.ContactRepository;
import dev.clientportal.core.document.DocumentRenderer;
import dev.clientportal.core.document.Documents;
import dev.clientportal.core.document.LogoSource;
import dev.clientportal.core.document.PayLinks;
import dev.clientportal.core.invoice.CreditNoteRepository;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.payment.Payments;
import dev.clientportal.core.receivables.Receivables;
import dev.clientportal.core.receivables.ReceivablesQueries;
import dev.clientportal.core.spi.EventPublisher;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.WorkspaceRepository;
import dev.clientportal.core.workspace.Workspaces;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The entry point: built once from the host's adapters, it hands out the use cases. Thread-safe; share one instance.
 *
 * <pre>{@code
 * ClientPortal portal = ClientPortal.builder()
 *     .clock(Clock.systemUTC())
 *     .stores(InMemoryStores.create())
 *     .renderer(OpenPdfRenderer.create())   // optional: documents()
 *     .events(event -> log.info("portal event {}", event))
 *     .build();
 * }</pre>
 */
public final class ClientPortal {

    private final PortalRuntime runtime;
    private final Workspaces workspaces;
    private final Clients clients;
    private final Invoicing invoicing;
    private final Payments payments;
    private final Receivables receivables;
    private final AuditHistory audit;
    private final Documents documents;

    private ClientPortal(Ports ports, Clock clock, IdGenerator ids, EventPublisher events, Rendering rendering) {
        this.runtime = new PortalRuntime(clock, ids, ports.transactions(), events,
                new AuditLog(ports.auditTrail(), clock, ids));
        this.workspaces = Workspaces.using(ports.workspaces(), runtime);
        this.clients = Clients.using(ports.workspaces(), ports.clients(), ports.contacts(), runtime);
        this.invoicing = Invoicing.using(ports.workspaces(), ports.clients(), ports.invoices(), ports.creditNotes(),
                ports.numberSequence(), runtime);
        this.payments = Payments.using(ports.workspaces(), ports.clients(), ports.invoices(), ports.payments(),
                runtime);
        this.receivables = Receivables.using(ports.workspaces(), ports.clients(), ports.receivables(), runtime);
        this.audit = AuditHistory.using(ports.auditTrail(), runtime);
        this.documents = rendering.renderer() == null ? null : Documents.using(ports.workspaces(), ports.clients(),
                ports.invoices(), ports.creditNotes(), ports.payments(), receivables,
                rendering.cacheBytes() > 0 ? DocumentRenderer.cached(rendering.renderer(), rendering.cacheBytes())
                        : rendering.renderer(),
                rendering.logos(), rendering.payLinks(), runtime);
    }

    /** A builder; {@link Builder#stores} (or every store port one by one) is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Workspaces: settings and branding. */
    public Workspaces workspaces() {
        return workspaces;
    }

    /** Clients and contacts. */
    public Clients clients() {
        return clients;
    }

    /** Invoices and credit notes. */
    public Invoicing invoicing() {
        return invoicing;
    }

    /** Payments, refunds and client credit. */
    public Payments payments() {
        return payments;
    }

    /** Aging, statements, DSO, dashboard and cash-flow forecast. */
    public Receivables receivables() {
        return receivables;
    }

    /** The audit trail: history and verification. */
    public AuditHistory audit() {
        return audit;
    }

    /**
     * Invoices, credit notes, receipts and statements as documents (PDF with {@code portal-pdf}).
     *
     * @throws PortalException {@link ErrorCode#RENDERER_MISSING} when the portal was built without
     *         {@link Builder#renderer}
     */
    public Documents documents() {
        if (documents == null) {
            throw new PortalException(ErrorCode.RENDERER_MISSING, "documents() needs a DocumentRenderer: build the "
                    + "portal with .renderer(...), e.g. .renderer(OpenPdfRenderer.create()) from portal-pdf");
        }
        return documents;
    }

    /** The clock, ids, transactions and audit log the use cases run with, for adapters that extend the portal. */
    public PortalRuntime runtime() {
        return runtime;
    }

    /**
     * Collects the adapters. Store ports come from {@link #stores} unless set one by one; the clock defaults to
     * UTC system time, ids to time-ordered UUIDs, events to none.
     */
    public static final class Builder {
        /** The default bound of the rendered-document cache: 32 MiB. */
        public static final long DEFAULT_DOCUMENT_CACHE_BYTES = 32L * 1024 * 1024;

        private Clock clock = Clock.systemUTC();
        private IdGenerator ids;
        private EventPublisher events = EventPublisher.none();
        private PortalStores stores;
        private TransactionRunner transactions;
        private WorkspaceRepository workspaces;
        private ClientRepository clients;
        private ContactRepository contacts;
        private InvoiceRepository invoices;
        private CreditNoteRepository creditNotes;
        private PaymentRepository payments;
        private NumberSequence numberSequence;
        private AuditTrail auditTrail;
        private ReceivablesQueries receivables;
        private DocumentRenderer renderer;
        private LogoSource logos = LogoSource.none();
        private PayLinks payLinks = PayLinks.none();
        private long documentCacheBytes = DEFAULT_DOCUMENT_CACHE_BYTES;

        private Builder() {
        }

        /** The clock every date and timestamp comes from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How new ids are made. */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** Where domain events go after commit. */
        public Builder events(EventPublisher value) {
            this.events = Objects.requireNonNull(value, "events");
            return this;
        }

        /** Every store port from one persistence adapter. */
        public Builder stores(PortalStores value) {
            this.stores = Objects.requireNonNull(value, "stores");
            return this;
        }

        /** Overrides the transaction runner (e.g. the host's Spring transactions). */
        public Builder transactions(TransactionRunner value) {
            this.transactions = Objects.requireNonNull(value, "transactions");
            return this;
        }

        /** Overrides the workspace repository. */
        public Builder workspaces(WorkspaceRepository value) {
            this.workspaces = Objects.requireNonNull(value, "workspaces");
            return this;
        }

        /** Overrides the client repository. */
        public Builder clients(ClientRepository value) {
            this.clients = Objects.requireNonNull(value, "clients");
            return this;
        }

        /** Overrides the contact repository. */
        public Builder contacts(ContactRepository value) {
            this.contacts = Objects.requireNonNull(value, "contacts");
            return this;
        }

        /** Overrides the invoice repository. */
        public Builder invoices(InvoiceRepository value) {
            this.invoices = Objects.requireNonNull(value, "invoices");
            return this;
        }

        /** Overrides the credit-note repository. */
        public Builder creditNotes(CreditNoteRepository value) {
            this.creditNotes = Objects.requireNonNull(value, "creditNotes");
            return this;
        }

        /** Overrides the payment repository. */
        public Builder payments(PaymentRepository value) {
            this.payments = Objects.requireNonNull(value, "payments");
            return this;
        }

        /** Overrides the document number sequence. */
        public Builder numberSequence(NumberSequence value) {
            this.numberSequence = Objects.requireNonNull(value, "numberSequence");
            return this;
        }

        /** Overrides the audit trail store. */
        public Builder auditTrail(AuditTrail value) {
            this.auditTrail = Objects.requireNonNull(value, "auditTrail");
            return this;
        }

        /** Overrides the receivables queries. */
        public Builder receivables(ReceivablesQueries value) {
            this.receivables = Objects.requireNonNull(value, "receivables");
            return this;
        }

        /** The renderer behind {@link ClientPortal#documents()}; without one, documents are unavailable. */
        public Builder renderer(DocumentRenderer value) {
            this.renderer = Objects.requireNonNull(value, "renderer");
            return this;
        }

        /** Where workspace logos are loaded from for documents; by default documents carry no logo. */
        public Builder logos(LogoSource value) {
            this.logos = Objects.requireNonNull(value, "logos");
            return this;
        }

        /** Where clients pay invoices online; by default invoices carry no pay link. */
        public Builder payLinks(PayLinks value) {
            this.payLinks = Objects.requireNonNull(value, "payLinks");
            return this;
        }

        /**
         * Bounds the cache of rendered documents by their total size in bytes; 0 turns it off. Defaults to
         * {@link #DEFAULT_DOCUMENT_CACHE_BYTES}.
         */
        public Builder documentCache(long maxBytes) {
            if (maxBytes < 0) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "documentCache", maxBytes,
                        "must be 0 (off) or a positive number of bytes");
            }
            this.documentCacheBytes = maxBytes;
            return this;
        }

        /**
         * Builds the portal.
         *
         * @throws PortalException {@link ErrorCode#MISSING_PORT} naming every port that neither {@link #stores} nor
         *         its own setter provided
         */
        public ClientPortal build() {
            List<String> missing = new ArrayList<>();
            Ports ports = new Ports(
                    port(transactions, PortalStores::transactions, "transactions", missing),
                    port(workspaces, PortalStores::workspaces, "workspaces", missing),
                    port(clients, PortalStores::clients, "clients", missing),
                    port(contacts, PortalStores::contacts, "contacts", missing),
                    port(invoices, PortalStores::invoices, "invoices", missing),
                    port(creditNotes, PortalStores::creditNotes, "creditNotes", missing),
                    port(payments, PortalStores::payments, "payments", missing),
                    port(numberSequence, PortalStores::numberSequence, "numberSequence", missing),
                    port(auditTrail, PortalStores::auditTrail, "auditTrail", missing),
                    port(receivables, PortalStores::receivables, "receivables", missing));
            if (!missing.isEmpty()) {
                throw new PortalException(ErrorCode.MISSING_PORT, "ClientPortal needs " + String.join(", ", missing)
                        + ": call .stores(...) with a complete PortalStores, or set each of them");
            }
            return new ClientPortal(ports, clock, ids != null ? ids : IdGenerator.timeOrdered(clock), events,
                    new Rendering(renderer, logos, payLinks, documentCacheBytes));
        }

        private <T> T port(T explicit, Function<PortalStores, T> fromStores, String name, List<String> missing) {
            T port = explicit != null ? explicit : stores != null ? fromStores.apply(stores) : null;
            if (port == null) {
                missing.add(name);
            }
            return port;
        }
    }

    /** The resolved store ports. */
    private record Ports(TransactionRunner transactions, WorkspaceRepository workspaces, ClientRepository clients,
                         ContactRepository contacts, InvoiceRepository invoices, CreditNoteRepository creditNotes,
                         PaymentRepository payments, NumberSequence numberSequence, AuditTrail auditTrail,
                         ReceivablesQueries receivables) {
    }

    /** The optional document adapters; {@code renderer} is null when the host has none. */
    private record Rendering(DocumentRenderer renderer, LogoSource logos, PayLinks payLinks, long cacheBytes) {
    }
}
