package dev.clientportal.core.memory;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.project.FeedDigestLog;
import dev.clientportal.core.project.FeedDigestMark;
import dev.clientportal.core.project.FeedEntryKind;

import java.time.Instant;
import java.util.List;

/**
 * The contacts' digest marks keyed by (workspace, client, contact), as the SQL table is; a mark advances under its
 * row's lock when its stored version is the one the caller read. Clients with new updates are read from the feed.
 */
final class InMemoryFeedDigests implements FeedDigestLog {

    private final InMemoryActivityFeed feed;
    private final Table<MarkKey, FeedDigestMark> marks;

    InMemoryFeedDigests(InMemoryTransactions transactions, InMemoryActivityFeed feed) {
        this.feed = feed;
        this.marks = new Table<>(transactions);
    }

    @Override
    public List<ClientFeed> clientsWithUpdates(Instant after, Instant upTo) {
        return feed.all().stream()
                .filter(entry -> entry.kind() == FeedEntryKind.UPDATE && !entry.superseded())
                .filter(entry -> entry.createdAt().isAfter(after) && !entry.createdAt().isAfter(upTo))
                .map(entry -> new ClientFeed(entry.workspaceId(), entry.clientId()))
                .distinct().toList();
    }

    @Override
    public List<FeedDigestMark> marks(WorkspaceId workspaceId, ClientId clientId) {
        return marks.values().stream()
                .filter(mark -> mark.workspaceId().equals(workspaceId) && mark.clientId().equals(clientId)).toList();
    }

    @Override
    public boolean advance(FeedDigestMark next) {
        FeedDigestMark stored = next.withVersion(next.version() + 1);
        MarkKey key = new MarkKey(next.workspaceId(), next.clientId(), next.contactId());
        if (next.version() == 0) {
            return marks.insertIfAbsent(key, stored) == null;
        }
        return marks.update(key, current -> {
            if (current == null) {
                throw new IllegalArgumentException("no digest mark to advance from version " + next.version()
                        + ": " + key);
            }
            return current.version() == next.version() ? stored : current;
        }) == stored;
    }

    List<FeedDigestMark> all() {
        return List.copyOf(marks.values());
    }

    private record MarkKey(WorkspaceId workspaceId, ClientId clientId, ContactId contactId) {
    }
}
