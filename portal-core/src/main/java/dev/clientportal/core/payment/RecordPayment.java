package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.Money;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records money received from a client and says which invoices it settles. Whatever is not allocated becomes client
 * credit. Built fluently:
 * {@code RecordPayment.manual(client, Money.of("500", USD), BANK_TRANSFER, "wire-7781").allocateTo(invoice)}.
 *
 * @param clientId     the paying client
 * @param amount       what was received, positive
 * @param method       how it arrived
 * @param gateway      the gateway that took it, empty for a manual payment
 * @param reference    the external reference (bank reference, cheque number, gateway id): one line of at most 200
 *                     characters; recording the same
 *                     reference again returns the payment already recorded
 * @param receivedOn   the date it arrived, between 1900-01-01 and 2999-12-31; {@code null} means today in the
 *                     workspace's zone
 * @param allocations  explicit allocations, applied in order; no {@code null} element, at most 1,000
 * @param autoAllocate whether what is left after explicit allocations pays the client's oldest open invoices
 *                     (open or partially paid; written-off invoices are paid only when named)
 * @param note         a note for the business, at most 2,000 characters
 */
public record RecordPayment(ClientId clientId, Money amount, PaymentMethod method, String gateway, String reference,
                            @Nullable LocalDate receivedOn, List<Request> allocations, boolean autoAllocate,
                            String note) {

    private static final int MAX_REFERENCE = InputLimits.REFERENCE;

    /**
     * Validates every field; an invoice may be named once.
     *
     * @param clientId     the paying client
     * @param amount       what was received, positive
     * @param method       how it arrived
     * @param gateway      the gateway that took it, empty for a manual payment
     * @param reference    the external reference (bank reference, cheque number, gateway id): one line of at most 200
     *                     characters; recording the same reference again returns the payment already recorded
     * @param receivedOn   the date it arrived, between 1900-01-01 and 2999-12-31; {@code null} means today in the
     *                     workspace's zone
     * @param allocations  explicit allocations, applied in order; no {@code null} element, at most 1,000
     * @param autoAllocate whether what is left after explicit allocations pays the client's oldest open invoices (open
     *                     or partially paid; written-off invoices are paid only when named)
     * @param note         a note for the business, at most 2,000 characters
     */
    public RecordPayment {
        PortalException.requireField(clientId, "clientId");
        PortalException.requireField(amount, "amount");
        if (!amount.isPositive()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "amount", amount, "a payment must be positive");
        }
        PortalException.requireField(method, "method");
        gateway = PortalException.optionalLine(gateway, "gateway", InputLimits.REFERENCE);
        reference = PortalException.requireLine(reference, "reference", MAX_REFERENCE);
        InputLimits.requireDate(receivedOn, "receivedOn");
        allocations = PortalException.elements(allocations, "allocations", InputLimits.LIST);
        Set<InvoiceId> seen = new HashSet<>();
        for (Request request : allocations) {
            if (!seen.add(request.invoiceId())) {
                throw PortalException.invalid(ErrorCode.INVALID_ALLOCATION, "allocations", request.invoiceId(),
                        "an invoice may be named once per payment");
            }
            if (request.amount() != null) {
                request.amount().requireCurrency(amount.currency(), "allocations.amount");
            }
        }
        note = PortalException.optionalText(note, "note", InputLimits.REASON);
    }

    /**
     * A payment the business received outside any gateway.
     *
     * @param clientId  the paying client
     * @param amount    what was received, positive
     * @param method    how it arrived
     * @param reference the external reference (bank reference, cheque number, gateway id): one line of at most 200
     *                  characters; recording the same reference again returns the payment already recorded
     * @return the command, not yet allocated
     */
    public static RecordPayment manual(ClientId clientId, Money amount, PaymentMethod method, String reference) {
        return new RecordPayment(clientId, amount, method, "", reference, null, List.of(), false, "");
    }

    /**
     * A payment a gateway took, recorded from its webhook or redirect; the reference is the gateway's id.
     *
     * @param gateway   the gateway's name, as {@link PaymentGateway#name()}
     * @param clientId  the paying client
     * @param amount    what was received, positive
     * @param method    how it arrived
     * @param reference the external reference (bank reference, cheque number, gateway id): one line of at most 200
     *                  characters; recording the same reference again returns the payment already recorded
     * @return the command, not yet allocated
     */
    public static RecordPayment viaGateway(String gateway, ClientId clientId, Money amount, PaymentMethod method,
                                           String reference) {
        return new RecordPayment(clientId, amount, method, PortalException.requireText(gateway, "gateway"), reference,
                null, List.of(), false, "");
    }

    /**
     * This payment also settling as much of an invoice as is due (or as is left of the payment).
     *
     * @param invoiceId the invoice
     * @return this command with the allocation
     */
    public RecordPayment allocateTo(InvoiceId invoiceId) {
        return withAllocation(new Request(invoiceId, null));
    }

    /**
     * This payment also settling an exact amount of an invoice.
     *
     * @param invoiceId the invoice
     * @param allocated the amount to settle, positive
     * @return this command with the allocation
     */
    public RecordPayment allocate(InvoiceId invoiceId, Money allocated) {
        return withAllocation(new Request(invoiceId, allocated));
    }

    /**
     * This payment settling the client's oldest open invoices with whatever explicit allocations leave.
     *
     * @return this command, allocating oldest first
     */
    public RecordPayment allocateOldestFirst() {
        return new RecordPayment(clientId, amount, method, gateway, reference, receivedOn, allocations, true, note);
    }

    /**
     * This payment received on a given date.
     *
     * @param date the date the money arrived
     * @return this command with the date
     */
    public RecordPayment receivedOn(LocalDate date) {
        return new RecordPayment(clientId, amount, method, gateway, reference, date, allocations, autoAllocate, note);
    }

    /**
     * This payment with a note.
     *
     * @param text a note for the business, at most 2,000 characters
     * @return this command with the note
     */
    public RecordPayment note(String text) {
        return new RecordPayment(clientId, amount, method, gateway, reference, receivedOn, allocations, autoAllocate,
                text);
    }

    private RecordPayment withAllocation(Request request) {
        List<Request> more = new ArrayList<>(allocations);
        more.add(request);
        return new RecordPayment(clientId, amount, method, gateway, reference, receivedOn, more, autoAllocate, note);
    }

    /**
     * One requested allocation.
     *
     * @param invoiceId the invoice to settle
     * @param amount    how much; {@code null} means as much as is due, limited by what is left of the payment
     */
    public record Request(InvoiceId invoiceId, @Nullable Money amount) {
        /**
         * Requires an invoice and, if given, a positive amount.
         *
         * @param invoiceId the invoice to settle
         * @param amount    how much; {@code null} means as much as is due, limited by what is left of the payment
         */
        public Request {
            PortalException.requireField(invoiceId, "allocations.invoiceId");
            if (amount != null && !amount.isPositive()) {
                throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "allocations.amount", amount,
                        "must be positive");
            }
        }
    }
}
