package dev.clientportal.core.project;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What a new project starts with; it starts {@link ProjectStatus#ACTIVE}.
 *
 * @param name      a short single-line name, 1 to {@value Project#MAX_NAME} characters
 * @param startDate when it starts, {@code null} when open
 * @param endDate   when it is to end, {@code null} when open; never before {@code startDate}
 * @param budget    the budget, {@code null} without one; in the workspace's or the client's currency, which becomes
 *                  the project's (without a budget the client's)
 */
public record NewProject(String name, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                         @Nullable Money budget) {

    /**
     * Checks the name and dates.
     *
     * @param name a short single-line name, 1 to {@value Project#MAX_NAME} characters
     * @param startDate when it starts, {@code null} when open
     * @param endDate when it is to end, {@code null} when open; never before {@code startDate}
     * @param budget the budget, {@code null} without one; in the workspace's or the client's currency, which becomes
     *                  the project's (without a budget the client's)
     * @throws PortalException {@code REQUIRED} or {@code INVALID_VALUE} naming the field
     */
    public NewProject {
        name = PortalException.requireLine(name, "project.name", Project.MAX_NAME);
        startDate = InputLimits.requireDate(startDate, "project.startDate");
        endDate = InputLimits.requireDate(endDate, "project.endDate");
        Project.requireEndNotBeforeStart(startDate, endDate);
    }

    /**
     * A project with just a name: open dates, no budget.
     *
     * @param name the project's name
     * @return the command
     */
    public static NewProject named(String name) {
        return new NewProject(name, null, null, null);
    }
}
