package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.access.PortalSession;
import dev.clientportal.core.access.PortalSessionRepository;
import dev.clientportal.core.access.SessionId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryPortalSessions implements PortalSessionRepository {

    private final InMemoryTransactions transactions;
    private final Table<SessionId, PortalSession> rows;
    private final Table<String, SessionId> byHash;

    InMemoryPortalSessions(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.rows = new Table<>(transactions);
        this.byHash = new Table<>(transactions);
    }

    @Override
    public PortalSession save(PortalSession session) {
        return transactions.inTransaction(() -> {
            SessionId holder = byHash.insertIfAbsent(session.tokenHash(), session.id());
            if (holder != null && !holder.equals(session.id())) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "another session has the same hash");
            }
            return rows.saveVersioned(session.id(), session, session.version(), session::withVersion,
                    PortalSession::version, "session");
        });
    }

    @Override
    public boolean touch(WorkspaceId workspaceId, SessionId sessionId, Instant lastSeenAt) {
        return transactions.inTransaction(() -> {
            PortalSession session = rows.get(sessionId);
            if (session == null || !session.workspaceId().equals(workspaceId)
                    || !session.lastSeenAt().isBefore(lastSeenAt)) {
                return false;
            }
            rows.put(sessionId, new PortalSession(session.id(), session.workspaceId(), session.clientId(),
                    session.contactId(), session.tokenHash(), session.createdAt(), lastSeenAt,
                    session.absoluteExpiresAt(), session.revokedAt(), session.address(), session.userAgent(),
                    session.version()));
            return true;
        });
    }

    @Override
    public Optional<PortalSession> findByHash(String tokenHash) {
        return Optional.ofNullable(byHash.get(tokenHash)).map(rows::get);
    }

    @Override
    public List<PortalSession> unrevokedForContact(WorkspaceId workspaceId, ContactId contactId) {
        return rows.values().stream()
                .filter(session -> session.workspaceId().equals(workspaceId) && session.contactId().equals(contactId)
                        && session.revokedAt() == null)
                .sorted(Comparator.comparing(PortalSession::createdAt)
                        .thenComparing(session -> session.id().value()).reversed())
                .toList();
    }

    List<PortalSession> all() {
        return List.copyOf(rows.values());
    }
}
