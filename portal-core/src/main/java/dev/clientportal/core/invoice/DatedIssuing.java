package dev.clientportal.core.invoice;

import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.kernel.StaffPrincipal;

import java.time.LocalDate;

/**
 * Issues an invoice dated to a given day instead of today, for scheduled work (a recurring period issued late after
 * an outage keeps its own date): wiring between features, not API.
 */
@Internal
public interface DatedIssuing {

    /**
     * Creates a draft and issues it in the open unit of work (or one of its own), numbered and audited as
     * {@link Invoicing#issue} does, but dated {@code issueDate}: the due date follows from it.
     *
     * @param principal who acts, for the business
     * @param draft     the invoice's content
     * @param issueDate the issue date
     * @return the invoice as issued
     */
    Invoice createAndIssueOn(StaffPrincipal principal, DraftInvoice draft, LocalDate issueDate);
}
