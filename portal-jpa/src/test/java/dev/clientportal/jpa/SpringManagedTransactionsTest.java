package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.contract.Samples;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.Workspace;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The adapter under a container's transactions, as a Spring host wires it: the ports write through Spring's shared,
 * transaction-bound entity manager, and the host's {@link SpringTransactionRunner} decides commit and rollback.
 */
class SpringManagedTransactionsTest {

    private SpringTransactionRunner transactions;
    private JpaWorkspaces workspaces;
    private JpaClients clients;
    private JpaNumberSequence numbers;

    void wire(Vendor vendor) {
        TestDatabase database = TestDatabase.of(vendor);
        database.clean();
        EntityManager shared = SharedEntityManagerCreator.createSharedEntityManager(database.entityManagerFactory());
        EntityManagers boundToTheHostsTransaction = () -> shared;
        transactions = new SpringTransactionRunner(new JpaTransactionManager(database.entityManagerFactory()));
        workspaces = new JpaWorkspaces(boundToTheHostsTransaction);
        clients = new JpaClients(boundToTheHostsTransaction);
        numbers = new JpaNumberSequence(boundToTheHostsTransaction, transactions);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void committedWorkIsStored_andAfterCommitWorkRunsOnlyThen(Vendor vendor) {
        wire(vendor);
        List<String> log = new ArrayList<>();

        Workspace workspace = transactions.inTransaction(() -> {
            Workspace saved = workspaces.save(Samples.workspace("Acme Design"));
            transactions.afterCommit(() -> log.add("published after commit"));
            log.add("work done");
            return saved;
        });

        assertThat(log).containsExactly("work done", "published after commit");
        assertThat(transactions.inReadOnlyTransaction(() -> workspaces.find(workspace.id()))).contains(workspace);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void workThatThrows_leavesNothing_andItsAfterCommitWorkNeverRuns(Vendor vendor) {
        wire(vendor);
        Workspace workspace = transactions.inTransaction(() -> workspaces.save(Samples.workspace("Acme Design")));
        List<String> log = new ArrayList<>();
        IllegalStateException failure = new IllegalStateException("the host's own step failed");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            clients.save(Samples.client(workspace.id(), "Globex", CurrencyUnit.USD));
            numbers.next(workspace.id(), "invoice:INV-2026-{seq}");
            assertThat(numbers.turnTaken(workspace.id(), "invoice:INV-2026-{seq}")).isTrue();
            transactions.afterCommit(() -> log.add("published"));
            throw failure;
        })).isSameAs(failure);

        assertThat(numbers.turnTaken(workspace.id(), "invoice:INV-2026-{seq}")).isFalse();
        assertThat(log).isEmpty();
        assertThat(transactions.inTransaction(() -> clients.list(workspace.id(), 0, 10))).isEmpty();
        assertThat(transactions.inTransaction(() -> numbers.next(workspace.id(), "invoice:INV-2026-{seq}")))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void portWorkJoinsTheHostsOpenTransaction(Vendor vendor) {
        wire(vendor);
        Workspace workspace = transactions.inTransaction(() -> workspaces.save(Samples.workspace("Acme Design")));

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            // the portal's own runner call inside the host's transaction joins it rather than committing early
            transactions.inTransaction(() -> clients.save(Samples.client(workspace.id(), "Globex", CurrencyUnit.USD)));
            assertThat(transactions.isTransactionOpen()).isTrue();
            throw new IllegalStateException("the host rolls back");
        })).hasMessage("the host rolls back");

        assertThat(transactions.inTransaction(() -> clients.list(workspace.id(), 0, 10))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Vendor.class)
    void aStaleSaveIsATypedRetryableConflict(Vendor vendor) {
        wire(vendor);
        Workspace workspace = transactions.inTransaction(() -> workspaces.save(Samples.workspace("Acme Design")));
        Client loaded = transactions.inTransaction(
                () -> clients.save(Samples.client(workspace.id(), "Globex", CurrencyUnit.USD)));
        transactions.inTransaction(() -> clients.save(loaded));

        assertThatThrownBy(() -> transactions.inTransaction(() -> clients.save(loaded)))
                .isInstanceOfSatisfying(PortalException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
                    assertThat(e.retryable()).isTrue();
                });
    }
}
