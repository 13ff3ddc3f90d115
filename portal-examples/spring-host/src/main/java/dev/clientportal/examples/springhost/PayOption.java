package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.money.Money;

import java.util.List;
import java.util.Optional;

/**
 * What the invoice page's "Pay now" pays: everything due, or the next open installment of a payment schedule (core
 * settles the earliest installments first, so the open amounts are the schedule's last installments).
 *
 * @param installment the installment's number in the schedule, from 1, or 0 for the whole amount due
 * @param label       what the button says is paid, e.g. "Installment 2 of 3"
 * @param amount      what the checkout collects
 */
record PayOption(int installment, String label, Money amount) {

    /**
     * The payment a signed-in contact allowed to pay (BILLING) may start on the invoice; none when nothing is owed.
     *
     * @param principal who looks
     * @param invoice   the invoice
     * @return the payment to offer, or empty
     */
    static Optional<PayOption> of(PortalPrincipal principal, Invoice invoice) {
        if (!(principal instanceof ContactPrincipal) || !principal.allows(PortalAction.PAY)
                || !invoice.status().isPayable() || !invoice.amountDue().isPositive()) {
            return Optional.empty();
        }
        List<Installment> schedule = invoice.content().schedule().installments();
        List<DueAmount> open = invoice.openAmounts();
        boolean lateFees = !invoice.balance().lateFees().inForce().isEmpty();
        int next = schedule.size() - open.size() + 1;
        if (schedule.isEmpty() || lateFees || next < 1 || open.isEmpty()) {
            return Optional.of(new PayOption(0, "Amount due", invoice.amountDue()));
        }
        return Optional.of(new PayOption(next, schedule.get(next - 1).label(), open.get(0).amount()));
    }
}
