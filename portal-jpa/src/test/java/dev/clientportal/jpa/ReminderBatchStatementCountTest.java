package dev.clientportal.jpa;

import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.automation.ClientReminderSettings;
import dev.clientportal.core.automation.ReminderLogEntry;
import dev.clientportal.core.automation.ReminderOutcome;
import dev.clientportal.core.automation.ReminderStep;
import dev.clientportal.core.automation.ReminderStores;
import dev.clientportal.core.automation.WorkKey;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.WorkspaceId;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A batch of the reminder run is a fixed number of statements whether it holds ten clients or a hundred: claiming,
 * completing and logging many keys, and reading many clients, their settings and their views, each take the same
 * few statements, half the keys taken before so that the claims and the log must read back which they won.
 */
class ReminderBatchStatementCountTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aBatchTakesAFixedNumberOfStatements_forTenKeysOrAHundred(Vendor vendor) {
        Map<String, Long> forTen = statementsPerBatch(vendor, 10);

        assertThat(statementsPerBatch(vendor, 100)).isEqualTo(forTen);
        long lockedFirst = vendor == Vendor.H2 ? 1 : 0; // H2 locks the workspace row before inserts that skip
        assertThat(forTen).containsExactly(entry("claim", 2 + lockedFirst), entry("complete", 1L),
                entry("log", 2 + lockedFirst), entry("clients", 1L), entry("client settings", 1L),
                entry("viewed", 1L));
    }

    /** How many statements each bulk call ran over {@code size} keys, half of them taken or logged before. */
    private static Map<String, Long> statementsPerBatch(Vendor vendor, int size) {
        JpaPortalStores stores = JpaTestStores.fresh(vendor);
        ReminderStores reminders = stores.reminders().orElseThrow();
        WorkspaceId workspaceId = stores.transactions().inTransaction(() ->
                stores.workspaces().save(Samples.workspace("Acme Design"))).id();
        List<ClientId> clientIds = new ArrayList<>();
        List<WorkKey> keys = new ArrayList<>();
        List<ReminderLogEntry> entries = new ArrayList<>();
        List<DocumentRef> invoices = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ClientId clientId = stores.transactions().inTransaction(() ->
                    stores.clients().save(Samples.client(workspaceId, "Globex", USD))).id();
            InvoiceId invoiceId = new InvoiceId(UUID.randomUUID());
            clientIds.add(clientId);
            keys.add(WorkKey.reminder(invoiceId, DUE, ReminderStep.days(0)));
            entries.add(new ReminderLogEntry(workspaceId, clientId, invoiceId, DUE, ReminderStep.days(0),
                    ReminderOutcome.RESENT_WITH_LINK, "ap@globex.example", NOW));
            invoices.add(DocumentRef.of(DocumentType.INVOICE, invoiceId));
        }
        stores.transactions().inTransaction(() -> {
            for (int i = 0; i < size; i += 2) {
                stores.workClaims().tryClaim(workspaceId, keys.get(i), "instance-b", NOW, LEASE);
                reminders.log().record(entries.get(i));
                reminders.policies().saveClientSettings(workspaceId,
                        ClientReminderSettings.followWorkspace(clientIds.get(i)).withPaused(true));
            }
            return null;
        });
        for (int i = 0; i < size; i += 2) {
            stores.viewStore().countHumanView(workspaceId, clientIds.get(i), invoices.get(i), "contact:ana", NOW,
                    ViewStore.CountIf.lastCountedBefore(NOW));
        }

        Map<String, Long> statements = new LinkedHashMap<>();
        var claimed = counted(stores, statements, "claim", () -> stores.workClaims().tryClaimAll(workspaceId, keys,
                "instance-a", NOW, LEASE));
        counted(stores, statements, "complete", () -> {
            stores.workClaims().completeAll(workspaceId, claimed, "instance-a");
            return null;
        });
        var logged = counted(stores, statements, "log", () -> reminders.log().recordAll(workspaceId, entries));
        var clients = counted(stores, statements, "clients", () -> stores.clients().findAll(workspaceId,
                clientIds));
        var settings = counted(stores, statements, "client settings", () -> reminders.policies()
                .clientSettings(workspaceId, clientIds));
        var viewed = counted(stores, statements, "viewed", () -> stores.viewStore().viewed(workspaceId, invoices));

        assertThat(claimed).hasSize(size / 2);
        assertThat(logged).hasSize(size / 2);
        assertThat(clients).hasSize(size);
        assertThat(settings).hasSize(size / 2);
        assertThat(viewed).hasSize(size / 2);
        return statements;
    }

    private static <T> T counted(JpaPortalStores stores, Map<String, Long> statements, String name,
                                 Supplier<T> call) {
        return stores.transactions().inTransaction(() -> {
            QueryCountHolder.clear();
            T result = call.get();
            statements.put(name, TestDatabase.statements().getTotal());
            return result;
        });
    }
}
