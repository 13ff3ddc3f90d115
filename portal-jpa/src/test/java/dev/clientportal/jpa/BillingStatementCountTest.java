package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceFilter;
import dev.clientportal.core.kernel.WorkspaceId;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.contract.PaymentBuilder.aPayment;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of the billing ports is a fixed number of statements, whether the client has one document or 500:
 * invoices come with their open amounts in one more statement, payments with their allocations and refunds in two.
 */
class BillingStatementCountTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void listsTakeAFixedNumberOfStatements_forOneDocumentOrFiveHundred(Vendor vendor) {
        assertThat(statementsPerList(vendor, 500)).isEqualTo(statementsPerList(vendor, 1))
                .isEqualTo(Map.of("invoices", 2L, "payable", 2L, "payments of the client", 3L,
                        "payments of an invoice", 3L, "credit notes of an invoice", 1L));
    }

    /** How many statements each list ran for a client with {@code documents} invoices, payments and notes. */
    private static Map<String, Long> statementsPerList(Vendor vendor, int documents) {
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
                        .issued(String.format("INV-2026-%05d", i + 1), LocalDate.of(2026, 3, 2)).build());
                shared = shared == null ? invoice : shared;
                stores.payments().save(aPayment(workspaceId, clientId, "wire-" + i)
                        .allocate(shared, "1.00").toCredit("2.00")
                        .refundFromCredit("re-" + i, "1.00", LocalDate.of(2026, 3, 20)).build());
                stores.creditNotes().save(Samples.creditNote(shared, "CN-2026-" + i, Samples.CREATED));
            }
            return shared;
        });

        Map<String, Long> statements = new LinkedHashMap<>();
        statements.put("invoices", count(stores, () -> stores.invoices().list(workspaceId, InvoiceFilter.ALL, 0,
                documents)));
        statements.put("payable", count(stores, () -> stores.invoices().payable(workspaceId, clientId, USD)));
        statements.put("payments of the client", count(stores, () -> stores.payments().forClient(workspaceId,
                clientId)));
        statements.put("payments of an invoice", count(stores, () -> stores.payments().forInvoice(workspaceId,
                first.id())));
        statements.put("credit notes of an invoice", count(stores, () -> stores.creditNotes().forInvoice(
                workspaceId, first.id())));
        return statements;
    }

    private static long count(JpaPortalStores stores, Supplier<?> list) {
        return stores.transactions().inTransaction(() -> {
            QueryCountHolder.clear();
            list.get();
            return TestDatabase.statements().getTotal();
        });
    }
}
