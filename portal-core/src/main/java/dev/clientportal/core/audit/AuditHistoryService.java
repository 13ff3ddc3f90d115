package dev.clientportal.core.audit;

import dev.clientportal.core.ErrorCode;
import dev.clientportal.core.PortalException;
import dev.clientportal.core.PortalRuntime;
import dev.clientportal.core.workspace.StaffPrincipal;

import java.util.ArrayList;
import java.util.List;

final class AuditHistoryService implements AuditHistory {

    private static final int MAX_PAGE = 1000;

    private final AuditTrail trail;
    private final PortalRuntime runtime;

    AuditHistoryService(AuditTrail trail, PortalRuntime runtime) {
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
}
