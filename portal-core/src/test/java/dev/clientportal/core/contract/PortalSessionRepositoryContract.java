package dev.clientportal.core.contract;

import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link dev.clientportal.core.access.PortalSessionRepository}: besides what every store of secrets
 * promises, a contact's unrevoked sessions list newest first.
 */
public abstract class PortalSessionRepositoryContract extends ContactSecretRepositoryContract<PortalSession> {

    @Override
    protected PortalSession sample(Contact contact, Instant createdAt) {
        return Samples.session(contact, createdAt);
    }

    @Override
    protected PortalSession withHash(PortalSession session, String tokenHash) {
        return new PortalSession(session.id(), session.workspaceId(), session.clientId(), session.contactId(),
                tokenHash, session.createdAt(), session.lastSeenAt(), session.absoluteExpiresAt(),
                session.revokedAt(), session.address(), session.userAgent(), session.version());
    }

    @Override
    protected String hashOf(PortalSession session) {
        return session.tokenHash();
    }

    @Override
    protected Optional<PortalSession> findByHash(String tokenHash) {
        return stores.portalSessions().findByHash(tokenHash);
    }

    @Override
    protected List<PortalSession> listed(WorkspaceId workspace, Contact contact) {
        return stores.portalSessions().unrevokedForContact(workspace, contact.id());
    }

    @Override
    protected PortalSession save(PortalSession session) {
        return stores.portalSessions().save(session);
    }

    @Override
    protected PortalSession withVersion(PortalSession session, long version) {
        return session.withVersion(version);
    }

    @Override
    protected long versionOf(PortalSession session) {
        return session.version();
    }

    /** A request a minute later, and the revocation set or cleared, so the nullable column is written both ways. */
    @Override
    protected PortalSession changed(PortalSession session) {
        return new PortalSession(session.id(), session.workspaceId(), session.clientId(), session.contactId(),
                session.tokenHash(), session.createdAt(), session.lastSeenAt().plus(Duration.ofMinutes(1)),
                session.absoluteExpiresAt(), session.revokedAt() == null ? session.lastSeenAt() : null,
                session.address(), session.userAgent(), session.version());
    }

    @Test
    void unrevokedForContact_listsTheContactsLiveSessionsNewestFirst() {
        PortalSession oldest = inTransaction(() -> save(newAggregate()));
        PortalSession newest = inTransaction(() -> save(sample(ana, Samples.CREATED.plus(Duration.ofDays(1)))));
        PortalSession middle = inTransaction(() -> save(sample(ana, Samples.CREATED.plus(Duration.ofHours(1)))));
        PortalSession revoked = inTransaction(() -> save(changed(save(sample(ana,
                Samples.CREATED.plus(Duration.ofHours(2)))))));
        Contact bob = storedContact(workspaceId, clientId, "Bob Stone");
        inTransaction(() -> save(sample(bob, Samples.CREATED.plus(Duration.ofHours(3)))));

        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(inTransaction(() -> listed(workspaceId, ana))).containsExactly(newest, middle, oldest);
    }
}
