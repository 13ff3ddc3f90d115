package dev.clientportal.core.project;

import java.util.EnumSet;
import java.util.Set;

/** Where a project stands. The allowed moves are listed here and nowhere else. */
public enum ProjectStatus {
    /** Work is going on. */
    ACTIVE,
    /** Paused; may resume or be closed. */
    ON_HOLD,
    /** Finished; may be reopened. */
    DONE;

    /**
     * The states a project in this state may move to; never the state itself.
     *
     * @return the states a project in this state may move to
     */
    public Set<ProjectStatus> allowedNext() {
        return switch (this) {
            case ACTIVE -> EnumSet.of(ON_HOLD, DONE);
            case ON_HOLD -> EnumSet.of(ACTIVE, DONE);
            case DONE -> EnumSet.of(ACTIVE);
        };
    }

    /**
     * Whether a project in this state may move to {@code next}.
     *
     * @param next the state to move to
     * @return whether the move is allowed
     */
    public boolean canMoveTo(ProjectStatus next) {
        return allowedNext().contains(next);
    }
}
