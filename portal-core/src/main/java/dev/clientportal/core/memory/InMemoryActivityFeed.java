package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.ActivityFeedStore;
import dev.clientportal.core.project.FeedCursor;
import dev.clientportal.core.project.FeedEntry;
import dev.clientportal.core.project.FeedEntryId;
import dev.clientportal.core.project.FeedReadMark;
import dev.clientportal.core.project.ProjectId;

import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Feed entries as one table keyed by id with a unique index on (workspace, natural key), and the read marks keyed by
 * (workspace, client, contact), as the SQL tables are.
 */
final class InMemoryActivityFeed implements ActivityFeedStore {

    private static final Comparator<FeedEntry> NEWEST_FIRST = Comparator.comparing(FeedEntry::position).reversed();

    private final InMemoryTransactions transactions;
    private final Table<FeedEntryId, FeedEntry> entries;
    private final Table<ScopedKey, FeedEntryId> naturalKeys;
    private final Table<MarkKey, FeedReadMark> marks;

    InMemoryActivityFeed(InMemoryTransactions transactions) {
        this.transactions = transactions;
        this.entries = new Table<>(transactions);
        this.naturalKeys = new Table<>(transactions);
        this.marks = new Table<>(transactions);
    }

    @Override
    public Optional<FeedEntry> insert(FeedEntry entry) {
        if (entry.version() != 0) {
            throw new IllegalArgumentException("a new feed entry has version 0: " + entry);
        }
        return transactions.inTransaction(() -> {
            if (entry.naturalKey() != null
                    && naturalKeys.insertIfAbsent(new ScopedKey(entry.workspaceId(), entry.naturalKey()), entry.id())
                    != null) {
                return Optional.empty();
            }
            FeedEntry stored = entry.withVersion(1);
            if (entries.insertIfAbsent(entry.id(), stored) != null) {
                throw new PortalException(ErrorCode.DUPLICATE_KEY, "feed entry " + entry.id() + " exists already");
            }
            return Optional.of(stored);
        });
    }

    @Override
    public FeedEntry update(FeedEntry entry) {
        if (entry.version() == 0) {
            throw new PortalException(ErrorCode.CONCURRENT_MODIFICATION, "feed entry " + entry.id()
                    + " was never stored; insert it first");
        }
        return entries.saveVersioned(entry.id(), entry, entry.version(), entry::withVersion, FeedEntry::version,
                "feed entry");
    }

    @Override
    public Optional<FeedEntry> find(WorkspaceId workspaceId, FeedEntryId id) {
        return Optional.ofNullable(entries.get(id)).filter(entry -> entry.workspaceId().equals(workspaceId));
    }

    @Override
    public List<FeedEntry> page(WorkspaceId workspaceId, ClientId clientId, @Nullable ProjectId projectId,
                                @Nullable FeedCursor before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return entries.values().stream()
                .filter(entry -> entry.workspaceId().equals(workspaceId) && entry.clientId().equals(clientId))
                .filter(entry -> projectId == null || projectId.equals(entry.projectId()))
                .filter(entry -> before == null || before.isAfter(entry.position()))
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public List<FeedEntry> awaitingInput(WorkspaceId workspaceId, @Nullable ClientId clientId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        return entries.values().stream()
                .filter(entry -> entry.workspaceId().equals(workspaceId) && entry.awaitingInput())
                .filter(entry -> clientId == null || entry.clientId().equals(clientId))
                .sorted(Comparator.comparing(FeedEntry::position)).limit(limit).toList();
    }

    @Override
    public void markRead(FeedReadMark mark) {
        marks.update(new MarkKey(mark.workspaceId(), mark.clientId(), mark.contactId()),
                current -> current == null || mark.position().isAfter(current.position()) ? mark : current);
    }

    @Override
    public Optional<FeedReadMark> readMark(WorkspaceId workspaceId, ClientId clientId, ContactId contactId) {
        return Optional.ofNullable(marks.get(new MarkKey(workspaceId, clientId, contactId)));
    }

    @Override
    public List<FeedReadMark> readMarks(WorkspaceId workspaceId, ClientId clientId) {
        return marks.values().stream()
                .filter(mark -> mark.workspaceId().equals(workspaceId) && mark.clientId().equals(clientId)).toList();
    }

    List<FeedEntry> all() {
        return List.copyOf(entries.values());
    }

    private record MarkKey(WorkspaceId workspaceId, ClientId clientId, ContactId contactId) {
    }
}
