package dev.clientportal.core.project;

import dev.clientportal.core.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A project's money so far, from its invoices, exact and in the project's currency.
 *
 * @param projectId the project
 * @param budget    the budget, empty without one
 * @param invoiced  the totals of its issued invoices that are not void
 * @param paid      what has been paid on its invoices (refunds deducted)
 */
public record BudgetSummary(ProjectId projectId, Optional<Money> budget, Money invoiced, Money paid) {

    /**
     * Requires every field.
     *
     * @param projectId the project
     * @param budget    the budget, empty without one
     * @param invoiced  the totals of its issued invoices that are not void
     * @param paid      what has been paid on its invoices
     */
    public BudgetSummary {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(invoiced, "invoiced");
        Objects.requireNonNull(paid, "paid");
    }

    /**
     * What is left of the budget after what was invoiced; negative when over budget.
     *
     * @return the budget minus what was invoiced, empty without a budget
     */
    public Optional<Money> remaining() {
        return budget.map(amount -> amount.minus(invoiced));
    }
}
