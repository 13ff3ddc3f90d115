package dev.clientportal.core.automation;

import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.pricing.LineItem;

import java.time.LocalDate;
import java.util.List;

/**
 * New lines (and so new prices) of a recurring invoice, for every period dated on or after {@code effectiveFrom}.
 *
 * @param effectiveFrom the first period date the lines apply to
 * @param lines         the lines, at least one
 */
public record LineChange(LocalDate effectiveFrom, List<LineItem> lines) {

    /**
     * Requires a date and at least one line.
     *
     * @param effectiveFrom the first period date the lines apply to
     * @param lines         the lines, at least one
     */
    public LineChange {
        PortalException.requireField(effectiveFrom, "effectiveFrom");
        lines = RecurringTemplate.requireLines(lines);
    }
}
