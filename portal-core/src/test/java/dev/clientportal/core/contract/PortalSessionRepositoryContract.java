package dev.clientportal.core.contract;

import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.kernel.WorkspaceId;
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

    @Test
    void touch_movesTheLastSeenTimeForward_andLeavesTheVersionAndEverythingElse() {
        PortalSession session = inTransaction(() -> save(newAggregate()));
        Instant later = session.lastSeenAt().plus(Duration.ofMinutes(5));

        assertThat(inTransaction(() -> stores.portalSessions().touch(workspaceId, session.id(), later))).isTrue();

        PortalSession touched = inTransaction(() -> findByHash(session.tokenHash())).orElseThrow();
        assertThat(touched.lastSeenAt()).isEqualTo(later);
        assertThat(touched.version()).isEqualTo(session.version());
        assertThat(touched.absoluteExpiresAt()).isEqualTo(session.absoluteExpiresAt());
    }

    @Test
    void touch_neverMovesTheLastSeenTimeBack() {
        PortalSession session = inTransaction(() -> save(newAggregate()));
        Instant later = session.lastSeenAt().plus(Duration.ofMinutes(5));
        inTransaction(() -> stores.portalSessions().touch(workspaceId, session.id(), later));

        assertThat(inTransaction(() -> stores.portalSessions().touch(workspaceId, session.id(),
                later.minusSeconds(60)))).isFalse();
        assertThat(inTransaction(() -> stores.portalSessions().touch(workspaceId, session.id(), later))).isFalse();

        assertThat(inTransaction(() -> findByHash(session.tokenHash())).orElseThrow().lastSeenAt()).isEqualTo(later);
    }

    @Test
    void touch_doesNotConflictWithASaveOfTheVersionItWasLoadedAt_andKeepsARevocation() {
        PortalSession session = inTransaction(() -> save(newAggregate()));
        inTransaction(() -> stores.portalSessions().touch(workspaceId, session.id(),
                session.lastSeenAt().plus(Duration.ofMinutes(5))));
        PortalSession revoked = new PortalSession(session.id(), session.workspaceId(), session.clientId(),
                session.contactId(), session.tokenHash(), session.createdAt(), session.lastSeenAt(),
                session.absoluteExpiresAt(), session.lastSeenAt().plusSeconds(1), session.address(),
                session.userAgent(), session.version());

        PortalSession saved = inTransaction(() -> save(revoked));
        inTransaction(() -> stores.portalSessions().touch(workspaceId, session.id(),
                session.lastSeenAt().plus(Duration.ofMinutes(10))));

        assertThat(inTransaction(() -> findByHash(session.tokenHash())).orElseThrow().revokedAt())
                .isEqualTo(saved.revokedAt());
    }

    @Test
    void touch_ofASessionInAnotherWorkspace_changesNothing() {
        PortalSession session = inTransaction(() -> save(newAggregate()));
        WorkspaceId other = storedWorkspace("Other").id();

        assertThat(inTransaction(() -> stores.portalSessions().touch(other, session.id(),
                session.lastSeenAt().plus(Duration.ofMinutes(5))))).isFalse();

        assertThat(inTransaction(() -> findByHash(session.tokenHash())).orElseThrow().lastSeenAt())
                .isEqualTo(session.lastSeenAt());
    }
}
