package dev.clientportal.core.automation;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.workspace.PaymentTerms;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new recurring invoice, built fluently:
 * {@code NewRecurringInvoice.of(client, Cadence.monthly(), start).line("Retainer", "1", "month", price).cycles(12)}.
 * Endless unless {@link #until} or {@link #cycles} ends it; not sent automatically unless {@link #autoSend}.
 *
 * @param clientId     the billed client; invoices take its currency
 * @param cadence      how often
 * @param start        the first period's date, the anchor of later ones
 * @param lines        the lines of each invoice
 * @param notes        notes printed on each invoice
 * @param paymentTerms how each invoice's due date is set; {@code null} takes the workspace default
 * @param until        the last date a period may fall on, or {@code null}
 * @param maxCycles    the most periods, or 0 for no limit
 * @param autoSend     whether each invoice is sent to the client when issued
 * @param autoCharge   the client's saved payment method each invoice is charged to when issued, or {@code null}
 */
public record NewRecurringInvoice(ClientId clientId, Cadence cadence, LocalDate start, List<LineItem> lines,
                                  String notes, @Nullable PaymentTerms paymentTerms, @Nullable LocalDate until,
                                  int maxCycles, boolean autoSend, @Nullable AutoCharge autoCharge) {

    /**
     * Requires a client, a cadence and a start, and copies the lines; {@link RecurringTemplate} checks the rest.
     *
     * @param clientId     the billed client
     * @param cadence      how often
     * @param start        the first period's date
     * @param lines        the lines of each invoice
     * @param notes        notes printed on each invoice
     * @param paymentTerms how each invoice's due date is set; {@code null} takes the workspace default
     * @param until        the last date a period may fall on, or {@code null}
     * @param maxCycles    the most periods, or 0 for no limit
     * @param autoSend     whether each invoice is sent when issued
     * @param autoCharge   the saved payment method charged, or {@code null}
     */
    public NewRecurringInvoice {
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(cadence, "cadence");
        PortalException.requireField(start, "start");
        lines = List.copyOf(PortalException.requireElements(lines, "lines", RecurringTemplate.MAX_LINES));
        notes = PortalException.optionalText(notes, "notes", InputLimits.BODY);
        if (maxCycles < 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "maxCycles", maxCycles,
                    "must be a positive number of periods, or 0 for no limit");
        }
    }

    /**
     * A recurring invoice without auto-charge.
     *
     * @param clientId     the billed client
     * @param cadence      how often
     * @param start        the first period's date
     * @param lines        the lines of each invoice
     * @param notes        notes printed on each invoice
     * @param paymentTerms how each invoice's due date is set; {@code null} takes the workspace default
     * @param until        the last date a period may fall on, or {@code null}
     * @param maxCycles    the most periods, or 0 for no limit
     * @param autoSend     whether each invoice is sent when issued
     */
    public NewRecurringInvoice(ClientId clientId, Cadence cadence, LocalDate start, List<LineItem> lines, String notes,
                               @Nullable PaymentTerms paymentTerms, @Nullable LocalDate until, int maxCycles,
                               boolean autoSend) {
        this(clientId, cadence, start, lines, notes, paymentTerms, until, maxCycles, autoSend, null);
    }

    /**
     * An endless recurring invoice without lines yet.
     *
     * @param clientId the billed client
     * @param cadence  how often
     * @param start    the first period's date
     * @return the command
     */
    public static NewRecurringInvoice of(ClientId clientId, Cadence cadence, LocalDate start) {
        return new NewRecurringInvoice(clientId, cadence, start, List.of(), "", null, null, 0, false, null);
    }

    /**
     * This command with one more line.
     *
     * @param description what is billed
     * @param quantity    how many, as a decimal
     * @param unit        the unit of the quantity; may be empty
     * @param unitPrice   the price of one unit, in the client's currency
     * @param taxes       the taxes charged on the line
     * @return this command with one more line
     */
    public NewRecurringInvoice line(String description, String quantity, String unit, Money unitPrice,
                                    TaxRate... taxes) {
        List<LineItem> more = new ArrayList<>(lines);
        more.add(LineItem.of(description, quantity, unit, unitPrice, taxes));
        return new NewRecurringInvoice(clientId, cadence, start, more, notes, paymentTerms, until, maxCycles,
                autoSend, autoCharge);
    }

    /**
     * This command with notes printed on each invoice.
     *
     * @param newNotes the notes
     * @return this command with the notes
     */
    public NewRecurringInvoice notes(String newNotes) {
        return new NewRecurringInvoice(clientId, cadence, start, lines, newNotes, paymentTerms, until, maxCycles,
                autoSend, autoCharge);
    }

    /**
     * This command with its own payment terms.
     *
     * @param terms how each invoice's due date is set
     * @return this command with the terms
     */
    public NewRecurringInvoice paymentTerms(PaymentTerms terms) {
        return new NewRecurringInvoice(clientId, cadence, start, lines, notes, terms, until, maxCycles, autoSend,
                autoCharge);
    }

    /**
     * This command ending after the last period on or before {@code lastDate}.
     *
     * @param lastDate the last date a period may fall on
     * @return this command with the end date
     */
    public NewRecurringInvoice until(LocalDate lastDate) {
        return new NewRecurringInvoice(clientId, cadence, start, lines, notes, paymentTerms, lastDate, maxCycles,
                autoSend, autoCharge);
    }

    /**
     * This command ending after {@code count} periods.
     *
     * @param count the number of periods, positive
     * @return this command with the number of cycles
     */
    public NewRecurringInvoice cycles(int count) {
        if (count < 1) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "cycles", count, "must be positive");
        }
        return new NewRecurringInvoice(clientId, cadence, start, lines, notes, paymentTerms, until, count, autoSend,
                autoCharge);
    }

    /**
     * This command sending, or not, each invoice to the client when issued.
     *
     * @param send whether to send each invoice
     * @return this command with auto-send set
     */
    public NewRecurringInvoice autoSend(boolean send) {
        return new NewRecurringInvoice(clientId, cadence, start, lines, notes, paymentTerms, until, maxCycles, send,
                autoCharge);
    }

    /**
     * This command charging each invoice, when issued, to a payment method the client saved with the gateway.
     *
     * @param paymentMethodReference the saved method (Stripe {@code pm_…})
     * @return this command with auto-charge on
     */
    public NewRecurringInvoice autoCharge(String paymentMethodReference) {
        return new NewRecurringInvoice(clientId, cadence, start, lines, notes, paymentTerms, until, maxCycles,
                autoSend, AutoCharge.to(paymentMethodReference));
    }
}
