package dev.clientportal.jpa;

import com.zaxxer.hikari.HikariDataSource;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.ExportQueries;
import dev.clientportal.core.exports.ExportQueries.DocumentQuery;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.IssueCreditNote;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.core.testing.PortalFixture;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export costs a fixed number of statements whether it holds one invoice or 500: invoices and credit notes in one
 * streamed statement with the client's name joined; every page of payments, refunds or clients one keyset range scan,
 * payments with their allocations and refunds in one statement each; never a statement per row.
 */
class ExportStatementCountTest {

    private static final TaxRate VAT = TaxRate.of("VAT", "19");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final Map<String, Long> STATEMENTS = Map.ofEntries(Map.entry("invoices", 1L),
            Map.entry("invoices with content", 1L), Map.entry("credit notes with lines", 1L),
            Map.entry("payments", 3L), Map.entry("refunds", 1L), Map.entry("clients", 1L),
            Map.entry("invoice export", 2L), Map.entry("invoice tax export", 2L));

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void everyExportTakesAFixedNumberOfStatements_forOneInvoiceOrFiveHundred(Vendor vendor) {
        Map<String, Long> one = statementsPerPage(vendor, 1);
        Map<String, Long> fiveHundred = statementsPerPage(vendor, 500);

        assertThat(fiveHundred).isEqualTo(one);
        assertThat(one).as("statements of each stream and of a page of each paged kind").isEqualTo(STATEMENTS);
    }

    @Test
    void invoicesWrittenBeforeTheSummaryColumns_areExportedFromTheirTotals_inTheSameStatement() throws SQLException {
        TestDatabase database = TestDatabase.of(Vendor.H2);
        database.clean();
        PortalFixture fixture = PortalFixture.over(JpaPortalStores.create(database.entityManagerFactory()));
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex");
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        for (String amount : List.of("100.00", "33.33", "0.99")) {
            fixture.issuedInvoice(owner, globex, amount, VAT);
        }
        List<InvoiceExportRow> current = new ArrayList<>();
        fixture.portal.exports().invoices(owner, ExportFilter.period(FROM, TO), current::add);
        QueryCountHolder.clear();
        fixture.portal.exports().invoices(owner, ExportFilter.period(FROM, TO), row -> { });
        long before = TestDatabase.statements().getTotal();
        try (HikariDataSource pool = database.newPool(1); Connection connection = pool.getConnection();
             PreparedStatement update = connection.prepareStatement("update cp_invoice set subtotal = null,"
                     + " discount_total = null, tax_total = null where number <> ?")) {
            update.setString(1, current.get(0).number());
            assertThat(update.executeUpdate()).isEqualTo(2);
            connection.commit();
        }

        List<InvoiceExportRow> legacy = new ArrayList<>();
        QueryCountHolder.clear();
        fixture.portal.exports().invoices(owner, ExportFilter.period(FROM, TO), legacy::add);
        long statements = TestDatabase.statements().getTotal();

        assertThat(legacy).isEqualTo(current).hasSize(3);
        assertThat(legacy).allSatisfy(row ->
                assertThat(row.subtotal().minus(row.discount()).plus(row.tax())).isEqualTo(row.total()));
        assertThat(statements).isEqualTo(before);
    }

    /**
     * Statements of each stream and of one page of each paged kind, read through the port and through the use case,
     * over a seeded workspace.
     */
    private static Map<String, Long> statementsPerPage(Vendor vendor, int invoices) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        PortalStores stores = JpaPortalStores.create(database.entityManagerFactory());
        PortalFixture fixture = PortalFixture.over(stores);
        StaffPrincipal owner = fixture.workspace("Acme Design", USD);
        Client globex = fixture.client(owner, "Globex");
        fixture.moveTo(LocalDate.of(2026, 3, 2));
        for (int i = 0; i < invoices; i++) {
            Invoice issued = fixture.issuedInvoice(owner, globex, "100.00", VAT);
            Payment payment = fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(),
                    Money.of("50.00", USD), PaymentMethod.BANK_TRANSFER, "wire-" + i).allocateTo(issued.id()));
            if (i % 5 == 0) {
                fixture.portal.payments().refund(owner, RefundPayment.of(payment.id(), Money.of("10.00", USD),
                        "rf-" + i, "Goodwill").fromInvoice(issued.id(), Money.of("10.00", USD)));
                fixture.portal.invoicing().issueCreditNote(owner, IssueCreditNote.full(issued.id(), "Cancelled"));
            }
        }
        ExportQueries queries = stores.exports().orElseThrow();
        DocumentQuery query = new DocumentQuery(FROM, TO, null, Set.of(), true);
        int all = 1_000;
        int credited = (invoices + 4) / 5;

        Map<String, Long> statements = new LinkedHashMap<>();
        statements.put("invoices", count(stores, () -> streamed(each -> queries.invoices(owner.workspaceId(), query,
                false, 2, each)), invoices));
        statements.put("invoices with content", count(stores, () -> streamed(each -> queries.invoices(
                owner.workspaceId(), query, true, 2, each)), invoices));
        statements.put("credit notes with lines", count(stores, () -> streamed(each -> queries.creditNotes(
                owner.workspaceId(), query, true, 2, each)), credited));
        statements.put("payments", count(stores, () -> queries.payments(owner.workspaceId(), query, null, all),
                invoices));
        statements.put("refunds", count(stores, () -> queries.refunds(owner.workspaceId(), query, null, all),
                credited));
        statements.put("clients", count(stores, () -> queries.clients(owner.workspaceId(), null, all), 1));
        statements.put("invoice export", count(() -> fixture.portal.exports().invoices(owner,
                ExportFilter.period(FROM, TO).pageSize(7), row -> { }).rows(), invoices));
        statements.put("invoice tax export", count(() -> fixture.portal.exports().invoiceTaxes(owner,
                ExportFilter.period(FROM, TO).pageSize(7), row -> { }).rows(), invoices));
        return statements;
    }

    /** Collects what a stream hands over, so that a count can check it. */
    private static <F> List<F> streamed(Consumer<Consumer<F>> stream) {
        List<F> facts = new ArrayList<>();
        stream.accept(facts::add);
        return facts;
    }

    private static long count(PortalStores stores, Supplier<List<?>> page, int expectedRows) {
        return count(() -> (long) stores.transactions().inReadOnlyTransaction(page).size(), expectedRows);
    }

    /** The statements of a read run twice; the fewer counts (a first read may warm a cache). */
    private static long count(Supplier<Long> read, int expectedRows) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            QueryCountHolder.clear();
            assertThat(read.get()).isEqualTo(expectedRows);
            fewest = Math.min(fewest, TestDatabase.statements().getTotal());
        }
        return fewest;
    }
}
