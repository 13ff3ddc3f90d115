package dev.clientportal.core.project;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of work for one client: its name, status, dates and optional budget. Immutable; every change returns a new
 * instance, and only the moves of {@link ProjectStatus} are possible.
 *
 * @param id          identity
 * @param workspaceId the owning workspace
 * @param clientId    the client the work is for
 * @param name        a short single-line name, 1 to {@value #MAX_NAME} characters
 * @param status      where it stands
 * @param currency    the currency of its budget and of every invoice assigned to it
 * @param startDate   when it starts, {@code null} when open
 * @param endDate     when it is to end, {@code null} when open; never before {@code startDate}
 * @param budget      the budget in {@code currency}, {@code null} without one; never negative
 * @param createdAt   when it was created
 * @param version     optimistic-locking version, 0 before the first save
 */
public record Project(ProjectId id, WorkspaceId workspaceId, ClientId clientId, String name, ProjectStatus status,
                      CurrencyUnit currency, @Nullable LocalDate startDate, @Nullable LocalDate endDate,
                      @Nullable Money budget, Instant createdAt, long version) {

    /** The longest name. */
    public static final int MAX_NAME = 200;

    /**
     * Checks every field.
     *
     * @param id identity
     * @param workspaceId the owning workspace
     * @param clientId the client the work is for
     * @param name a short single-line name, 1 to {@value #MAX_NAME} characters
     * @param status where it stands
     * @param currency the currency of its budget and of every invoice assigned to it
     * @param startDate when it starts, {@code null} when open
     * @param endDate when it is to end, {@code null} when open; never before {@code startDate}
     * @param budget the budget in {@code currency}, {@code null} without one; never negative
     * @param createdAt when it was created
     * @param version optimistic-locking version, 0 before the first save
     * @throws PortalException {@code INVALID_VALUE} for a blank or too long name or an end before the start,
     *         {@code CURRENCY_MISMATCH} for a budget in another currency, {@code NEGATIVE_AMOUNT} for a negative one
     */
    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(clientId, "clientId");
        name = PortalException.requireLine(name, "project.name", MAX_NAME);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(currency, "currency");
        startDate = InputLimits.requireDate(startDate, "project.startDate");
        endDate = InputLimits.requireDate(endDate, "project.endDate");
        requireEndNotBeforeStart(startDate, endDate);
        if (budget != null) {
            requireBudget(budget, currency);
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * The budget, when the project has one.
     *
     * @return the budget, or empty
     */
    public Optional<Money> budgetAmount() {
        return Optional.ofNullable(budget);
    }

    /**
     * This project under another name.
     *
     * @param newName the new name
     * @return the renamed project
     */
    public Project renamed(String newName) {
        return new Project(id, workspaceId, clientId, newName, status, currency, startDate, endDate, budget, createdAt,
                version);
    }

    /**
     * This project in another status.
     *
     * @param next the status to move to
     * @return the project in {@code next}
     * @throws PortalException {@link ErrorCode#PROJECT_TRANSITION} when the move is not allowed
     */
    public Project movedTo(ProjectStatus next) {
        Objects.requireNonNull(next, "next");
        if (!status.canMoveTo(next)) {
            throw PortalException.invalid(ErrorCode.PROJECT_TRANSITION, "project.status", next,
                    "project " + id + " is " + status + "; it may move to " + status.allowedNext() + " only");
        }
        return new Project(id, workspaceId, clientId, name, next, currency, startDate, endDate, budget, createdAt,
                version);
    }

    /**
     * This project with other dates.
     *
     * @param start the new start, {@code null} when open
     * @param end   the new end, {@code null} when open
     * @return the rescheduled project
     */
    public Project rescheduled(@Nullable LocalDate start, @Nullable LocalDate end) {
        return new Project(id, workspaceId, clientId, name, status, currency, start, end, budget, createdAt, version);
    }

    /**
     * This project with another budget, in its currency.
     *
     * @param newBudget the new budget, {@code null} for none
     * @return the project with the new budget
     */
    public Project withBudget(@Nullable Money newBudget) {
        return new Project(id, workspaceId, clientId, name, status, currency, startDate, endDate, newBudget, createdAt,
                version);
    }

    /**
     * This project as stored with another version; for stores.
     *
     * @param newVersion the stored version
     * @return the project with that version
     */
    public Project withVersion(long newVersion) {
        return new Project(id, workspaceId, clientId, name, status, currency, startDate, endDate, budget, createdAt,
                newVersion);
    }

    /** The one rule of a project's dates, also checked on the command that creates one. */
    static void requireEndNotBeforeStart(@Nullable LocalDate start, @Nullable LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "project.endDate", end,
                    "must not be before the start date " + start);
        }
    }

    private static void requireBudget(Money budget, CurrencyUnit currency) {
        if (!budget.currency().equals(currency)) {
            throw PortalException.invalid(ErrorCode.CURRENCY_MISMATCH, "project.budget", budget,
                    "must be in the project's currency " + currency);
        }
        if (budget.isNegative()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "project.budget", budget, "must not be negative");
        }
    }
}
