package dev.clientportal.core.workspace;

import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Map;

final class PeriodsService implements Periods {

    private static final String SUBJECT = "workspace";

    private final WorkspaceRepository workspaces;
    private final PeriodLocks locks;
    private final PortalRuntime runtime;

    PeriodsService(WorkspaceRepository workspaces, PeriodLocks locks, PortalRuntime runtime) {
        this.workspaces = workspaces;
        this.locks = locks;
        this.runtime = runtime;
    }

    @Override
    public PeriodLock current(StaffPrincipal principal) {
        PortalException.requireField(principal, "principal");
        return runtime.execute(events -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            return locks.readShared(workspace.id()).orElseGet(() -> PeriodLock.none(workspace.id()));
        });
    }

    @Override
    public PeriodLock lock(StaffPrincipal principal, LocalDate lockedThrough) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(lockedThrough, "lockedThrough");
        InputLimits.requireDate(lockedThrough, "lockedThrough");
        return runtime.execute(events -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            LocalDate today = runtime.today(workspace.settings().timeZone());
            if (lockedThrough.isAfter(today)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lockedThrough", lockedThrough,
                        "must not be after today (" + today + ") in the workspace's zone: only past days close");
            }
            PeriodLock current = locks.readForChange(workspace.id()).orElseGet(() -> PeriodLock.none(workspace.id()));
            LocalDate from = current.lockedThrough();
            if (lockedThrough.equals(from)) {
                return current;
            }
            if (from != null && lockedThrough.isBefore(from)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lockedThrough", lockedThrough,
                        "is before the current lock date " + from
                                + "; moving it back is Periods.reopen, with a reason");
            }
            PeriodLock saved = locks.save(current.movedTo(lockedThrough));
            runtime.audit().record(workspace.id(), principal.actor(), "period.locked", SUBJECT,
                    workspace.id().toString(), Map.of("from", describe(from), "to", lockedThrough.toString()));
            return saved;
        });
    }

    @Override
    public PeriodLock reopen(StaffPrincipal principal, @Nullable LocalDate lockedThrough, String reason) {
        PortalException.requireField(principal, "principal");
        InputLimits.requireDate(lockedThrough, "lockedThrough");
        String why = PortalException.requireText(reason, "reason", InputLimits.REASON);
        return runtime.execute(events -> {
            Workspace workspace = workspaces.require(principal.workspaceId());
            PeriodLock current = locks.readForChange(workspace.id()).orElseGet(() -> PeriodLock.none(workspace.id()));
            LocalDate from = current.lockedThrough();
            if (from == null) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lockedThrough", lockedThrough,
                        "no period is locked, so there is nothing to reopen");
            }
            if (lockedThrough != null && !lockedThrough.isBefore(from)) {
                throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lockedThrough", lockedThrough,
                        "must be before the current lock date " + from + " to reopen; moving it forward is"
                                + " Periods.lock");
            }
            PeriodLock saved = locks.save(current.movedTo(lockedThrough));
            runtime.audit().record(workspace.id(), principal.actor(), "period.reopened", SUBJECT,
                    workspace.id().toString(), Map.of("from", from.toString(), "to", describe(lockedThrough)),
                    Map.of("reason", why));
            return saved;
        });
    }

    private static String describe(@Nullable LocalDate lockDate) {
        return lockDate == null ? "none" : lockDate.toString();
    }
}
