package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wiring of {@link PortalConfiguration}: portal calls join the host's Spring transaction (the outermost one
 * decides), and the demo is written once, not again on the next start.
 */
class HostTransactionsTest extends RunningHost {

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPortalCallInTheHostsTransaction_rollsBackWithIt() {
        transactions.executeWithoutResult(status -> {
            portal.clients().create(owner(), new CreateClient("Rolled Back Ltd", "ap@rolled-back.example"));
            status.setRollbackOnly();
        });

        assertThat(portal.clients().list(owner(), 0, 100)).extracting(Client::name)
                .doesNotContain("Rolled Back Ltd");
    }

    @Test
    void aPortalCallInTheHostsTransaction_commitsWithIt() {
        Client created = transactions.execute(status ->
                portal.clients().create(owner(), new CreateClient("Committed Ltd", "ap@committed.example")));

        assertThat(created).isNotNull();
        assertThat(portal.clients().get(owner(), created.id()).name()).isEqualTo("Committed Ltd");
    }

    @Test
    void theDemoIsWrittenOnce_aRestartFindsIt() {
        int clients = portal.clients().list(owner(), 0, 100).size();

        demo.run(new DefaultApplicationArguments());

        assertThat(demo.workspaceId()).contains(workspace());
        assertThat(portal.clients().list(owner(), 0, 100)).hasSize(clients);
    }
}
