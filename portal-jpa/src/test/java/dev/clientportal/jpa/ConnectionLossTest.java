package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database ends the connection in the middle of a transaction ({@code pg_terminate_backend} on PostgreSQL,
 * {@code KILL} on MariaDB), again and again: each time the caller gets a retryable
 * {@link ErrorCode#STORE_UNAVAILABLE}, nothing of the broken transaction is stored, and running the operation again
 * applies it once.
 */
class ConnectionLossTest {

    private static final int ROUNDS = 5;

    @ParameterizedTest
    @EnumSource(value = Vendor.class, names = {"POSTGRESQL", "MARIADB"})
    void aConnectionKilledMidTransaction_isRetryable_andLeavesNoPartialWrite(Vendor vendor) throws Exception {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        ResourceLocalTransactions transactions = new ResourceLocalTransactions(database.entityManagerFactory());
        JpaWorkspaces workspaces = new JpaWorkspaces(transactions);
        JpaClients clients = new JpaClients(transactions);
        WorkspaceId workspaceId = transactions.inTransaction(
                () -> workspaces.save(Samples.workspace("Acme Design"))).id();

        for (int round = 1; round <= ROUNDS; round++) {
            List<Client> batch = List.of(Samples.client(workspaceId, "Globex " + round, CurrencyUnit.USD),
                    Samples.client(workspaceId, "Hooli " + round, CurrencyUnit.USD));

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                clients.save(batch.get(0));
                kill(vendor, database, connectionId(vendor, transactions));
                return clients.save(batch.get(1));
            })).isInstanceOfSatisfying(PortalException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(ErrorCode.STORE_UNAVAILABLE);
                assertThat(e.retryable()).isTrue();
            });
            assertThat(names(transactions, clients, workspaceId)).doesNotContain("Globex " + round, "Hooli " + round);

            transactions.inTransaction(() -> batch.stream().map(clients::save).toList());
        }

        List<String> expected = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            expected.add("Globex " + round);
            expected.add("Hooli " + round);
        }
        assertThat(names(transactions, clients, workspaceId)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> names(ResourceLocalTransactions transactions, JpaClients clients,
                                      WorkspaceId workspaceId) {
        return transactions.inTransaction(() -> clients.list(workspaceId, 0, 100)).stream().map(Client::name).toList();
    }

    private static long connectionId(Vendor vendor, ResourceLocalTransactions transactions) {
        String sql = vendor == Vendor.POSTGRESQL ? "select pg_backend_pid()" : "select connection_id()";
        return ((Number) transactions.current().createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** Ends a session from another connection, as an administrator or a failing server would. */
    private static void kill(Vendor vendor, TestDatabase database, long connectionId) {
        String sql = vendor == Vendor.POSTGRESQL ? "select pg_terminate_backend(" + connectionId + ")"
                : "kill " + connectionId;
        try (Connection admin = DriverManager.getConnection(database.url, vendor.user(), "");
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not end connection " + connectionId, e);
        }
    }
}
