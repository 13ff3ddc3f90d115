package dev.clientportal.core.invoice;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.util.Objects;

/**
 * What has been settled on an invoice, and the late fees charged on it. {@code amountDue = total + late fees in
 * force − creditNotesApplied − clientCreditApplied − paid}, never negative.
 *
 * @param paid                 Σ payment allocations − Σ refunded allocations
 * @param creditNotesApplied   the part of credit notes that reduced this invoice
 * @param creditNotesTotal     Σ totals of every credit note issued against it (the excess became client credit)
 * @param clientCreditApplied  client credit used to settle this invoice
 * @param lateFees             the late-fee periods decided and the fees in force, which raise what is owed
 */
public record InvoiceBalance(Money paid, Money creditNotesApplied, Money creditNotesTotal, Money clientCreditApplied,
                             LateFeeCharges lateFees) {

    /**
     * Requires one currency for all parts and no negative part.
     *
     * @param paid                Σ payment allocations − Σ refunded allocations
     * @param creditNotesApplied  the part of credit notes that reduced this invoice
     * @param creditNotesTotal    Σ totals of every credit note issued against it (the excess became client credit)
     * @param clientCreditApplied client credit used to settle this invoice
     * @param lateFees            the late-fee periods decided and the fees in force
     */
    public InvoiceBalance {
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(lateFees, "lateFees");
        lateFees.inForce().forEach(charge -> paid.requireSameCurrency(charge.amount()));
        paid.requireSameCurrency(creditNotesApplied);
        paid.requireSameCurrency(creditNotesTotal);
        paid.requireSameCurrency(clientCreditApplied);
        if (paid.isNegative() || creditNotesApplied.isNegative() || clientCreditApplied.isNegative()
                || creditNotesApplied.isGreaterThan(creditNotesTotal)) {
            throw new IllegalArgumentException("inconsistent invoice balance " + paid + ", " + creditNotesApplied
                    + ", " + creditNotesTotal + ", " + clientCreditApplied);
        }
    }

    /**
     * A balance without late fees.
     *
     * @param paid                Σ payment allocations − Σ refunded allocations
     * @param creditNotesApplied  the part of credit notes that reduced this invoice
     * @param creditNotesTotal    Σ totals of every credit note issued against it (the excess became client credit)
     * @param clientCreditApplied client credit used to settle this invoice
     */
    public InvoiceBalance(Money paid, Money creditNotesApplied, Money creditNotesTotal, Money clientCreditApplied) {
        this(paid, creditNotesApplied, creditNotesTotal, clientCreditApplied, LateFeeCharges.none());
    }

    /**
     * Nothing settled yet.
     *
     * @param currency the invoice's currency
     * @return a balance with nothing settled
     */
    public static InvoiceBalance none(CurrencyUnit currency) {
        Money zero = Money.zero(currency);
        return new InvoiceBalance(zero, zero, zero, zero);
    }

    /**
     * Credit applied from credit notes and from the client's balance.
     *
     * @return credit applied from credit notes and from the client's balance
     */
    public Money credits() {
        return creditNotesApplied.plus(clientCreditApplied);
    }

    /**
     * Everything that reduced the amount due: payments and credits.
     *
     * @return everything that reduced the amount due: payments and credits
     */
    public Money settled() {
        return paid.plus(credits());
    }

    /**
     * The sum of the late fees in force.
     *
     * @return the late fees in force, zero without any
     */
    public Money lateFeesTotal() {
        return lateFees.total(paid.currency());
    }

    InvoiceBalance withLateFees(LateFeeCharges newLateFees) {
        return new InvoiceBalance(paid, creditNotesApplied, creditNotesTotal, clientCreditApplied, newLateFees);
    }

    InvoiceBalance withPaid(Money newPaid) {
        return new InvoiceBalance(newPaid, creditNotesApplied, creditNotesTotal, clientCreditApplied, lateFees);
    }

    InvoiceBalance withCreditNote(Money applied, Money total) {
        return new InvoiceBalance(paid, creditNotesApplied.plus(applied), creditNotesTotal.plus(total),
                clientCreditApplied, lateFees);
    }

    InvoiceBalance withClientCredit(Money newClientCredit) {
        return new InvoiceBalance(paid, creditNotesApplied, creditNotesTotal, newClientCredit, lateFees);
    }
}
