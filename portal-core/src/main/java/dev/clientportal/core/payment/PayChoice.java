package dev.clientportal.core.payment;

import dev.clientportal.core.access.PortalAction;
import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.invoice.DueAmount;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;

import java.util.List;
import java.util.Objects;

/**
 * One payment a client may start on an invoice now, as a "Pay now" button offers it: the next open installment of a
 * payment schedule, or everything due. {@link Payments#pay} collects exactly {@link #amount()} for
 * {@link #command()}, so a page shows the figure the checkout will charge.
 *
 * @param installment the installment's number in the schedule, from 1, or 0 for the whole amount due
 * @param label       what is paid: the installment's label from the schedule, or {@code "Amount due"}
 * @param amount      what the checkout collects
 * @param command     the command that starts this payment
 */
public record PayChoice(int installment, String label, Money amount, PayInvoice command) {

    /** The label of the choice that pays everything due. */
    public static final String AMOUNT_DUE = "Amount due";

    /**
     * Requires every part.
     *
     * @param installment the installment's number, or 0
     * @param label       what is paid
     * @param amount      what the checkout collects
     * @param command     the command that starts this payment
     */
    public PayChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(command, "command");
    }

    /**
     * What a principal may pay now on an invoice it sees, first the choice to offer on the button: the next open
     * installment when the invoice has a payment schedule (settlements pay the earliest installments first) and no
     * late fee is in force (it is owed on top of the schedule), then the whole amount due. Empty when nothing is owed,
     * the invoice takes no payments, or the principal may not pay it (a contact without the billing role, another
     * client's contact, a document link, a staff preview).
     *
     * @param principal who looks
     * @param invoice   the invoice, as the principal was shown it
     * @return the choices, the one to offer first; empty when there is nothing to pay
     */
    public static List<PayChoice> offered(PortalPrincipal principal, Invoice invoice) {
        PortalException.requireField(principal, "principal");
        PortalException.requireField(invoice, "invoice");
        if (!principal.allows(PortalAction.PAY) || invoice.status() == InvoiceStatus.DRAFT
                || !principal.canSee(invoice.workspaceId(), invoice.clientId(),
                        DocumentRef.of(DocumentType.INVOICE, invoice.id()))
                || !invoice.status().isPayable() || !invoice.amountDue().isPositive()) {
            return List.of();
        }
        PayChoice everything = new PayChoice(0, AMOUNT_DUE, invoice.amountDue(),
                PayInvoice.amountDue(invoice.id()));
        List<Installment> schedule = invoice.content().schedule().installments();
        List<DueAmount> open = invoice.openAmounts();
        boolean lateFees = !invoice.balance().lateFees().inForce().isEmpty();
        int next = schedule.size() - open.size() + 1;
        if (schedule.isEmpty() || lateFees || open.size() < 2 || next < 1) {
            return List.of(everything);
        }
        return List.of(new PayChoice(next, schedule.get(next - 1).label(), open.get(0).amount(),
                PayInvoice.installment(invoice.id(), next)), everything);
    }

    /**
     * What settles installment {@code number}: the open amounts are the schedule's last installments (settlements
     * pay the earliest first), so it is the sum of the open amounts up to and including it.
     */
    static Money amountThrough(Invoice invoice, int number) {
        int installments = invoice.content().schedule().installments().size();
        List<DueAmount> open = invoice.openAmounts();
        int firstOpen = installments - open.size() + 1;
        if (number < firstOpen) {
            throw PortalException.invalid(ErrorCode.INSTALLMENT_SETTLED, "installment", number,
                    "installment " + number + " of invoice " + invoice.describe() + " is paid");
        }
        Money amount = Money.zero(invoice.content().currency());
        for (int i = 0; i <= number - firstOpen; i++) {
            amount = amount.plus(open.get(i).amount());
        }
        return amount;
    }
}
