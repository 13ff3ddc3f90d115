package dev.clientportal.core.project;

import java.util.Objects;

/**
 * How far a project has come: its deliverables approved out of all its deliverables, and its money so far.
 *
 * @param project              the project
 * @param deliverablesApproved how many of its deliverables have their latest version approved
 * @param deliverablesTotal    how many deliverables belong to it
 * @param budget               its budget, what was invoiced and what was paid
 */
public record ProjectProgress(Project project, int deliverablesApproved, int deliverablesTotal,
                              BudgetSummary budget) {

    /**
     * Checks that the counts fit together.
     *
     * @param project              the project
     * @param deliverablesApproved approved deliverables, 0 to {@code deliverablesTotal}
     * @param deliverablesTotal    all its deliverables, at least 0
     * @param budget               its money so far
     */
    public ProjectProgress {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(budget, "budget");
        if (deliverablesTotal < 0 || deliverablesApproved < 0 || deliverablesApproved > deliverablesTotal) {
            throw new IllegalArgumentException("approved " + deliverablesApproved + " of " + deliverablesTotal);
        }
    }
}
