package dev.clientportal.core.approval;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.pricing.LineItem;

import java.util.Arrays;
import java.util.List;

/**
 * A milestone a deliverable is linked to: approving the deliverable bills it, exactly once.
 *
 * @param name    what the milestone is called, e.g. "Brand identity — phase 1"; it becomes the invoice's note
 * @param lines   the milestone invoice's lines, no {@code null} element
 * @param billing whether approval issues the invoice or leaves it as a draft
 */
public record Milestone(String name, List<LineItem> lines, MilestoneBilling billing) {

    private static final int MAX_NAME = 200;

    /**
     * Requires a name, at least one line and a billing setting.
     *
     * @param name    what the milestone is called, e.g. "Brand identity — phase 1"; it becomes the invoice's note
     * @param lines   the milestone invoice's lines, no {@code null} element
     * @param billing whether approval issues the invoice or leaves it as a draft
     * @throws PortalException {@link ErrorCode#REQUIRED} or {@link ErrorCode#INVALID_VALUE}
     */
    public Milestone {
        name = PortalException.requireLine(name, "milestone.name", MAX_NAME);
        lines = PortalException.requireElements(lines, "milestone.lines", InputLimits.LIST);
        if (lines.isEmpty()) {
            throw PortalException.invalid(ErrorCode.REQUIRED, "milestone.lines", "[]",
                    "a milestone bills one line or more");
        }
        PortalException.requireField(billing, "milestone.billing");
    }

    /**
     * A milestone whose invoice is issued when the deliverable is approved.
     *
     * @param name  the milestone's name, shown in the history
     * @param lines what the milestone's invoice bills, at least one line
     * @return the milestone
     */
    public static Milestone issuedOnApproval(String name, LineItem... lines) {
        return new Milestone(name, Arrays.asList(PortalException.requireField(lines, "milestone.lines")),
                MilestoneBilling.ISSUE);
    }

    /**
     * A milestone whose invoice is drafted when the deliverable is approved.
     *
     * @param name  the milestone's name, shown in the history
     * @param lines what the milestone's invoice bills, at least one line
     * @return the milestone
     */
    public static Milestone draftedOnApproval(String name, LineItem... lines) {
        return new Milestone(name, Arrays.asList(PortalException.requireField(lines, "milestone.lines")),
                MilestoneBilling.DRAFT);
    }
}
