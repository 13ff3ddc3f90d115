package dev.clientportal.core.quote;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.agreement.Agreement;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.agreement.AgreementRepository;
import dev.clientportal.core.agreement.AgreementStatus;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.invoice.Invoicing;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

final class QuoteService implements Quotes {

    private static final String SUBJECT = "quote";

    private final QuoteRepository quotes;
    private final AgreementRepository agreements;
    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final NumberSequence numbers;
    private final Invoicing invoicing;
    private final PeriodLocks periodLocks;
    private final Analytics analytics;
    private final PortalRuntime runtime;

    QuoteService(QuoteRepository quotes, AgreementRepository agreements, WorkspaceRepository workspaces,
                 ClientRepository clients, NumberSequence numbers, Invoicing invoicing, Analytics analytics,
                 PeriodLocks periodLocks, PortalRuntime runtime) {
        this.periodLocks = periodLocks;
        this.quotes = quotes;
        this.agreements = agreements;
        this.workspaces = workspaces;
        this.clients = clients;
        this.numbers = numbers;
        this.invoicing = invoicing;
        this.analytics = analytics;
        this.runtime = runtime;
    }

    // ---- business ----

    @Override
    public Quote createDraft(StaffPrincipal principal, DraftQuote command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal.workspaceId());
            Client client = client(principal.workspaceId(), command.clientId()).requireActive();
            Quote draft = quotes.save(Quote.draft(new QuoteId(runtime.ids().next()), workspace.id(), client.id(),
                    content(workspace, client, command), runtime.clock().instant()));
            runtime.audit().record(draft.workspaceId(), principal.actor(), "quote.drafted", SUBJECT,
                    draft.id().toString(), Map.of("client", client.id().toString(), "total", draft.total().toString()));
            return draft;
        });
    }

    @Override
    public Quote updateDraft(StaffPrincipal principal, QuoteId quoteId, DraftQuote command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Quote current = load(principal.workspaceId(), quoteId);
            Workspace workspace = workspace(principal.workspaceId());
            Client client = client(principal.workspaceId(), command.clientId()).requireActive();
            Quote saved = quotes.save(current.withDraftContent(client.id(), content(workspace, client, command)));
            runtime.audit().record(saved.workspaceId(), principal.actor(), "quote.draft_updated", SUBJECT,
                    saved.id().toString(), Map.of("total", saved.total().toString(),
                            "lines", Integer.toString(saved.content().lines().size())));
            return saved;
        });
    }

    @Override
    public Quote send(StaffPrincipal principal, QuoteId quoteId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal.workspaceId());
            Quote draft = load(principal.workspaceId(), quoteId);
            LocalDate today = runtime.today(workspace.settings().timeZone());
            draft.requireSendable(today);
            Quote sent = quotes.save(draft.send(nextNumber(workspace, today), today));
            runtime.audit().record(sent.workspaceId(), principal.actor(), "quote.sent", SUBJECT, sent.id().toString(),
                    Map.of("number", sent.requireNumber(), "total", sent.total().toString(),
                            "expiresOn", sent.requireExpiresOn().toString(), "sha256", sent.contentHash()));
            events.raise(new QuoteSent(runtime.ids().next(),
                    sent.workspaceId(), sent.id(), sent.clientId(), sent.requireNumber(), sent.total(),
                    sent.requireExpiresOn(), runtime.clock().instant()));
            return sent;
        });
    }

    @Override
    public Quote revise(StaffPrincipal principal, QuoteId quoteId, DraftQuote command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal.workspaceId());
            Quote current = load(principal.workspaceId(), quoteId);
            if (!current.clientId().equals(command.clientId())) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "clientId", command.clientId(),
                        "a revision stays with the quote's client " + current.clientId());
            }
            Client client = client(principal.workspaceId(), command.clientId()).requireActive();
            Quote next = current.nextRevision(new QuoteId(runtime.ids().next()), content(workspace, client, command),
                    runtime.today(workspace.settings().timeZone()), runtime.clock().instant());
            quotes.save(current.superseded());
            Quote saved = quotes.save(next);
            runtime.audit().record(saved.workspaceId(), principal.actor(), "quote.revised", SUBJECT,
                    saved.id().toString(), Map.of("number", saved.requireNumber(),
                            "revision", Integer.toString(saved.revision()), "supersedes", current.id().toString(),
                            "total", saved.total().toString(), "sha256", saved.contentHash()));
            events.raise(new QuoteRevised(runtime.ids().next(),
                    saved.workspaceId(), saved.id(), current.id(), saved.clientId(),
                    saved.requireNumber(), saved.revision(), saved.total(), saved.requireExpiresOn(),
                    runtime.clock().instant()));
            return saved;
        });
    }

    @Override
    public Quote voidQuote(StaffPrincipal principal, QuoteId quoteId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Quote quote = load(principal.workspaceId(), quoteId);
            Evidence evidence = staffEvidence(principal, quote);
            Quote voided = quotes.save(quote.voided(evidence, why));
            record(voided, "quote.voided", evidence, Map.of(), Map.of("reason", why));
            events.raise(new QuoteVoided(runtime.ids().next(), voided.workspaceId(), voided.id(), voided.clientId(),
                    Objects.toString(voided.number(), ""), why, evidence.at()));
            return voided;
        });
    }

    @Override
    public Quote reverseAcceptance(StaffPrincipal principal, QuoteId quoteId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Quote quote = load(principal.workspaceId(), quoteId);
            Evidence evidence = staffEvidence(principal, quote);
            Quote reversed = quote.reversed(evidence, why);
            List<Invoice> created = createdInvoices(principal, quote.conversion());
            requireNoMoneyOn(quote, created);
            List<InvoiceId> voided = new ArrayList<>();
            List<InvoiceId> discarded = new ArrayList<>();
            for (Invoice invoice : created) {
                if (invoice.status() == InvoiceStatus.DRAFT) {
                    invoicing.discardDraft(principal, invoice.id());
                    discarded.add(invoice.id());
                } else if (invoice.isOpenForCollection()) {
                    invoicing.voidInvoice(principal, invoice.id(), "Acceptance of quote " + quote.describe()
                            + " reversed: " + why);
                    voided.add(invoice.id());
                }
            }
            Quote saved = quotes.save(reversed);
            record(saved, "quote.acceptance_reversed", evidence, Map.of(
                    "voidedInvoices", voided.toString(), "discardedInvoices", discarded.toString()),
                    Map.of("reason", why));
            events.raise(new QuoteAcceptanceReversed(runtime.ids().next(),
                    saved.workspaceId(), saved.id(), saved.clientId(),
                    saved.requireNumber(), why, voided, discarded, evidence.at()));
            return saved;
        });
    }

    /**
     * The invoices of an acceptance: the deposit invoice first (if any), then the quote's own; none without a
     * conversion (only an accepted quote has one).
     */
    private List<Invoice> createdInvoices(StaffPrincipal principal, @Nullable QuoteConversion conversion) {
        List<Invoice> created = new ArrayList<>(2);
        if (conversion == null) {
            return created;
        }
        InvoiceId deposit = conversion.depositInvoiceId();
        if (deposit != null) {
            created.add(invoicing.get(principal, deposit));
        }
        created.add(invoicing.get(principal, conversion.invoiceId()));
        return created;
    }

    /**
     * Refuses a reversal while an invoice of the acceptance holds money: only drafts, void or fully credited invoices
     * and open invoices with nothing settled or credited can be left behind or voided without losing track of it.
     */
    private static void requireNoMoneyOn(Quote quote, List<Invoice> created) {
        List<String> holdingMoney = created.stream()
                .filter(invoice -> invoice.status() != InvoiceStatus.DRAFT && invoice.status() != InvoiceStatus.VOID
                        && !invoice.balance().creditNotesTotal().equals(invoice.total())
                        && (invoice.status() != InvoiceStatus.OPEN || invoice.balance().settled().isPositive()
                        || invoice.balance().creditNotesTotal().isPositive()))
                .map(Invoice::describe)
                .toList();
        if (!holdingMoney.isEmpty()) {
            throw PortalException.invalid(ErrorCode.QUOTE_NOT_REVERSIBLE, "quote", quote.describe(),
                    "its invoices " + holdingMoney + " hold payments, credit or credit notes; refund, credit or void "
                            + "them first, then reverse the acceptance");
        }
    }

    @Override
    public Quote get(StaffPrincipal principal, QuoteId quoteId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> load(principal.workspaceId(), quoteId));
    }

    @Override
    public List<Quote> revisions(StaffPrincipal principal, QuoteId quoteId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Quote quote = load(principal.workspaceId(), quoteId);
            return quote.number() == null ? List.of(quote) : quotes.revisions(quote.workspaceId(), quote.number());
        });
    }

    @Override
    public List<Quote> forClient(StaffPrincipal principal, ClientId clientId) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> quotes.forClient(principal.workspaceId(),
                client(principal.workspaceId(), clientId).id()));
    }

    // ---- client ----

    @Override
    public Quote open(PortalPrincipal principal, QuoteId quoteId, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        Quote quote = runtime.execute(events -> visible(principal, quoteId));
        analytics.recordView(principal, reference(quoteId), request);
        return quote;
    }

    @Override
    public List<Quote> list(PortalPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> quotes.forClient(principal.workspaceId(), principal.clientId()).stream()
                .filter(quote -> quote.status() != QuoteStatus.DRAFT
                        && principal.canSee(quote.workspaceId(), quote.clientId(), reference(quote.id())))
                .toList());
    }

    @Override
    public Quote accept(PortalPrincipal principal, QuoteId quoteId, String typedName, ClientRequest request) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Quote quote = visible(principal, quoteId);
            principal.requireAllowed(PortalAction.DECIDE);
            String name = Evidence.requireTypedName(typedName);
            LocalDate today = runtime.today(workspace(quote.workspaceId()).settings().timeZone());
            quote.requireAcceptable(today);
            requireAgreementSigned(quote);
            // read before the invoices' audit entries, the order a lock change (lock row, then audit) cannot
            // deadlock with; the invoices are issued today
            periodLocks.readShared(quote.workspaceId()).orElseGet(() -> PeriodLock.none(quote.workspaceId()))
                    .requireOpen(today, "issueDate", "the invoice the acceptance of quote " + quote.describe()
                            + " issues", "the business must reopen the period before the quote can be accepted");
            Evidence evidence = Evidence.of(principal, request, runtime.clock().instant(), quote.contentHash(), name);
            QuoteConversion invoices = convert(quote);
            Quote accepted = quotes.save(quote.accepted(evidence, invoices));
            Map<String, String> details = new HashMap<>();
            details.put("invoice", invoices.invoiceId().toString());
            details.put("deposit", accepted.depositAmount().toString());
            InvoiceId deposit = invoices.depositInvoiceId();
            if (deposit != null) {
                details.put("depositInvoice", deposit.toString());
            }
            record(accepted, "quote.accepted", evidence, details, Map.of());
            events.raise(new QuoteAccepted(runtime.ids().next(),
                    accepted.workspaceId(), accepted.id(), accepted.clientId(),
                    accepted.requireNumber(), accepted.revision(), accepted.total(), accepted.depositAmount(),
                    invoices.invoiceId(), invoices.depositInvoiceId(), principal.actor(), evidence.at()));
            return accepted;
        });
    }

    /**
     * Creates the acceptance's invoices through the invoicing use cases, acting as the workspace's system user, in the
     * acceptance's transaction: one issued invoice without a deposit, or an issued deposit invoice plus the quote's
     * content as a draft that deducts it.
     */
    private QuoteConversion convert(Quote quote) {
        StaffPrincipal system = StaffPrincipal.system(quote.workspaceId());
        QuoteContent content = quote.content();
        DraftInvoice full = DraftInvoice.forClient(quote.clientId()).lines(content.lines())
                .discount(content.discount()).notes(content.notes()).terms(content.terms());
        Money deposit = quote.depositAmount();
        if (!deposit.isPositive()) {
            Invoice draft = requireQuotedTotal(quote, invoicing.createDraft(system, full));
            return new QuoteConversion(invoicing.issue(system, draft.id()).id(), null);
        }
        Invoice depositInvoice = invoicing.issue(system, invoicing.createDraft(system,
                DraftInvoice.forClient(quote.clientId()).line("Deposit for quote " + quote.number(), "1", "", deposit)
                        .terms(content.terms())).id());
        Invoice remainder = requireQuotedTotal(quote,
                invoicing.createDraft(system, full.deductingDeposit(depositInvoice.id())));
        return new QuoteConversion(remainder.id(), depositInvoice.id());
    }

    /**
     * The client accepted a price: the invoice must carry exactly that total. Invoices are priced with the
     * workspace's tax rounding and the client's tax exemption of today; if either changed since the quote was sent,
     * the acceptance is refused (and rolled back) rather than billing another amount than the one accepted.
     */
    private static Invoice requireQuotedTotal(Quote quote, Invoice invoice) {
        if (!invoice.total().equals(quote.totals().total())) {
            throw PortalException.invalid(ErrorCode.QUOTE_PRICE_CHANGED, "quote", quote.describe(),
                    "would be invoiced at " + invoice.total() + " instead of the accepted " + quote.totals().total()
                            + " because tax settings changed since it was sent; revise the quote");
        }
        return invoice;
    }

    private void requireAgreementSigned(Quote quote) {
        AgreementId required = quote.content().requiredAgreement();
        if (required == null) {
            return;
        }
        boolean signed = agreements.find(quote.workspaceId(), required)
                .filter(agreement -> agreement.clientId().equals(quote.clientId()))
                .map(Agreement::isSignedByClient).orElse(false);
        if (!signed) {
            throw PortalException.invalid(ErrorCode.QUOTE_AGREEMENT_UNSIGNED, "requiredAgreement", required,
                    "every named contact must sign the current version of the agreement before quote "
                            + quote.describe() + " can be accepted");
        }
    }

    @Override
    public Quote reject(PortalPrincipal principal, QuoteId quoteId, String reason, ClientRequest request) {
        return decideWithText(principal, quoteId, reason, "reason", request, "quote.rejected", Quote::rejected,
                (rejected, evidence, why) -> new QuoteRejected(runtime.ids().next(),
                        rejected.workspaceId(), rejected.id(),
                        rejected.clientId(), rejected.requireNumber(), rejected.revision(), why, evidence.actor(),
                        evidence.at()));
    }

    @Override
    public Quote requestChanges(PortalPrincipal principal, QuoteId quoteId, String comment, ClientRequest request) {
        return decideWithText(principal, quoteId, comment, "comment", request, "quote.changes_requested",
                Quote::changesRequested, (changed, evidence, text) -> new QuoteChangesRequested(runtime.ids().next(),
                        changed.workspaceId(),
                        changed.id(), changed.clientId(), changed.requireNumber(), changed.revision(), text,
                        evidence.actor(), evidence.at()));
    }

    /** A client's decision that needs a text (a rejection's reason, a change request's comment) and no signature. */
    private Quote decideWithText(PortalPrincipal principal, QuoteId quoteId, String text, String field,
                                 ClientRequest request, String action, TextDecision<Quote> decision,
                                 TextDecision<DomainEvent> event) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Quote quote = visible(principal, quoteId);
            principal.requireAllowed(PortalAction.DECIDE);
            String checked = PortalException.requireText(text, field, InputLimits.REASON);
            Evidence evidence = Evidence.of(principal, request, runtime.clock().instant(), quote.contentHash(), "");
            Quote decided = quotes.save(decision.apply(quote, evidence, checked));
            record(decided, action, evidence, Map.of(), Map.of(field, checked));
            events.raise(event.apply(decided, evidence, checked));
            return decided;
        });
    }

    /** Something made from a quote, the evidence of a decision on it, and the decision's text. */
    @FunctionalInterface
    private interface TextDecision<T> {
        T apply(Quote quote, Evidence evidence, String text);
    }

    // ---- shared ----

    /** An audit entry for a decision, carrying its full evidence. */
    private void record(Quote quote, String action, Evidence evidence, Map<String, String> facts,
                        Map<String, String> personalFacts) {
        Map<String, String> details = new HashMap<>(evidence.details());
        Map<String, String> personal = new HashMap<>(evidence.personalDetails());
        personal.putAll(personalFacts);
        details.putAll(facts);
        details.put("number", Objects.toString(quote.number(), ""));
        details.put("revision", Integer.toString(quote.revision()));
        runtime.audit().record(quote.workspaceId(), evidence.actor(), action, SUBJECT, quote.id().toString(), details,
                personal);
    }

    private Evidence staffEvidence(StaffPrincipal principal, Quote quote) {
        return new Evidence(principal.actor(), runtime.clock().instant(), "", "", quote.contentHash(), "");
    }

    private String nextNumber(Workspace workspace, LocalDate date) {
        NumberingPattern pattern = workspace.settings().quoteNumbering();
        return pattern.format(date, numbers.next(workspace.id(), "quote:" + pattern.scope(date)));
    }

    private QuoteContent content(Workspace workspace, Client client, DraftQuote command) {
        AgreementId required = command.requiredAgreement();
        if (required != null) {
            Agreement agreement = agreements.find(workspace.id(), required)
                    .filter(found -> found.clientId().equals(client.id()))
                    .orElseThrow(() -> PortalException.notFound(ErrorCode.AGREEMENT_NOT_FOUND, "agreement", required));
            if (agreement.status() == AgreementStatus.VOID) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "requiredAgreement", required,
                        "is void and can never be signed");
            }
        }
        return new QuoteContent(client.currency(), command.lines(), command.discount(), command.notes(),
                command.terms(), command.expiresOn(), command.deposit(), required,
                workspace.settings().taxRounding(), client.taxExempt());
    }

    private Quote visible(PortalPrincipal principal, QuoteId quoteId) {
        PortalException.requireField(quoteId, "quoteId");
        Quote quote = quotes.find(principal.workspaceId(), quoteId)
                .filter(found -> found.status() != QuoteStatus.DRAFT)
                .orElseThrow(() -> PortalException.notFound(ErrorCode.QUOTE_NOT_FOUND, "quote", quoteId));
        principal.requireVisible(quote.workspaceId(), quote.clientId(), reference(quoteId), ErrorCode.QUOTE_NOT_FOUND);
        return quote;
    }

    private static DocumentRef reference(QuoteId quoteId) {
        return DocumentRef.of(DocumentType.QUOTE, quoteId);
    }

    private Quote load(WorkspaceId workspaceId, QuoteId quoteId) {
        PortalException.requireField(quoteId, "quoteId");
        return quotes.find(workspaceId, quoteId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.QUOTE_NOT_FOUND, "quote", quoteId));
    }

    private Workspace workspace(WorkspaceId workspaceId) {
        return workspaces.require(workspaceId);
    }

    private Client client(WorkspaceId workspaceId, ClientId clientId) {
        return clients.require(workspaceId, clientId);
    }
}
