package dev.clientportal.core.exports;

import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.exports.ExportQueries.CreditNoteFacts;
import dev.clientportal.core.exports.ExportQueries.DocumentContent;
import dev.clientportal.core.exports.ExportQueries.DocumentQuery;
import dev.clientportal.core.exports.ExportQueries.InvoiceFacts;
import dev.clientportal.core.exports.ExportQueries.PaymentFacts;
import dev.clientportal.core.exports.ExportQueries.RefundFacts;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.workspace.WorkspaceRepository;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

final class ExportsService implements Exports {

    private final WorkspaceRepository workspaces;
    private final ClientRepository clients;
    private final InvoiceRepository invoices;
    private final AuditTrail auditTrail;
    private final ExportQueries queries;
    private final PortalRuntime runtime;

    ExportsService(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                   AuditTrail auditTrail, ExportQueries queries, PortalRuntime runtime) {
        this.workspaces = workspaces;
        this.clients = clients;
        this.invoices = invoices;
        this.auditTrail = auditTrail;
        this.queries = queries;
        this.runtime = runtime;
    }

    @Override
    public ExportSummary invoices(StaffPrincipal principal, ExportFilter filter, ExportSink<InvoiceExportRow> sink) {
        return invoiceStream(checked(principal, filter, sink), filter, query(filter, false), false, sink,
                (facts, rows) -> rows.accept(ExportRows.invoice(facts)));
    }

    @Override
    public ExportSummary invoiceLines(StaffPrincipal principal, ExportFilter filter, ExportSink<LineExportRow> sink) {
        return invoiceStream(checked(principal, filter, sink), filter, query(filter, false), true, sink,
                (facts, rows) -> {
                    DocumentContent content = contentOf(facts);
                    ExportRows.lines(facts.number(), content.lines(), content.totals(), rows);
                });
    }

    @Override
    public ExportSummary invoiceTaxes(StaffPrincipal principal, ExportFilter filter, ExportSink<TaxExportRow> sink) {
        return invoiceTaxes(checked(principal, filter, sink), filter, query(filter, false), sink);
    }

    private ExportSummary invoiceTaxes(WorkspaceId workspace, ExportFilter filter, DocumentQuery query,
                                       ExportSink<TaxExportRow> sink) {
        return invoiceStream(workspace, filter, query, true, sink,
                (facts, rows) -> ExportRows.taxes(DocumentType.INVOICE, facts.number(), facts.clientId(),
                        facts.issueDate(), facts.status(), facts.closedOn(), contentOf(facts).totals(), rows));
    }

    /** The invoices in one stream; with their content, pages hold at most {@value ExportFilter#MAX_CONTENT_PAGE}. */
    private <R> ExportSummary invoiceStream(WorkspaceId workspace, ExportFilter filter, DocumentQuery query,
                                            boolean withContent, ExportSink<R> sink, Emit<InvoiceFacts, R> emit) {
        return streamed(filter, withContent ? contentPage(filter) : filter.pageSize(), sink,
                (fetchSize, each) -> queries.invoices(workspace, query, withContent, fetchSize, each), emit);
    }

    @Override
    public ExportSummary creditNotes(StaffPrincipal principal, ExportFilter filter,
                                     ExportSink<CreditNoteExportRow> sink) {
        return creditNoteStream(checked(principal, filter, sink), filter, query(filter, false), false, sink,
                (facts, rows) -> rows.accept(ExportRows.creditNote(facts)));
    }

    @Override
    public ExportSummary creditNoteLines(StaffPrincipal principal, ExportFilter filter,
                                         ExportSink<LineExportRow> sink) {
        return creditNoteStream(checked(principal, filter, sink), filter, query(filter, false), true, sink,
                (facts, rows) -> {
                    if (facts.lines() == null) {
                        throw new IllegalStateException("the store answered credit note " + facts.number()
                                + " without the lines asked for");
                    }
                    ExportRows.lines(facts.number(), facts.lines(), facts.totals(), rows);
                });
    }

    @Override
    public ExportSummary creditNoteTaxes(StaffPrincipal principal, ExportFilter filter,
                                         ExportSink<TaxExportRow> sink) {
        return creditNoteTaxes(checked(principal, filter, sink), filter, query(filter, false), sink);
    }

    private ExportSummary creditNoteTaxes(WorkspaceId workspace, ExportFilter filter, DocumentQuery query,
                                          ExportSink<TaxExportRow> sink) {
        return creditNoteStream(workspace, filter, query, false, sink,
                (facts, rows) -> ExportRows.taxes(DocumentType.CREDIT_NOTE, facts.number(), facts.clientId(),
                        facts.issueDate(), facts.invoiceStatus(), facts.invoiceClosedOn(), facts.totals(), rows));
    }

    /**
     * The credit notes in one stream, pages of at most {@value ExportFilter#MAX_CONTENT_PAGE}: every credit note's
     * stored totals are decoded.
     */
    private <R> ExportSummary creditNoteStream(WorkspaceId workspace, ExportFilter filter, DocumentQuery query,
                                                boolean withLines, ExportSink<R> sink, Emit<CreditNoteFacts, R> emit) {
        return streamed(filter, contentPage(filter), sink,
                (fetchSize, each) -> queries.creditNotes(workspace, query, withLines, fetchSize, each), emit);
    }

    @Override
    public ExportSummary payments(StaffPrincipal principal, ExportFilter filter, ExportSink<PaymentExportRow> sink) {
        return paymentPages(checked(principal, filter, sink), filter, sink,
                (facts, rows) -> rows.accept(ExportRows.payment(facts)));
    }

    @Override
    public ExportSummary allocations(StaffPrincipal principal, ExportFilter filter,
                                     ExportSink<AllocationExportRow> sink) {
        return paymentPages(checked(principal, filter, sink), filter, sink,
                (facts, rows) -> ExportRows.allocations(facts.payment(), rows));
    }

    private <R> ExportSummary paymentPages(WorkspaceId workspace, ExportFilter filter, ExportSink<R> sink,
                                           Emit<PaymentFacts, R> emit) {
        DocumentQuery query = query(filter, false);
        return paged(filter, filter.pageSize(), sink,
                (after, limit) -> queries.payments(workspace, query, after, limit), PaymentFacts::key, emit);
    }

    @Override
    public ExportSummary refunds(StaffPrincipal principal, ExportFilter filter, ExportSink<RefundExportRow> sink) {
        WorkspaceId workspace = checked(principal, filter, sink);
        DocumentQuery query = query(filter, false);
        return paged(filter, filter.pageSize(), sink,
                (after, limit) -> queries.refunds(workspace, query, after, limit), RefundFacts::key,
                (facts, rows) -> rows.accept(ExportRows.refund(facts)));
    }

    @Override
    public ExportSummary clients(StaffPrincipal principal, ExportFilter filter, ExportSink<ClientExportRow> sink) {
        WorkspaceId workspace = checked(principal, filter, sink);
        return this.<Client, ClientId, ClientExportRow>paged(filter, filter.pageSize(), sink,
                (after, limit) -> queries.clients(workspace, after, limit), Client::id,
                (client, rows) -> rows.accept(ExportRows.client(client)));
    }

    @Override
    public ExportSummary auditTrail(StaffPrincipal principal, ExportFilter filter, ExportSink<AuditEntry> sink) {
        WorkspaceId workspace = checked(principal, filter, sink);
        ZoneId zone = runtime.read(() -> workspaces.require(workspace).settings().timeZone());
        return this.<AuditEntry, Long, AuditEntry>paged(filter, filter.pageSize(), sink,
                (after, limit) -> auditTrail.entries(workspace, after == null ? 0 : after + 1, limit),
                AuditEntry::sequence,
                (entry, rows) -> {
                    if (filter.covers(LocalDate.ofInstant(entry.at(), zone))) {
                        rows.accept(entry);
                    }
                });
    }

    @Override
    public TaxReport taxReport(StaffPrincipal principal, LocalDate from, LocalDate to, TaxPeriod period) {
        PortalException.requireField(period, "period");
        ExportFilter filter = ExportFilter.period(from, to);
        WorkspaceId workspace = checked(principal, filter, ExportProgress.NONE);
        TaxReports report = new TaxReports(from, to, period);
        DocumentQuery withVoids = query(filter, true);
        invoiceTaxes(workspace, filter, withVoids, row -> report.invoiced(row, 1));
        creditNoteTaxes(workspace, filter, withVoids, row -> report.invoiced(row, -1));
        DocumentQuery query = query(filter, false);
        Map<InvoiceId, DocumentTotals> totals = new HashMap<>();
        paged(filter, filter.pageSize(), (AllocationExportRow row) -> {
                    if (row.status().isReceived()) {
                        report.received(row.receivedOn(), row.amount(), totalsOf(totals, row.invoiceId()), 1);
                    }
                }, (after, limit) -> withTotals(workspace, queries.payments(workspace, query, after, limit),
                        facts -> facts.payment().allocations().stream().map(Allocation::invoiceId).toList(), totals),
                PaymentFacts::key, (facts, rows) -> ExportRows.allocations(facts.payment(), rows));
        paged(filter, filter.pageSize(), (RefundExportRow row) -> {
                    for (Refund.Part part : row.fromInvoices()) {
                        report.received(row.refundedOn(), part.amount(), totalsOf(totals, part.invoiceId()), -1);
                    }
                }, (after, limit) -> withTotals(workspace, queries.refunds(workspace, query, after, limit),
                        facts -> facts.refund().fromInvoices().stream().map(Refund.Part::invoiceId).toList(), totals),
                RefundFacts::key, (facts, rows) -> rows.accept(ExportRows.refund(facts)));
        return report.report();
    }

    /**
     * Reads, in the page's transaction, the totals of the invoices a page of payments or refunds settled; the map is
     * refilled per page, so it holds at most one page's invoices.
     */
    private <F> List<F> withTotals(WorkspaceId workspace, List<F> page, Function<F, List<InvoiceId>> invoicesOf,
                                   Map<InvoiceId, DocumentTotals> totals) {
        Set<InvoiceId> wanted = new LinkedHashSet<>();
        page.forEach(facts -> wanted.addAll(invoicesOf.apply(facts)));
        totals.clear();
        for (Invoice invoice : invoices.findAll(workspace, wanted)) {
            totals.put(invoice.id(), invoice.totals());
        }
        return page;
    }

    private static DocumentTotals totalsOf(Map<InvoiceId, DocumentTotals> totals, InvoiceId invoiceId) {
        DocumentTotals found = totals.get(invoiceId);
        if (found == null) {
            throw new IllegalStateException("invoice " + invoiceId + " of an allocation is not in its workspace");
        }
        return found;
    }

    /** Checks the principal, filter and sink, and the client in the workspace, before anything is read. */
    private WorkspaceId checked(StaffPrincipal principal, ExportFilter filter, Object sink) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(filter, "filter");
        PortalException.requireField(sink, "sink");
        WorkspaceId workspace = principal.workspaceId();
        runtime.read(() -> {
            workspaces.require(workspace);
            ClientId client = filter.clientId();
            if (client != null) {
                clients.require(workspace, client);
            }
            return workspace;
        });
        return workspace;
    }

    private static DocumentQuery query(ExportFilter filter, boolean voidedInPeriod) {
        return new DocumentQuery(filter.from(), filter.to(), filter.clientId(), filter.statuses(), voidedInPeriod);
    }

    private static int contentPage(ExportFilter filter) {
        return Math.min(filter.pageSize(), ExportFilter.MAX_CONTENT_PAGE);
    }

    private static DocumentContent contentOf(InvoiceFacts facts) {
        DocumentContent content = facts.content();
        if (content == null) {
            throw new IllegalStateException("the store answered invoice " + facts.number()
                    + " without the content asked for");
        }
        return content;
    }

    /**
     * Reads pages after the last key until a short page, each in its own read-only transaction, and hands the rows
     * of each page to the sink outside it.
     */
    private <F, K, R> ExportSummary paged(ExportFilter filter, int pageSize, ExportSink<R> sink,
                                          PageRead<K, F> read, Function<F, K> keyOf, Emit<F, R> emit) {
        Tally<R> tally = new Tally<>(sink, filter.progress());
        @Nullable K after = null;
        while (true) {
            @Nullable K from = after;
            List<F> page = runtime.read(() -> read.read(from, pageSize));
            for (F facts : page) {
                emit.emit(facts, tally);
            }
            tally.pageRead();
            if (page.size() < pageSize) {
                return tally.summary();
            }
            after = keyOf.apply(page.get(page.size() - 1));
        }
    }

    /**
     * Reads the facts in one stream inside one read-only transaction and hands each one's rows to the sink as it
     * arrives; a page is {@code pageSize} facts (the fetch size), after each of which progress is told, and the last
     * page is the short one, as if the facts had been read in pages.
     */
    private <F, R> ExportSummary streamed(ExportFilter filter, int pageSize, ExportSink<R> sink, StreamRead<F> read,
                                          Emit<F, R> emit) {
        Tally<R> tally = new Tally<>(sink, filter.progress());
        runtime.read(() -> {
            long[] facts = {0};
            read.read(pageSize, each -> {
                emit.emit(each, tally);
                if (++facts[0] % pageSize == 0) {
                    tally.pageRead();
                }
            });
            return facts[0];
        });
        tally.pageRead();
        return tally.summary();
    }

    /** Counts the rows handed to the sink and the pages read, and tells progress after each page. */
    private static final class Tally<R> implements ExportSink<R> {

        private final ExportSink<R> sink;
        private final ExportProgress progress;
        private long rows;
        private int pages;

        Tally(ExportSink<R> sink, ExportProgress progress) {
            this.sink = sink;
            this.progress = progress;
        }

        @Override
        public void accept(R row) {
            sink.accept(row);
            rows++;
        }

        void pageRead() {
            pages++;
            progress.rowsSoFar(rows);
        }

        ExportSummary summary() {
            return new ExportSummary(rows, pages);
        }
    }

    /** Streams the facts with a fetch size. */
    @FunctionalInterface
    private interface StreamRead<F> {
        void read(int fetchSize, Consumer<F> each);
    }

    /** Reads one page after a key. */
    @FunctionalInterface
    private interface PageRead<K, F> {
        List<F> read(@Nullable K after, int limit);
    }

    /** Hands the rows of one fact to the sink. */
    @FunctionalInterface
    private interface Emit<F, R> {
        void emit(F facts, ExportSink<R> rows);
    }
}
