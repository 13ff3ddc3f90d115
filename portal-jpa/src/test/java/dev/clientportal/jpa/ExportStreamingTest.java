package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.ExportSummary;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.exports.TaxExportRow;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.testing.PortalFixture;
import jakarta.persistence.EntityManagerFactory;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export of more invoices than the fetch size is one statement whose rows reach the sink as the driver reads them:
 * the store never collects them first (memory stays that of one fetch, however many rows), runs no statement while
 * they stream, asks the driver for the page size as its fetch size, and writes the period's days into the statement
 * (a plan made for any period would read a large workspace through its index, one heap page per row).
 */
class ExportStreamingTest {

    private static final TaxRate VAT = TaxRate.of("VAT", "19");
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final int INVOICES = 12;
    private static final int FETCH = 5;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void moreInvoicesThanTheFetchSize_reachTheSinkOneByOne_asTheStatementReadsThem(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        AtomicLong rowsRead = new AtomicLong();
        List<Integer> fetchSizes = new CopyOnWriteArrayList<>();
        List<String> statements = new CopyOnWriteArrayList<>();
        DataSource watched = ProxyDataSourceBuilder.create(database.dataSource).name("watched-" + database.name)
                .proxyResultSet()
                .afterMethod(call -> {
                    if (call.getTarget() instanceof ResultSet && call.getMethod().getName().equals("next")
                            && Boolean.TRUE.equals(call.getResult())) {
                        rowsRead.incrementAndGet();
                    }
                })
                .afterQuery((execution, queries) -> {
                    fetchSizes.add(fetchSize(execution.getStatement()));
                    queries.forEach(query -> statements.add(query.getQuery()));
                })
                .build();
        EntityManagerFactory factory = TestPersistenceUnit.entityManagerFactory(
                "client-portal-watched-" + database.name, watched);
        try {
            PortalFixture fixture = PortalFixture.over(JpaPortalStores.create(factory));
            StaffPrincipal owner = fixture.workspace("Acme Design", USD);
            List<Client> clients = List.of(fixture.client(owner, "Globex"), fixture.client(owner, "Hooli"));
            for (int day = 0; day < INVOICES; day++) {
                fixture.moveTo(LocalDate.of(2026, 3, 2).plusDays(day % 4));
                fixture.issuedInvoice(owner, clients.get(day % 2), "100.00", VAT);
            }

            List<InvoiceExportRow> rows = new ArrayList<>();
            List<Long> readWhenHandedOver = new ArrayList<>();
            List<Long> progress = new ArrayList<>();
            fetchSizes.clear();
            long statementsBefore = TestDatabase.statements().getTotal();
            List<Long> statementsWhileStreaming = new ArrayList<>();
            ExportSummary summary = fixture.portal.exports().invoices(owner,
                    ExportFilter.period(FROM, TO).pageSize(FETCH).reportingTo(progress::add), row -> {
                        rows.add(row);
                        readWhenHandedOver.add(rowsRead.get());
                        statementsWhileStreaming.add(TestDatabase.statements().getTotal());
                    });

            assertThat(summary.rows()).isEqualTo(INVOICES);
            assertThat(summary.pages()).isEqualTo(INVOICES / FETCH + 1);
            assertThat(progress).containsExactly(5L, 10L, 12L);
            assertThat(rows).isSortedAccordingTo(Comparator.comparing(InvoiceExportRow::issueDate)
                    .thenComparing(InvoiceExportRow::number));
            assertThat(rows).allSatisfy(row -> assertThat(row.clientName()).isEqualTo(clients.stream()
                    .filter(client -> client.id().equals(row.clientId())).findFirst().orElseThrow().name()));
            long first = readWhenHandedOver.get(0);
            assertThat(readWhenHandedOver).as("rows read from the result set when each row reached the sink")
                    .containsExactlyElementsOf(LongStream.range(first, first + INVOICES).boxed().toList());
            assertThat(statementsWhileStreaming).as("statements run while the rows streamed").containsOnly(
                    statementsWhileStreaming.get(0));
            assertThat(statementsWhileStreaming.get(0) - statementsBefore).isEqualTo(fetchSizes.size());
            assertThat(fetchSizes).as("the fetch size of the streamed statement, the last one run").last()
                    .isEqualTo(FETCH);
            assertThat(statements).as("the streamed statement names its days, so that its plan is made for them")
                    .last().asString().contains(FROM.toString(), TO.toString());

            List<TaxExportRow> taxes = new ArrayList<>();
            assertThat(fixture.portal.exports().invoiceTaxes(owner, ExportFilter.period(FROM, TO).pageSize(FETCH),
                    taxes::add).pages()).isEqualTo(INVOICES / FETCH + 1);
            assertThat(taxes).extracting(TaxExportRow::documentNumber)
                    .containsExactlyElementsOf(rows.stream().map(InvoiceExportRow::number).toList());
        } finally {
            factory.close();
        }
    }

    private static int fetchSize(Statement statement) {
        try {
            return statement.getFetchSize();
        } catch (SQLException e) {
            throw new IllegalStateException("the statement's fetch size cannot be read", e);
        }
    }
}
