package dev.clientportal.jpa;

import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.workspace.PeriodLock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A workspace's lock date. The row is written with its workspace (version 1, no date), so every check has a row to
 * lock, even before the first period is closed.
 */
@Entity(name = "PeriodLock")
@Table(name = "cp_period_lock")
class PeriodLockEntity {

    /** The version of the row a new workspace gets: stored, with every period open. */
    static final long CREATED_VERSION = 1;

    @Id
    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "locked_through")
    @Nullable LocalDate lockedThrough;

    @Column(name = "version", nullable = false)
    long version;

    protected PeriodLockEntity() {
    }

    PeriodLockEntity(UUID workspaceId, @Nullable LocalDate lockedThrough, long version) {
        this.workspaceId = workspaceId;
        this.lockedThrough = lockedThrough;
        this.version = version;
    }

    static PeriodLockEntity of(PeriodLock lock) {
        return new PeriodLockEntity(lock.workspaceId().value(), lock.lockedThrough(), lock.version());
    }

    PeriodLock toPeriodLock() {
        return new PeriodLock(new WorkspaceId(workspaceId), lockedThrough, version);
    }
}
