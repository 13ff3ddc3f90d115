package dev.clientportal.core.audit;

import dev.clientportal.core.kernel.WorkspaceId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The in-memory trail as an attacker with database access would leave it: writes go to the real trail, reads see
 * each workspace's chain, and its personal-data side records, after the tampering applied to them.
 */
final class TamperedTrail implements AuditTrail {
    private final AuditTrail stored;
    private final Map<WorkspaceId, UnaryOperator<List<AuditEntry>>> tamperings = new HashMap<>();
    private final Map<WorkspaceId, UnaryOperator<Map<UUID, AuditPersonalData>>> sideTamperings = new HashMap<>();

    TamperedTrail(AuditTrail stored) {
        this.stored = stored;
    }

    void tamper(WorkspaceId workspaceId, UnaryOperator<List<AuditEntry>> tampering) {
        tamperings.merge(workspaceId, tampering, (first, then) -> chain -> then.apply(first.apply(chain)));
    }

    /** Tampers with the side records of a workspace, as they are read by entry id. */
    void tamperPersonalData(WorkspaceId workspaceId, UnaryOperator<Map<UUID, AuditPersonalData>> tampering) {
        sideTamperings.merge(workspaceId, tampering, (first, then) -> records -> then.apply(first.apply(records)));
    }

    private List<AuditEntry> chain(WorkspaceId workspaceId) {
        List<AuditEntry> chain = stored.entries(workspaceId, 1, Integer.MAX_VALUE);
        return tamperings.getOrDefault(workspaceId, UnaryOperator.identity()).apply(chain);
    }

    @Override
    public AuditEntry appendNext(WorkspaceId workspaceId, Function<AuditCheckpoint, AuditEntry> next) {
        return stored.appendNext(workspaceId, next);
    }

    @Override
    public Optional<AuditEntry> latest(WorkspaceId workspaceId) {
        return stored.latest(workspaceId);
    }

    @Override
    public List<AuditEntry> entries(WorkspaceId workspaceId, long fromSequence, int limit) {
        return chain(workspaceId).stream().filter(entry -> entry.sequence() >= fromSequence).limit(limit).toList();
    }

    @Override
    public List<AuditEntry> forSubject(WorkspaceId workspaceId, String subjectType, String subjectId) {
        return chain(workspaceId).stream().filter(entry -> entry.subjectType().equals(subjectType)
                && entry.subjectId().equals(subjectId)).toList();
    }

    @Override
    public List<AuditEntry> byActor(WorkspaceId workspaceId, String actor) {
        return chain(workspaceId).stream().filter(entry -> entry.actor().equals(actor)).toList();
    }

    @Override
    public void storePersonalData(AuditPersonalData record) {
        stored.storePersonalData(record);
    }

    @Override
    public Map<UUID, AuditPersonalData> personalData(WorkspaceId workspaceId, Collection<UUID> entryIds) {
        Map<UUID, AuditPersonalData> records = new HashMap<>(stored.personalData(workspaceId, entryIds));
        Map<UUID, AuditPersonalData> tampered = sideTamperings.getOrDefault(workspaceId, UnaryOperator.identity())
                .apply(records);
        Map<UUID, AuditPersonalData> asked = new HashMap<>();
        entryIds.forEach(id -> Optional.ofNullable(tampered.get(id)).ifPresent(record -> asked.put(id, record)));
        return asked;
    }

    @Override
    public boolean erasePersonalData(AuditPersonalData tombstone) {
        return stored.erasePersonalData(tombstone);
    }
}
