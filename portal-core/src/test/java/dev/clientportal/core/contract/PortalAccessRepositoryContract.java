package dev.clientportal.core.contract;

import dev.clientportal.core.access.PortalAccess;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.access.PortalAccessRepository}: one record per contact, found by the
 * contact's id within its workspace, listed per client.
 */
public abstract class PortalAccessRepositoryContract extends WorkspaceScopedRepositoryContract<PortalAccess> {

    private ClientId clientId;

    @BeforeEach
    void storeTheClient() {
        clientId = storedClient(workspaceId, "Globex", USD).id();
    }

    /** A record of a new contact, stored first, with every optional instant set. */
    @Override
    protected PortalAccess newAggregate() {
        return Samples.portalAccess(storedContact(workspaceId, clientId, "Ana Ruiz"));
    }

    @Override
    protected PortalAccess save(PortalAccess access) {
        return stores.portalAccess().save(access);
    }

    @Override
    protected Optional<PortalAccess> findIn(WorkspaceId workspace, PortalAccess access) {
        return stores.portalAccess().find(workspace, access.contactId());
    }

    @Override
    protected PortalAccess withVersion(PortalAccess access, long version) {
        return access.withVersion(version);
    }

    @Override
    protected long versionOf(PortalAccess access) {
        return access.version();
    }

    /** Moves through the statuses: revoked → invited again → signed in → revoked, clearing and setting instants. */
    @Override
    protected PortalAccess changed(PortalAccess access) {
        return switch (access.status()) {
            case REVOKED -> new PortalAccess(access.workspaceId(), access.contactId(), access.clientId(),
                    PortalAccess.Status.INVITED, access.invitedAt().plus(Duration.ofDays(3)), access.lastSignInAt(),
                    null, access.version());
            case INVITED -> new PortalAccess(access.workspaceId(), access.contactId(), access.clientId(),
                    PortalAccess.Status.ACTIVE, access.invitedAt(), access.invitedAt().plusSeconds(1), null,
                    access.version());
            case ACTIVE -> new PortalAccess(access.workspaceId(), access.contactId(), access.clientId(),
                    PortalAccess.Status.REVOKED, access.invitedAt(), access.lastSignInAt(),
                    access.lastSignInAt().plusSeconds(1), access.version());
        };
    }

    @Test
    void aContactNeverInvited_hasNoRecord() {
        Contact bob = storedContact(workspaceId, clientId, "Bob Stone");

        assertThat(inTransaction(() -> stores.portalAccess().find(workspaceId, bob.id()))).isEmpty();
    }

    @Test
    void forClient_listsTheRecordsOfTheClientsContacts_only() {
        PortalAccess ana = inTransaction(() -> save(newAggregate()));
        PortalAccess bob = inTransaction(() -> save(changed(Samples.portalAccess(storedContact(workspaceId, clientId,
                "Bob Stone")))));
        ClientId hooli = storedClient(workspaceId, "Hooli", USD).id();
        inTransaction(() -> save(Samples.portalAccess(storedContact(workspaceId, hooli, "Cyd Park"))));

        assertThat(inTransaction(() -> stores.portalAccess().forClient(workspaceId, clientId)))
                .containsExactlyInAnyOrder(ana, bob);
        assertThat(inTransaction(() -> stores.portalAccess().forClient(storedWorkspace("Initech").id(), clientId)))
                .isEmpty();
    }
}
