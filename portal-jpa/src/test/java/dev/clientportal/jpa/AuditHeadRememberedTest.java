package dev.clientportal.jpa;

import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.spi.IdGenerator;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance remembers the audit head it last moved and appends after it with one conditional update instead of a
 * locking read; whatever it remembers, every entry follows the head the row holds, and the chain verifies.
 */
class AuditHeadRememberedTest {

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anAppendAfterAHeadThisInstanceMoved_isAnUpdateAndAnInsert(Vendor vendor) {
        try (Instances instances = Instances.on(vendor)) {
            Instance a = instances.first();
            a.record("INV-1");

            TestDatabase.clearStatements();
            AuditEntry second = a.record("INV-2");

            assertThat(TestDatabase.statements().getTotal())
                    .as("statements of an append after a remembered head:%n%s", TestDatabase.statementLog())
                    .isEqualTo(2);
            assertThat(second.sequence()).isEqualTo(2);
            a.assertChainOf(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anAppendAfterAnotherInstanceMovedTheHead_followsTheRowNotWhatItRemembers(Vendor vendor) {
        try (Instances instances = Instances.on(vendor)) {
            Instance a = instances.first();
            Instance b = instances.another();

            AuditEntry first = a.record("INV-1");
            AuditEntry second = b.record("INV-2");
            AuditEntry third = a.record("INV-3");
            AuditEntry fourth = a.record("INV-4");

            assertThat(List.of(first, second, third, fourth)).extracting(AuditEntry::sequence)
                    .containsExactly(1L, 2L, 3L, 4L);
            assertThat(third.previousHash()).isEqualTo(second.hash());
            assertThat(fourth.previousHash()).isEqualTo(third.hash());
            b.assertChainOf(4);
        }
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void severalAppendsInOneTransactionAfterARememberedHead_chainUp(Vendor vendor) {
        try (Instances instances = Instances.on(vendor)) {
            Instance a = instances.first();
            a.record("INV-1");

            List<AuditEntry> together = a.transactions.inTransaction(() -> List.of(a.recordHere("INV-2"),
                    a.recordHere("INV-3"), a.recordHere("INV-4")));
            AuditEntry after = instances.another().record("INV-5");

            assertThat(together).extracting(AuditEntry::sequence).containsExactly(2L, 3L, 4L);
            assertThat(after.previousHash()).isEqualTo(together.get(2).hash());
            a.assertChainOf(5);
        }
    }

    /** One host instance's audit log over its own persistence unit. */
    private record Instance(ResourceLocalTransactions transactions, AuditLog log, WorkspaceId workspace) {

        void assertChainOf(long entries) {
            assertThat(log.verify(workspace)).isEqualTo(new ChainVerification(entries, Optional.empty()));
        }

        AuditEntry record(String invoice) {
            return transactions.inTransaction(() -> recordHere(invoice));
        }

        /** An entry appended in the transaction open on this thread. */
        AuditEntry recordHere(String invoice) {
            return log.record(workspace, "staff:owner@acme.example", "invoice.issued", "invoice", invoice,
                    Map.of("number", invoice), Map.of());
        }
    }

    /** Instances over one emptied database with one workspace; further persistence units closed at the end. */
    private static final class Instances implements AutoCloseable {

        private final TestDatabase database;
        private final WorkspaceId workspace;
        private EntityManagerFactory opened;

        private Instances(TestDatabase database, WorkspaceId workspace) {
            this.database = database;
            this.workspace = workspace;
        }

        static Instances on(Vendor vendor) {
            TestDatabase database = TestDatabase.of(vendor);
            database.clean();
            ResourceLocalTransactions transactions = new ResourceLocalTransactions(database.entityManagerFactory());
            WorkspaceId workspace = transactions.inTransaction(() -> new JpaWorkspaces(transactions)
                    .save(Samples.workspace("Acme"))).id();
            return new Instances(database, workspace);
        }

        Instance first() {
            return over(database.entityManagerFactory());
        }

        Instance another() {
            opened = database.newEntityManagerFactory();
            return over(opened);
        }

        private Instance over(EntityManagerFactory factory) {
            ResourceLocalTransactions transactions = new ResourceLocalTransactions(factory);
            return new Instance(transactions, new AuditLog(new JpaAuditTrail(transactions, transactions),
                    Clock.fixed(Instant.parse("2026-03-02T09:00:00.123456Z"), ZoneOffset.UTC),
                    IdGenerator.random()), workspace);
        }

        @Override
        public void close() {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
