package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The latest send per document, in a concurrent map: read on every view, so it stays off the transaction lock. */
final class InMemorySendLog implements DocumentSendLog {

    private final ConcurrentMap<DocumentKey, Instant> lastSent = new ConcurrentHashMap<>();

    @Override
    public void recordSend(WorkspaceId workspaceId, DocumentRef document, Instant at) {
        lastSent.merge(new DocumentKey(workspaceId, document), at, (earlier, later) ->
                later.isAfter(earlier) ? later : earlier);
    }

    @Override
    public Optional<Instant> lastSentAt(WorkspaceId workspaceId, DocumentRef document) {
        return Optional.ofNullable(lastSent.get(new DocumentKey(workspaceId, document)));
    }

    /** Every document's last send, as text. */
    List<String> all() {
        return lastSent.entrySet().stream().map(entry -> entry.getKey() + " sent " + entry.getValue()).toList();
    }
}
