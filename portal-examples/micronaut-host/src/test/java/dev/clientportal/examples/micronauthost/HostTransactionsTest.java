package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceSettings;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class HostTransactionsTest {

    @Inject
    ClientPortal portal;

    @Inject
    MicronautTransactions transactions;

    @Inject
    TransactionOperations<Session> operations;

    @Test
    void aPortalCallInsideTheAppsTransactionCommitsOrRollsBackWithIt() {
        List<Workspace> created = new ArrayList<>();
        assertThatThrownBy(() -> operations.executeWrite(status -> {
            created.add(portal.workspaces().create(workspace("Rolled back")));
            throw new IllegalStateException("the app's own work failed");
        })).hasMessage("the app's own work failed");

        assertThatThrownBy(() -> portal.workspaces().get(StaffPrincipal.system(created.get(0).id())))
                .hasMessageContaining(created.get(0).id().toString());

        Workspace kept = operations.executeWrite(status -> portal.workspaces().create(workspace("Committed")));
        assertThat(portal.workspaces().get(StaffPrincipal.system(kept.id())).settings().name()).isEqualTo("Committed");
    }

    @Test
    void afterCommitCallbacksRunOnlyAfterTheOutermostTransactionCommits() {
        List<String> seen = new ArrayList<>();
        operations.executeWrite(status -> {
            transactions.inTransaction(() -> {
                transactions.afterCommit(() -> seen.add("committed; open again: " + transactions.inTransaction(
                        transactions::isTransactionOpen)));
                return null;
            });
            seen.add("still inside");
            return null;
        });
        assertThat(seen).containsExactly("still inside", "committed; open again: true");

        List<Workspace> fromCallback = new ArrayList<>();
        transactions.inTransaction(() -> {
            transactions.afterCommit(() -> fromCallback.add(portal.workspaces().create(workspace("After commit"))));
            return null;
        });
        assertThat(portal.workspaces().get(StaffPrincipal.system(fromCallback.get(0).id())).settings().name())
                .isEqualTo("After commit");

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.afterCommit(() -> seen.add("never"));
            throw new IllegalArgumentException("rolled back");
        })).hasMessage("rolled back");
        assertThat(seen).hasSize(2);
        assertThat(transactions.isTransactionOpen()).isFalse();
    }

    private static CreateWorkspace workspace(String name) {
        return new CreateWorkspace(WorkspaceSettings.defaults(name, CurrencyUnit.USD, PaymentTerms.net(30)),
                new Branding("", "#1D3557", "#C2410C"));
    }
}
