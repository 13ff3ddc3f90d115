package dev.clientportal.core.contract;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.clientportal.core.client.ClientRepository}. */
public abstract class ClientRepositoryContract extends WorkspaceScopedRepositoryContract<Client> {

    @Override
    protected Client newAggregate() {
        return Samples.richClient(workspaceId);
    }

    @Override
    protected Client save(Client client) {
        return stores.clients().save(client);
    }

    @Override
    protected Optional<Client> findIn(WorkspaceId workspace, Client client) {
        return stores.clients().find(workspace, client.id());
    }

    @Override
    protected Client withVersion(Client client, long version) {
        return client.withVersion(version);
    }

    @Override
    protected long versionOf(Client client) {
        return client.version();
    }

    @Override
    protected Client changed(Client client) {
        Client more = client.withCreditAdded(Money.of("1.00", USD));
        return new Client(more.id(), more.workspaceId(), more.name(), more.email(), more.billingAddress(),
                more.taxId(), more.currency(), more.taxExempt(), more.locale(), more.creditBalances(), !more.archived(),
                more.createdAt(), more.version());
    }

    @Test
    void creditUsedUpInOneCurrency_isGoneWhenReadBack() {
        Client stored = inTransaction(() -> stores.clients().save(Samples.richClient(workspaceId)));

        Client saved = inTransaction(() -> stores.clients().save(stored.withCreditUsed(Money.of("80.00", EUR))));

        Client read = inTransaction(() -> stores.clients().find(workspaceId, stored.id())).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.creditBalances()).isEqualTo(Map.of(USD, Money.of("125.50", USD)));
    }

    @Test
    void list_ordersAWorkspacesClientsByNameThenId_andPages() {
        Client echo2 = storedWithId("Echo", 2);
        Client delta = storedClient(workspaceId, "Delta", USD);
        Client echo1 = storedWithId("Echo", 1);
        Client alpha = storedClient(workspaceId, "Alpha", EUR);
        Client charlie = storedClient(workspaceId, "Charlie", USD);
        Client bravo = storedClient(workspaceId, "Bravo", USD);
        storedClient(storedWorkspace("Initech").id(), "Aardvark", USD);

        assertThat(list(0, 10)).containsExactly(alpha, bravo, charlie, delta, echo1, echo2);
        assertThat(list(2, 3)).containsExactly(charlie, delta, echo1);
        assertThat(list(5, 10)).containsExactly(echo2);
        assertThat(list(6, 10)).isEmpty();
    }

    @Test
    void list_ofAWorkspaceWithoutClients_isEmpty() {
        assertThat(list(0, 10)).isEmpty();
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(inTransaction(() -> stores.clients().find(workspaceId, new ClientId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void findAll_findsTheWorkspacesClientsAmongTheIds_andLeavesOutUnknownIdsAndOtherWorkspaces() {
        Client alpha = storedClient(workspaceId, "Alpha", EUR);
        Client bravo = inTransaction(() -> stores.clients().save(Samples.richClient(workspaceId)));
        Client elsewhere = storedClient(storedWorkspace("Initech").id(), "Aardvark", USD);
        List<ClientId> ids = new ArrayList<>(List.of(bravo.id(), elsewhere.id(), alpha.id()));
        for (int i = 0; i < 1_100; i++) {
            ids.add(new ClientId(UUID.randomUUID()));
        }

        assertThat(inTransaction(() -> stores.clients().findAll(workspaceId, ids)))
                .containsExactlyInAnyOrder(alpha, bravo);
        assertThat(inTransaction(() -> stores.clients().findAll(workspaceId, List.of()))).isEmpty();
    }

    @Test
    void requireForUpdate_readsTheClient_whoseSavesInTheTransactionFollowTheVersionCheck() {
        Client stored = inTransaction(() -> stores.clients().save(Samples.richClient(workspaceId)));

        Client twice = inTransaction(() -> {
            Client read = stores.clients().requireForUpdate(workspaceId, stored.id());
            assertThat(read).isEqualTo(stored);
            Client once = stores.clients().save(read.withCreditAdded(Money.of("5.00", USD)));
            return stores.clients().save(once.withCreditAdded(Money.of("1.00", USD)));
        });

        assertThat(twice.version()).isEqualTo(stored.version() + 2);
        assertThat(twice.creditBalance(USD)).isEqualTo(stored.creditBalance(USD).plus(Money.of("6.00", USD)));
        assertThat(inTransaction(() -> stores.clients().find(workspaceId, stored.id()))).contains(twice);
        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> inTransaction(() -> {
            stores.clients().requireForUpdate(workspaceId, stored.id());
            return stores.clients().save(twice.withVersion(twice.version() - 1).withCreditAdded(Money.of("1.00",
                    USD)));
        }));
        assertThat(inTransaction(() -> stores.clients().find(workspaceId, stored.id()))).contains(twice);
    }

    @Test
    void requireForUpdate_ofAnUnknownIdOrAnotherWorkspacesClient_isNotFound() {
        Client elsewhere = storedClient(storedWorkspace("Initech").id(), "Aardvark", USD);

        assertFailsWith(ErrorCode.CLIENT_NOT_FOUND, () -> inTransaction(() -> stores.clients()
                .requireForUpdate(workspaceId, new ClientId(UUID.randomUUID()))));
        assertFailsWith(ErrorCode.CLIENT_NOT_FOUND, () -> inTransaction(() -> stores.clients()
                .requireForUpdate(workspaceId, elsewhere.id())));
    }

    private List<Client> list(int offset, int limit) {
        return inTransaction(() -> stores.clients().list(workspaceId, offset, limit));
    }

    private Client storedWithId(String name, int n) {
        Client plain = Samples.client(workspaceId, name, USD);
        return inTransaction(() -> stores.clients().save(new Client(new ClientId(Samples.orderedUuid(n)),
                plain.workspaceId(), plain.name(), plain.email(), plain.billingAddress(), plain.taxId(),
                plain.currency(), plain.taxExempt(), plain.locale(), plain.creditBalances(), plain.archived(), plain.createdAt(), 0)));
    }
}
