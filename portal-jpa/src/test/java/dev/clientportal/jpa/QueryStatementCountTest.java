package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.clientview.InvoiceRowFilter;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.WorkspaceId;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Every query of the receivables, follow-up and portal-view ports is a fixed number of statements, whether the client
 * has one document or 500: sums and counts are the database's, and nothing is loaded per row.
 */
class QueryStatementCountTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void queriesTakeAFixedNumberOfStatements_forOneDocumentOrFiveHundred(Vendor vendor) {
        Map<String, Long> forOne = statementsPerQuery(vendor, 1);

        assertThat(statementsPerQuery(vendor, 500)).isEqualTo(forOne);
        assertThat(forOne).containsExactly(entry("open amounts", 1L), entry("open amount sums", 1L),
                entry("movements", 5L), // one statement per kind of movement, late fees included
                entry("receipts", 2L), entry("credit sales", 1L), entry("currencies in use", 2L),
                entry("open invoices to follow up", 1L), entry("open totals", 1L), entry("open invoices", 1L),
                entry("invoice page", 2L), entry("invoice", 2L), entry("invoice payments", 1L),
                entry("invoice credit notes", 1L), entry("payment page", 2L));
    }

    /** How many statements each query ran for a client with {@code documents} invoices, payments and notes. */
    private static Map<String, Long> statementsPerQuery(Vendor vendor, int documents) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        WorkspaceId workspaceId = stores.transactions().inTransaction(() ->
                stores.workspaces().save(Samples.workspace("Acme Design"))).id();
        ClientId clientId = stores.transactions().inTransaction(() ->
                stores.clients().save(Samples.client(workspaceId, "Globex", USD))).id();
        Invoice first = stores.transactions().inTransaction(() -> {
            Invoice shared = null;
            for (int i = 0; i < documents; i++) {
                Invoice invoice = stores.invoices().save(anInvoice(workspaceId, clientId)
                        .content(Samples.richContent(LocalDate.of(2026, 3, 16)))
                        .issued(String.format("INV-2026-%05d", i + 1), ISSUED).build());
                shared = shared == null ? invoice : shared;
                stores.payments().save(aPayment(workspaceId, clientId, "wire-" + i)
                        .allocate(shared, "1.00").allocate(invoice, "1.00").toCredit("2.00")
                        .refundFromCredit("re-" + i, "1.00", LocalDate.of(2026, 3, 20)).build());
                stores.creditNotes().save(Samples.creditNote(shared, "CN-2026-" + i, Samples.CREATED));
            }
            return shared;
        });

        Map<String, Long> statements = new LinkedHashMap<>();
        JpaReceivablesQueries receivables = (JpaReceivablesQueries) stores.receivables();
        statements.put("open amounts", count(stores, () -> receivables.openAmounts(workspaceId)));
        statements.put("open amount sums", count(stores, () -> receivables.openAmountSums(workspaceId,
                Set.of(InvoiceStatus.OPEN, InvoiceStatus.PARTIALLY_PAID), List.of(TODAY, TODAY.minusDays(30),
                        TODAY.minusDays(60)))));
        statements.put("movements", count(stores, () -> receivables.movements(workspaceId, Optional.of(clientId),
                USD, TODAY)));
        statements.put("receipts", count(stores, () -> receivables.receipts(workspaceId, ISSUED, TODAY)));
        statements.put("credit sales", count(stores, () -> receivables.creditSales(workspaceId, USD, ISSUED,
                TODAY)));
        statements.put("currencies in use", count(stores, () -> receivables.currenciesInUse(workspaceId)));
        statements.put("open invoices to follow up", count(stores, () -> stores.followUpQueries()
                .openInvoices(workspaceId)));
        var views = stores.portalViewQueries();
        statements.put("open totals", count(stores, () -> views.openTotals(workspaceId, clientId, TODAY)));
        statements.put("open invoices", count(stores, () -> views.openInvoices(workspaceId, clientId, documents)));
        statements.put("invoice page", count(stores, () -> views.invoices(workspaceId, clientId,
                new InvoiceRowFilter(Set.of(InvoiceStatus.PAID), Optional.of(TODAY), Optional.of(TODAY)), 0,
                documents)));
        statements.put("invoice", count(stores, () -> views.invoice(workspaceId, clientId, first.id())));
        statements.put("invoice payments", count(stores, () -> views.invoicePayments(workspaceId, first.id())));
        statements.put("invoice credit notes", count(stores, () -> views.invoiceCreditNotes(workspaceId,
                first.id())));
        statements.put("payment page", count(stores, () -> views.payments(workspaceId, clientId, 0, documents)));
        return statements;
    }

    private static long count(JpaPortalStores stores, Supplier<?> query) {
        return stores.transactions().inTransaction(() -> {
            QueryCountHolder.clear();
            query.get();
            return TestDatabase.statements().getTotal();
        });
    }
}
