package dev.clientportal.core.internal;

import dev.clientportal.core.audit.Audit;
import dev.clientportal.core.audit.AuditCheckpoint;
import dev.clientportal.core.audit.AuditEntry;
import dev.clientportal.core.audit.AuditPersonalData;
import dev.clientportal.core.audit.AuditTrail;
import dev.clientportal.core.audit.ChainVerification;
import dev.clientportal.core.audit.PersonalDataErasure;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Internal
public final class AuditService implements Audit {

    private static final int MAX_PAGE = 1000;

    private final AuditTrail trail;
    private final PortalRuntime runtime;

    public AuditService(AuditTrail trail, PortalRuntime runtime) {
        this.trail = trail;
        this.runtime = runtime;
    }

    @Override
    public ChainVerification verify(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> runtime.audit().verify(principal.workspaceId()));
    }

    @Override
    public ChainVerification verify(StaffPrincipal principal, AuditCheckpoint checkpoint) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(checkpoint, "checkpoint");
        if (!checkpoint.workspaceId().equals(principal.workspaceId())) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "checkpoint", checkpoint.workspaceId(),
                    "must be a checkpoint of the caller's workspace");
        }
        return runtime.read(() -> runtime.audit().verify(checkpoint));
    }

    @Override
    public AuditCheckpoint checkpoint(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.read(() -> runtime.audit().checkpoint(principal.workspaceId()));
    }

    @Override
    public List<AuditEntry> forSubject(StaffPrincipal principal, String subjectType, String subjectId) {
        PortalException.requireField(principal, "principal");
        String type = PortalException.requireText(subjectType, "subjectType");
        String id = PortalException.requireText(subjectId, "subjectId");
        return runtime.read(() -> trail.forSubject(principal.workspaceId(), type, id));
    }

    @Override
    public List<AuditEntry> entries(StaffPrincipal principal, long fromSequence, int limit) {
        PortalException.requireField(principal, "principal");
        if (fromSequence < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "fromSequence", fromSequence, "must be at least 1");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "limit", limit, "must be between 1 and " + MAX_PAGE);
        }
        return runtime.read(() -> trail.entries(principal.workspaceId(), fromSequence, limit));
    }

    @Override
    public List<AuditEntry> securityEvents(StaffPrincipal principal, long fromSequence, int limit) {
        PortalException.requireField(principal, "principal");
        if (fromSequence < 1 || limit < 1 || limit > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "page", fromSequence + "/" + limit,
                    "fromSequence must be at least 1 and limit between 1 and " + MAX_PAGE);
        }
        return runtime.read(() -> {
            // the chain is read page by page until enough security events are found or it ends
            List<AuditEntry> found = new ArrayList<>();
            long next = fromSequence;
            while (found.size() < limit) {
                List<AuditEntry> page = trail.entries(principal.workspaceId(), next, MAX_PAGE);
                for (AuditEntry entry : page) {
                    if (entry.action().startsWith(SECURITY_PREFIX) && found.size() < limit) {
                        found.add(entry);
                    }
                }
                if (page.size() < MAX_PAGE) {
                    break;
                }
                next = page.get(page.size() - 1).sequence() + 1;
            }
            return List.copyOf(found);
        });
    }

    @Override
    public Optional<AuditPersonalData> personalData(StaffPrincipal principal, UUID entryId) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(entryId, "entryId");
        return runtime.read(() -> trail.personalData(principal.workspaceId(), entryId));
    }

    @Override
    public PersonalDataErasure erasePersonalData(StaffPrincipal principal, String subjectType, String subjectId) {
        PortalException.requireField(principal, "principal");
        String type = PortalException.requireText(subjectType, "subjectType");
        String id = PortalException.requireText(subjectId, "subjectId");
        return runtime.execute(events -> {
            Set<UUID> entryIds = new LinkedHashSet<>();
            trail.forSubject(principal.workspaceId(), type, id).forEach(entry -> collect(entry, entryIds));
            trail.byActor(principal.workspaceId(), type + ":" + id).forEach(entry -> collect(entry, entryIds));
            return runtime.audit().erasePersonalData(principal.workspaceId(), principal.actor(), type, id, entryIds);
        });
    }

    @Override
    public PersonalDataErasure erasePersonalData(StaffPrincipal principal, Collection<UUID> entryIds) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(entryIds, "entryIds");
        if (entryIds.isEmpty() || entryIds.size() > MAX_PAGE) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "entryIds", entryIds.size() + " ids",
                    "must name between 1 and " + MAX_PAGE + " entries");
        }
        if (entryIds.stream().anyMatch(Objects::isNull)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "entryIds", "null", "must not contain null");
        }
        Set<UUID> ids = Set.copyOf(entryIds);
        return runtime.execute(events -> runtime.audit().erasePersonalData(principal.workspaceId(),
                principal.actor(), "audit", principal.workspaceId().toString(), ids));
    }

    private static void collect(AuditEntry entry, Set<UUID> entryIds) {
        if (entry.hasPersonalData()) {
            entryIds.add(entry.id());
        }
    }
}
