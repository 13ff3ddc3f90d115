package dev.clientportal.jpa;

import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.spi.IdGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification over the stored rows, in pages, notices what someone with database access did to them: an edited,
 * a deleted or a reordered entry breaks the chain, and removing the newest entries is caught against a checkpoint
 * taken before.
 */
class AuditChainTamperingTest {

    private static final int ENTRIES = 5;

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void anEditedEntry_breaksTheChainAtIt(Vendor vendor) throws SQLException {
        Chain chain = chainOf(vendor);

        sql(chain.database, "update cp_audit_entry set action = 'invoice.voided' where sequence_no = 3");

        assertBrokenAt(chain.log.verify(chain.workspace), 3);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aDeletedEntry_breaksTheChain(Vendor vendor) throws SQLException {
        Chain chain = chainOf(vendor);

        sql(chain.database, "delete from cp_audit_entry where sequence_no = 3");

        assertThat(chain.log.verify(chain.workspace).intact()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void twoEntriesSwapped_breakTheChain(Vendor vendor) throws SQLException {
        Chain chain = chainOf(vendor);

        sql(chain.database, "update cp_audit_entry set sequence_no = 100 where sequence_no = 2",
                "update cp_audit_entry set sequence_no = 2 where sequence_no = 3",
                "update cp_audit_entry set sequence_no = 3 where sequence_no = 100");

        assertThat(chain.log.verify(chain.workspace).intact()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void theNewestEntriesRemoved_areCaughtAgainstACheckpoint(Vendor vendor) throws SQLException {
        Chain chain = chainOf(vendor);
        AuditCheckpoint checkpoint = AuditCheckpoint.of(chain.last);
        assertThat(chain.log.verify(checkpoint).intact()).isTrue();

        sql(chain.database, "delete from cp_audit_entry where sequence_no > 3",
                "update cp_audit_head set last_sequence = 3");

        assertThat(chain.log.verify(chain.workspace).intact()).as("the rest still links up").isTrue();
        assertThat(chain.log.verify(checkpoint).intact()).isFalse();
    }

    private static void assertBrokenAt(ChainVerification verification, long sequence) {
        assertThat(verification.firstBroken()).hasValueSatisfying(broken ->
                assertThat(broken.sequence()).isEqualTo(sequence));
    }

    /** A workspace with a chain of {@link #ENTRIES} entries that verifies. */
    private static Chain chainOf(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        ResourceLocalTransactions transactions = new ResourceLocalTransactions(database.entityManagerFactory());
        WorkspaceId workspace = transactions.inTransaction(() -> new JpaWorkspaces(transactions)
                .save(Samples.workspace("Acme"))).id();
        AuditLog log = new AuditLog(new JpaAuditTrail(transactions, transactions),
                Clock.fixed(Instant.parse("2026-03-02T09:00:00.123456Z"), ZoneOffset.UTC), IdGenerator.random());
        AuditEntry last = null;
        for (int i = 1; i <= ENTRIES; i++) {
            String number = "INV-" + i;
            last = transactions.inTransaction(() -> log.record(workspace, "staff:owner@acme.example",
                    "invoice.issued", "invoice", number, Map.of("number", number), Map.of()));
        }
        assertThat(log.verify(workspace)).isEqualTo(new ChainVerification(ENTRIES, Optional.empty()));
        return new Chain(database, workspace, log, last);
    }

    private static void sql(TestDatabase database, String... statements) throws SQLException {
        try (Connection connection = database.dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
            connection.commit();
        }
    }

    private record Chain(TestDatabase database, WorkspaceId workspace, AuditLog log, AuditEntry last) {
    }
}
