package dev.clientportal.jpa;

import dev.clientportal.core.automation.ReminderFacts;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderOutcome;
import dev.clientportal.core.automation.ReminderQueries;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.automation.ReminderStores;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.WorkspaceId;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * One page of the amounts due for reminders is two statements (the amounts, then the steps logged for them), whether
 * the page holds one amount or 500, first page or after a cursor: nothing is read per amount and no invoice is loaded.
 */
class ReminderQueriesStatementCountTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    private static final LocalDate DUE = ISSUED.plusDays(30);
    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aPageOfAmountsDue_isTwoStatements_forOneAmountOrFiveHundred(Vendor vendor) {
        Map<String, Long> forOne = statementsPerPage(vendor, 1);

        assertThat(statementsPerPage(vendor, 500)).isEqualTo(forOne);
        assertThat(forOne).containsExactly(entry("first page", 2L), entry("page after a cursor", 2L));
    }

    /** How many statements a first page and a page after it ran, each of {@code size} amounts with a logged step. */
    private static Map<String, Long> statementsPerPage(Vendor vendor, int size) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        ReminderStores reminders = stores.reminders().orElseThrow();
        WorkspaceId workspaceId = stores.transactions().inTransaction(() ->
                stores.workspaces().save(Samples.workspace("Acme Design"))).id();
        ClientId clientId = stores.transactions().inTransaction(() ->
                stores.clients().save(Samples.client(workspaceId, "Globex", USD))).id();
        int logged = stores.transactions().inTransaction(() -> {
            int entries = 0;
            for (int i = 0; i < 2 * size; i++) {
                Invoice invoice = stores.invoices().save(anInvoice(workspaceId, clientId)
                        .issued(String.format("INV-2026-%05d", i + 1), ISSUED).build());
                entries += reminders.log().record(new ReminderLogEntry(workspaceId, clientId, invoice.id(), DUE,
                        ReminderStep.days(-3), ReminderOutcome.RESENT_WITH_LINK, "ap@globex.example", AT)) ? 1 : 0;
            }
            return entries;
        });
        assertThat(logged).isEqualTo(2 * size);
        ReminderQueries queries = reminders.queries();

        Map<String, Long> statements = new LinkedHashMap<>();
        List<ReminderFacts> first = counted(stores, statements, "first page",
                () -> queries.openAmountsDue(DUE, DUE, Optional.empty(), size));
        List<ReminderFacts> second = counted(stores, statements, "page after a cursor",
                () -> queries.openAmountsDue(DUE, DUE, Optional.of(first.get(size - 1).cursor()), size));

        assertThat(first).hasSize(size);
        assertThat(second).hasSize(size).allSatisfy(fact ->
                assertThat(fact.logged()).containsExactly(ReminderStep.days(-3)));
        return statements;
    }

    private static List<ReminderFacts> counted(JpaPortalStores stores, Map<String, Long> statements, String name,
                                               Supplier<List<ReminderFacts>> page) {
        return stores.transactions().inTransaction(() -> {
            QueryCountHolder.clear();
            List<ReminderFacts> facts = page.get();
            statements.put(name, TestDatabase.statements().getTotal());
            return facts;
        });
    }
}
