package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.workspace.PeriodLock;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

final class InvoicingService implements Invoicing, DatedIssuing {

    private static final Logger LOG = LoggerFactory.getLogger(InvoicingService.class);

    private static final int MAX_PAGE = 500;
    private static final String SUBJECT = "invoice";
    /** The most concurrent {@link #issue} calls of one workspace served by one unit of work. */
    private static final int MAX_ISSUE_BATCH = 64;

    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final NumberSequence numbers;
    private final PeriodLocks periodLocks;
    private final PortalRuntime runtime;
    private final CombiningLanes<WorkspaceId, IssueRequest, Invoice> issuing =
            new CombiningLanes<>(MAX_ISSUE_BATCH, this::issueBatch);

    InvoicingService(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                     CreditNoteRepository creditNotes, NumberSequence numbers, PeriodLocks periodLocks,
                     PortalRuntime runtime) {
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.numbers = numbers;
        this.periodLocks = periodLocks;
        this.runtime = runtime;
    }

    @Override
    public Invoice createDraft(StaffPrincipal principal, DraftInvoice command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            Client client = client(principal, command).requireActive();
            Invoice draft = invoices.save(Invoice.draft(new InvoiceId(runtime.ids().next()), workspace.id(),
                    client.id(), content(workspace, client, command), runtime.clock().instant()));
            runtime.audit().record(workspace.id(), principal.actor(), "invoice.drafted", SUBJECT,
                    draft.id().toString(), Map.of("client", client.id().toString(), "total", draft.total().toString()));
            return draft;
        });
    }

    @Override
    public Invoice updateDraft(StaffPrincipal principal, InvoiceId invoiceId, DraftInvoice command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Invoice current = load(principal, invoiceId);
            Client client = client(principal, command).requireActive();
            Invoice saved = invoices.save(current.withDraftContent(client.id(),
                    content(workspace(principal), client, command)));
            runtime.audit().record(saved.workspaceId(), principal.actor(), "invoice.draft_updated", SUBJECT,
                    saved.id().toString(), Map.of("total", saved.total().toString(),
                            "lines", Integer.toString(saved.content().lines().size())));
            return saved;
        });
    }

    @Override
    public void discardDraft(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        runtime.run(events -> {
            Invoice draft = load(principal, invoiceId);
            if (draft.status() != InvoiceStatus.DRAFT) {
                throw PortalException.invalid(ErrorCode.INVOICE_NOT_EDITABLE, "invoice", draft.describe(),
                        "is " + draft.status() + "; only drafts can be discarded — void it instead");
            }
            invoices.deleteDraft(draft.workspaceId(), draft.id());
            runtime.audit().record(draft.workspaceId(), principal.actor(), "invoice.draft_discarded", SUBJECT,
                    draft.id().toString(), Map.of());
        });
    }

    @Override
    public Invoice issue(StaffPrincipal principal, InvoiceId invoiceId) {
        return issueQueued(principal, invoiceId, null);
    }

    @Override
    public Invoice issue(StaffPrincipal principal, InvoiceId invoiceId, long expectedVersion) {
        return issueQueued(principal, invoiceId, expectedVersion);
    }

    /** Issues one draft, with the calls of its workspace queued meanwhile when no transaction is open here. */
    private Invoice issueQueued(StaffPrincipal principal, InvoiceId invoiceId, @Nullable Long expectedVersion) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoiceId, "invoiceId");
        if (runtime.transactionOpen()) {
            return issueAlone(principal, invoiceId, expectedVersion);
        }
        CombiningLanes.Request<IssueRequest, Invoice> request =
                issuing.submit(principal.workspaceId(), new IssueRequest(principal, invoiceId, expectedVersion));
        return switch (request.outcome()) {
            case ANSWERED -> request.result();
            case RUN_ALONE -> issueAlone(principal, invoiceId, expectedVersion);
            case FAILED -> throw request.failure();
        };
    }

    /**
     * Issues one draft in a unit of work of its own (or the one open on this thread), checking in it the version the
     * caller read, if any.
     */
    private Invoice issueAlone(StaffPrincipal principal, InvoiceId invoiceId, @Nullable Long expectedVersion) {
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            return issueOn(workspace, atVersion(load(principal, invoiceId), expectedVersion), principal, events,
                    runtime.today(workspace.settings().timeZone()));
        });
    }

    @Override
    public Invoice createAndIssueOn(StaffPrincipal principal, DraftInvoice draft, LocalDate issueDate) {
        PortalException.requireField(issueDate, "issueDate");
        return runtime.execute(events -> {
            // the lock is read before the draft's audit entry: every dated use case reads it before any audit
            // append or number, the order a lock change (lock row, then audit) cannot deadlock with
            periodLock(principal).requireOpen(issueDate, "issueDate", "the invoice to issue");
            Invoice created = createDraft(principal, draft);
            return issueOn(workspace(principal), created, principal, events, issueDate);
        });
    }

    /** Numbers a draft in the sequence of its issue date's scope, issues, saves and records it. */
    private Invoice issueOn(Workspace workspace, Invoice draft, StaffPrincipal principal,
                            PortalRuntime.EventSink events, LocalDate date) {
        draft.requireIssuableOn(date);
        periodLock(workspace).requireOpen(date, "issueDate", draft.describe());
        String number = nextNumber(workspace, workspace.settings().invoiceNumbering(), "invoice", date);
        return issued(workspace, invoices.save(draft.issue(number, date)), principal, events, date);
    }

    /**
     * Serves a batch of concurrent {@link #issue} calls of one workspace. One call is issued alone, as if it had
     * never queued (its own failure is its caller's); several are issued in one unit of work with one block of
     * numbers, in the order they queued. A draft that could not be issued in the batch (not found, not issuable,
     * asked for twice, at another version than its caller read) is sent back to its caller to issue alone, where it fails exactly as a lone call would; so
     * is every request when the batch's unit of work fails, so one bad draft never fails the others. The callers
     * are answered, and the next batch may start, as soon as the batch commits: before its events are relayed.
     */
    private void issueBatch(List<CombiningLanes.Request<IssueRequest, Invoice>> batch, Runnable handOver) {
        if (batch.size() == 1) {
            CombiningLanes.Request<IssueRequest, Invoice> only = batch.get(0);
            try {
                IssueRequest query = only.query();
                only.answer(issueAlone(query.principal(), query.invoiceId(), query.expectedVersion()));
            } catch (RuntimeException e) {
                if (only.askedByCurrentThread()) {
                    only.fail(e);
                } else {
                    only.runAlone();
                }
            }
            return;
        }
        try {
            runtime.run(events -> {
                Map<CombiningLanes.Request<IssueRequest, Invoice>, Invoice> issued = issueTogether(batch, events);
                runtime.afterCommit(() -> {
                    for (CombiningLanes.Request<IssueRequest, Invoice> request : batch) {
                        Invoice invoice = issued.get(request);
                        if (invoice == null) {
                            request.runAlone();
                        } else {
                            request.answer(invoice);
                        }
                    }
                    handOver.run();
                });
            });
        } catch (RuntimeException e) {
            LOG.debug("A batch of {} issues of workspace {} rolled back; each is issued alone by its caller",
                    batch.size(), batch.get(0).query().principal().workspaceId(), e);
        }
    }

    /** The unit of work of a batch: the drafts that can be issued, each numbered from one block. */
    private Map<CombiningLanes.Request<IssueRequest, Invoice>, Invoice> issueTogether(
            List<CombiningLanes.Request<IssueRequest, Invoice>> batch, PortalRuntime.EventSink events) {
        StaffPrincipal first = batch.get(0).query().principal();
        Workspace workspace = workspace(first);
        List<InvoiceId> ids = batch.stream().map(request -> request.query().invoiceId()).distinct().toList();
        LocalDate today = runtime.today(workspace.settings().timeZone());
        Map<InvoiceId, Invoice> drafts = new HashMap<>();
        for (Invoice invoice : invoices.findAll(workspace.id(), ids)) {
            if (invoice.workspaceId().equals(workspace.id()) && issuable(invoice, today)) {
                drafts.put(invoice.id(), invoice);
            }
        }
        List<CombiningLanes.Request<IssueRequest, Invoice>> taken = new ArrayList<>(drafts.size());
        Set<InvoiceId> numbered = new HashSet<>();
        for (CombiningLanes.Request<IssueRequest, Invoice> request : batch) {
            InvoiceId id = request.query().invoiceId();
            Invoice draft = drafts.get(id);
            if (draft != null && request.query().accepts(draft) && numbered.add(id)) {
                taken.add(request);
            }
        }
        List<Invoice> issued = issueNumbered(workspace,
                taken.stream().map(request -> Objects.requireNonNull(drafts.get(request.query().invoiceId()))).toList(),
                taken.stream().map(request -> request.query().principal()).toList(), events);
        Map<CombiningLanes.Request<IssueRequest, Invoice>, Invoice> answers = new HashMap<>();
        for (int i = 0; i < taken.size(); i++) {
            answers.put(taken.get(i), issued.get(i));
        }
        return answers;
    }

    /**
     * Issues checked drafts in their order with consecutive numbers from one block, saves them together, and records
     * each (audit entry by the principal at the same position, events, a deposit deducted).
     */
    private List<Invoice> issueNumbered(Workspace workspace, List<Invoice> drafts, List<StaffPrincipal> principals,
                                        PortalRuntime.EventSink events) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        LocalDate today = runtime.today(workspace.settings().timeZone());
        periodLock(workspace).requireOpen(today, "issueDate", drafts.size() == 1 ? drafts.get(0).describe()
                : drafts.size() + " invoices, the first " + drafts.get(0).describe() + ",");
        NumberingPattern pattern = workspace.settings().invoiceNumbering();
        long first = numbers.nextBlock(workspace.id(), "invoice:" + pattern.scope(today), drafts.size());
        List<Invoice> issuing = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            issuing.add(drafts.get(i).issue(pattern.format(today, first + i), today));
        }
        List<Invoice> saved = invoices.saveAll(issuing);
        List<Invoice> issued = new ArrayList<>(saved.size());
        for (int i = 0; i < saved.size(); i++) {
            issued.add(issued(workspace, saved.get(i), principals.get(i), events, today));
        }
        return List.copyOf(issued);
    }

    private static boolean issuable(Invoice draft, LocalDate today) {
        try {
            draft.requireIssuableOn(today);
            return true;
        } catch (PortalException e) {
            return false;
        }
    }

    /** One caller's {@link #issue}: who asks, for which draft, at which version if the caller named one. */
    private record IssueRequest(StaffPrincipal principal, InvoiceId invoiceId, @Nullable Long expectedVersion) {

        /** Whether the draft is at the version the caller read; a draft at another is left to its caller alone. */
        boolean accepts(Invoice draft) {
            return expectedVersion == null || draft.version() == expectedVersion;
        }
    }

    @Override
    public List<Invoice> issueAll(StaffPrincipal principal, List<InvoiceId> invoiceIds) {
        PortalException.requireField(principal, "principal");
        List<InvoiceId> ids = distinct(PortalException.requireElements(invoiceIds, "invoiceIds", InputLimits.LIST));
        if (ids.isEmpty()) {
            return List.of();
        }
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            List<Invoice> drafts = issuableDrafts(principal, ids, runtime.today(workspace.settings().timeZone()));
            return issueNumbered(workspace, drafts, Collections.nCopies(drafts.size(), principal), events);
        });
    }

    /** The ids of a batch, each once; an id listed twice rejects the batch. */
    private static List<InvoiceId> distinct(List<InvoiceId> ids) {
        Map<InvoiceId, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer earlier = seen.putIfAbsent(ids.get(i), i);
            if (earlier != null) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "invoiceIds[" + i + "]", ids.get(i),
                        "is listed already at invoiceIds[" + earlier + "]; list each draft once");
            }
        }
        return ids;
    }

    /** The drafts of a batch in its order, every one checked before any is issued. */
    private List<Invoice> issuableDrafts(StaffPrincipal principal, List<InvoiceId> ids, LocalDate today) {
        Map<InvoiceId, Invoice> found = new HashMap<>();
        for (Invoice invoice : invoices.findAll(principal.workspaceId(), ids)) {
            if (invoice.workspaceId().equals(principal.workspaceId())) {
                found.put(invoice.id(), invoice);
            }
        }
        List<Invoice> drafts = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Invoice draft = found.get(ids.get(i));
            if (draft == null) {
                throw PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", ids.get(i));
            }
            try {
                draft.requireIssuableOn(today);
            } catch (PortalException e) {
                throw PortalException.invalid(e.errorCode(), "invoiceIds[" + i + "]", draft.describe(),
                        String.valueOf(e.getMessage()));
            }
            drafts.add(draft);
        }
        return drafts;
    }

    /** Records a just-issued invoice: its audit entry and events, and the deposit deducted from a remainder. */
    private Invoice issued(Workspace workspace, Invoice issued, StaffPrincipal principal,
                           PortalRuntime.EventSink events, LocalDate today) {
        String number = issued.requireNumber();
        runtime.audit().record(issued.workspaceId(), principal.actor(), "invoice.issued", SUBJECT,
                issued.id().toString(), Map.of("number", number, "total", issued.total().toString(),
                        "dueDate", issued.requireDueDate().toString()));
        events.raise(new InvoiceIssued(runtime.ids().next(),
                issued.workspaceId(), issued.id(), issued.clientId(), number,
                issued.total(), issued.requireDueDate(), runtime.clock().instant()));
        if (issued.status() == InvoiceStatus.PAID) {
            events.raise(new InvoicePaid(runtime.ids().next(),
                    issued.workspaceId(), issued.id(), issued.clientId(), number,
                    runtime.clock().instant()));
        }
        InvoiceId depositInvoiceId = issued.content().depositInvoiceId();
        return depositInvoiceId == null ? issued
                : deductDeposit(workspace, issued, depositInvoiceId, principal, events, today);
    }

    /**
     * Deducts the deposit from a remainder invoice just issued. The deposit invoice is credited for all that is left
     * to credit on it: that settles what the client still owed there, and what it paid there becomes client credit,
     * which is applied here at once. So the client owes this total less the deposit paid, and every amount stays on
     * a document (credit note, credit application) that statements and aging already understand. A void or fully
     * credited deposit invoice has nothing left to deduct. The credit note changes the deposit invoice's printed
     * figures (credited, amount due), so a deposit invoice dated in a closed period refuses the remainder's issue
     * with {@code PERIOD_LOCKED}, saying to reopen the period first.
     */
    private Invoice deductDeposit(Workspace workspace, Invoice issued, InvoiceId depositInvoiceId,
                                  StaffPrincipal principal, PortalRuntime.EventSink events, LocalDate today) {
        Invoice deposit = depositInvoice(issued.workspaceId(), issued.clientId(), issued.content().currency(),
                depositInvoiceId);
        Money creditable = deposit.total().minus(deposit.balance().creditNotesTotal());
        if (deposit.status() == InvoiceStatus.VOID || !creditable.isPositive()) {
            return issued;
        }
        LocalDate depositDate = deposit.requireIssueDate();
        periodLock(workspace).requireOpen(depositDate, "depositInvoice.issueDate", "the remainder (draft "
                + issued.id() + ") cannot be issued: applying the deposit credits deposit " + deposit.describe()
                + ", which changes its credited amount and amount due, and it", "reopen the period through "
                + depositDate.minusDays(1) + " (periods().reopen, with the accountant's agreement), issue the "
                + "remainder, and close the period again");
        String reason = "Deposit applied to " + issued.number();
        CreditNote note = credit(workspace, deposit,
                CreditedLines.adjustment(deposit, List.of(LineItem.of(reason, "1", "", creditable))), reason,
                principal, events, today);
        Money applied = note.toClientCredit().min(issued.amountDue());
        if (!applied.isPositive()) {
            return issued;
        }
        Client client = clients.find(issued.workspaceId(), issued.clientId()).orElseThrow();
        clients.save(client.withCreditUsed(applied));
        Invoice settled = invoices.save(issued.withClientCredit(applied));
        runtime.audit().record(settled.workspaceId(), principal.actor(), "invoice.deposit_applied", SUBJECT,
                settled.id().toString(), Map.of("number", settled.number(), "depositInvoice", deposit.number(),
                        "creditNote", note.number(), "applied", applied.toString()));
        events.raise(new DepositApplied(runtime.ids().next(),
                settled.workspaceId(), settled.id(), settled.clientId(), settled.requireNumber(),
                deposit.id(), note.id(), applied, runtime.clock().instant()));
        if (settled.status() == InvoiceStatus.PAID) {
            events.raise(new InvoicePaid(runtime.ids().next(),
                    settled.workspaceId(), settled.id(), settled.clientId(), settled.requireNumber(),
                    runtime.clock().instant()));
        }
        return settled;
    }

    @Override
    public Invoice voidInvoice(StaffPrincipal principal, InvoiceId invoiceId, String reason) {
        return voidAt(principal, invoiceId, null, reason);
    }

    @Override
    public Invoice voidInvoice(StaffPrincipal principal, InvoiceId invoiceId, long expectedVersion, String reason) {
        return voidAt(principal, invoiceId, expectedVersion, reason);
    }

    /** Voids an invoice in one unit of work, checking in it the version the caller read, if any. */
    private Invoice voidAt(StaffPrincipal principal, InvoiceId invoiceId, @Nullable Long expectedVersion,
                           String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Invoice invoice = atVersion(load(principal, invoiceId), expectedVersion);
            LocalDate issueDate = invoice.issueDate();
            if (issueDate != null) {
                periodLock(principal).requireOpen(issueDate, "invoice.issueDate", invoice.describe());
            }
            Money creditToReturn = invoice.balance().clientCreditApplied();
            Invoice voided = invoices.save(invoice.voidInvoice(runtime.clock().instant(), zone(principal)));
            if (creditToReturn.isPositive()) {
                Client client = clients.find(invoice.workspaceId(), invoice.clientId()).orElseThrow();
                clients.save(client.withCreditAdded(creditToReturn));
            }
            runtime.audit().record(voided.workspaceId(), principal.actor(), "invoice.voided", SUBJECT,
                    voided.id().toString(), Map.of("number", voided.number(),
                            "creditReturned", creditToReturn.toString()), Map.of("reason", why));
            events.raise(new InvoiceVoided(runtime.ids().next(),
                    voided.workspaceId(), voided.id(), voided.clientId(), voided.requireNumber(), why,
                    runtime.clock().instant()));
            return voided;
        });
    }

    @Override
    public Invoice markUncollectible(StaffPrincipal principal, InvoiceId invoiceId, String reason) {
        PortalException.requireField(principal, "principal");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Invoice invoice = load(principal, invoiceId);
            periodLock(principal).requireOpen(runtime.today(zone(principal)), "writeOffDate",
                    "the write-off of " + invoice.describe());
            Invoice marked = invoices.save(invoice.markUncollectible(runtime.clock().instant(), zone(principal)));
            runtime.audit().record(marked.workspaceId(), principal.actor(), "invoice.marked_uncollectible", SUBJECT,
                    marked.id().toString(), Map.of("number", marked.number(),
                            "amountDue", marked.amountDue().toString()), Map.of("reason", why));
            events.raise(new InvoiceMarkedUncollectible(runtime.ids().next(),
                    marked.workspaceId(), marked.id(), marked.clientId(),
                    marked.requireNumber(), marked.amountDue(), runtime.clock().instant()));
            return marked;
        });
    }

    @Override
    public Invoice get(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> load(principal, invoiceId));
    }

    @Override
    public List<Invoice> list(StaffPrincipal principal, InvoiceFilter filter, int offset, int limit) {
        PortalException.requireField(principal, "principal");
        if (offset < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "offset", offset, "must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_PAGE);
        }
        InvoiceFilter checked = filter == null ? InvoiceFilter.ALL : filter;
        return runtime.read(() -> invoices.list(principal.workspaceId(), checked, offset, limit));
    }

    @Override
    public CreditNote issueCreditNote(StaffPrincipal principal, IssueCreditNote command) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(command, "command");
        return runtime.execute(events -> {
            Workspace workspace = workspace(principal);
            Invoice invoice = load(principal, command.invoiceId());
            CreditedLines credit = CreditedLines.of(invoice, creditNotes.forInvoice(invoice.workspaceId(),
                    invoice.id()), command);
            return credit(workspace, invoice, credit, command.reason(), principal, events,
                    runtime.today(workspace.settings().timeZone()));
        });
    }

    /** Issues a credit note against an invoice, priced like it; what the invoice no longer owed becomes credit. */
    private CreditNote credit(Workspace workspace, Invoice invoice, CreditedLines credit, String reason,
                              StaffPrincipal principal, PortalRuntime.EventSink events, LocalDate today) {
        DocumentTotals totals = credit.totals();
        Invoice credited = invoice.withCreditNote(totals.total());
        PeriodLock lock = periodLock(workspace);
        lock.requireOpen(invoice.requireIssueDate(), "invoice.issueDate", "the credited " + invoice.describe());
        lock.requireOpen(today, "creditNoteDate", "a credit note against " + invoice.describe());
        Money applied = credited.balance().creditNotesApplied().minus(invoice.balance().creditNotesApplied());
        Money excess = totals.total().minus(applied);
        String number = nextNumber(workspace, workspace.settings().creditNoteNumbering(), "credit-note", today);
        CreditNote note = creditNotes.save(new CreditNote(new CreditNoteId(runtime.ids().next()),
                invoice.workspaceId(), invoice.clientId(), invoice.id(), invoice.requireNumber(), number,
                credit.lines(), credit.invoiceLines(), credit.discount(), totals, reason, today, applied, excess,
                runtime.clock().instant(), 0));
        Invoice saved = invoices.save(credited);
        if (excess.isPositive()) {
            Client client = clients.find(invoice.workspaceId(), invoice.clientId()).orElseThrow();
            clients.save(client.withCreditAdded(excess));
        }
        runtime.audit().record(note.workspaceId(), principal.actor(), "credit_note.issued", "credit_note",
                note.id().toString(), Map.of("number", number, "invoice", invoice.number(),
                        "total", note.total().toString(), "toClientCredit", excess.toString()),
                Map.of("reason", reason));
        events.raise(new CreditNoteIssued(runtime.ids().next(),
                note.workspaceId(), note.id(), invoice.id(), invoice.clientId(), number,
                note.total(), applied, excess, runtime.clock().instant()));
        if (saved.status() == InvoiceStatus.PAID && invoice.status() != InvoiceStatus.PAID) {
            events.raise(new InvoicePaid(runtime.ids().next(),
                    saved.workspaceId(), saved.id(), saved.clientId(), saved.requireNumber(),
                    runtime.clock().instant()));
        }
        return note;
    }

    @Override
    public CreditNote creditNote(StaffPrincipal principal, CreditNoteId creditNoteId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(creditNoteId, "creditNoteId");
        return runtime.read(() -> creditNotes.find(principal.workspaceId(), creditNoteId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.CREDIT_NOTE_NOT_FOUND, "credit note", creditNoteId)));
    }

    @Override
    public List<CreditNote> creditNotes(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> creditNotes.forInvoice(principal.workspaceId(),
                load(principal, invoiceId).id()));
    }

    private String nextNumber(Workspace workspace, NumberingPattern pattern, String kind, LocalDate date) {
        long sequence = numbers.next(workspace.id(), kind + ":" + pattern.scope(date));
        return pattern.format(date, sequence);
    }

    private InvoiceContent content(Workspace workspace, Client client, DraftInvoice command) {
        if (command.depositInvoiceId() != null) {
            depositInvoice(workspace.id(), client.id(), client.currency(), command.depositInvoiceId());
        }
        return new InvoiceContent(client.currency(), command.lines(), command.discount(), command.notes(),
                command.terms(), command.paymentTerms() != null ? command.paymentTerms()
                : workspace.settings().paymentTerms(), command.lateFee(), command.schedule(),
                workspace.settings().taxRounding(), client.taxExempt(), command.depositInvoiceId(),
                command.dueDate());
    }

    /** The deposit invoice a remainder points at: issued (or voided since), of the same client and currency. */
    private Invoice depositInvoice(WorkspaceId workspaceId, ClientId clientId, CurrencyUnit currency,
                                   InvoiceId depositInvoiceId) {
        Invoice deposit = invoices.find(workspaceId, depositInvoiceId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "deposit invoice", depositInvoiceId));
        if (deposit.status() == InvoiceStatus.DRAFT || !deposit.clientId().equals(clientId)
                || !deposit.content().currency().equals(currency)) {
            throw PortalException.invalid(ErrorCode.INVALID_DEPOSIT_INVOICE, "depositInvoiceId", deposit.describe(),
                    "must be an issued invoice of the same client and currency");
        }
        return deposit;
    }

    private Workspace workspace(StaffPrincipal principal) {
        return workspaces.require(principal.workspaceId());
    }

    /** The workspace's closed periods, read so that they cannot change before this transaction ends. */
    private PeriodLock periodLock(Workspace workspace) {
        return periodLocks.readShared(workspace.id()).orElseGet(() -> PeriodLock.none(workspace.id()));
    }

    private PeriodLock periodLock(StaffPrincipal principal) {
        return periodLock(workspace(principal));
    }

    /** The workspace's zone: the day an invoice is closed on is kept in it, for statements to list it on. */
    private java.time.ZoneId zone(StaffPrincipal principal) {
        return workspace(principal).settings().timeZone();
    }

    private Client client(StaffPrincipal principal, DraftInvoice command) {
        return clients.require(principal.workspaceId(), command.clientId());
    }

    /**
     * The invoice, when it is at the version the caller read (or the caller named none). A change between this read
     * and the save is the store's optimistic lock's to refuse; the retried unit of work then fails here.
     */
    private static Invoice atVersion(Invoice invoice, @Nullable Long expectedVersion) {
        if (expectedVersion != null && invoice.version() != expectedVersion) {
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "invoice " + invoice.id() + " is at version "
                    + invoice.version() + ", not " + expectedVersion + ": someone changed it; load it again");
        }
        return invoice;
    }

    private Invoice load(StaffPrincipal principal, InvoiceId invoiceId) {
        PortalException.requireField(invoiceId, "invoiceId");
        return invoices.find(principal.workspaceId(), invoiceId).orElseThrow(() ->
                PortalException.notFound(ErrorCode.INVOICE_NOT_FOUND, "invoice", invoiceId));
    }
}
