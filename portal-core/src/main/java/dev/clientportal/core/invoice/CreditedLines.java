package dev.clientportal.core.invoice;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a credit note credits and for how much. Invoice lines are credited at their figures on the invoice — their
 * share of the invoice discount included — and priced as a part of the invoice after the lines credited before
 * ({@link DocumentTotals#part}), so crediting every line, in any number of notes, sums exactly to the invoice
 * total. Lines that are not invoice lines are an adjustment, priced on their own like the invoice.
 *
 * @param lines        the credited lines, in print order
 * @param invoiceLines each line's position among the invoice's lines; empty for an adjustment
 * @param discount     the invoice's discount for invoice lines, none for an adjustment
 * @param totals       what the note is for
 */
record CreditedLines(List<LineItem> lines, List<Integer> invoiceLines, Discount discount, DocumentTotals totals) {

    /**
     * The credit a command asks for on an invoice that the notes {@code earlier} already credited. A full credit
     * takes every invoice line not credited yet. A line equal to an invoice line credits the first such line not
     * credited yet.
     *
     * @throws PortalException {@link ErrorCode#CREDIT_EXCEEDS_INVOICE} for an invoice line credited already (or a
     *         full credit when every line is), {@link ErrorCode#INVALID_VALUE} for invoice lines and other amounts
     *         in one note
     */
    static CreditedLines of(Invoice invoice, List<CreditNote> earlier, IssueCreditNote command) {
        List<LineItem> invoiceLines = invoice.content().lines();
        Set<Integer> credited = new HashSet<>();
        for (CreditNote note : earlier) {
            credited.addAll(note.invoiceLines());
        }
        List<Integer> part = new ArrayList<>();
        if (command.isFull()) {
            for (int i = 0; i < invoiceLines.size(); i++) {
                if (!credited.contains(i)) {
                    part.add(i);
                }
            }
            if (part.isEmpty()) {
                throw PortalException.invalid(ErrorCode.CREDIT_EXCEEDS_INVOICE, "invoiceId", invoice.number(),
                        "every line of the invoice is credited already");
            }
        } else {
            part = matched(invoice, command.lines(), credited);
            if (part == null) {
                return adjustment(invoice, command.lines());
            }
        }
        List<LineItem> lines = part.stream().map(invoiceLines::get).toList();
        DocumentTotals totals = DocumentTotals.part(invoice.content().currency(), invoiceLines,
                invoice.content().discount(), invoice.content().taxRounding(), invoice.content().taxExempt(),
                credited, part);
        return new CreditedLines(lines, part, invoice.content().discount(), totals);
    }

    /** Amounts that are not invoice lines, priced on their own with the invoice's currency, rounding and exemption. */
    static CreditedLines adjustment(Invoice invoice, List<LineItem> lines) {
        return new CreditedLines(lines, List.of(), Discount.none(), DocumentTotals.calculate(
                invoice.content().currency(), lines, Discount.none(), invoice.content().taxRounding(),
                invoice.content().taxExempt()));
    }

    /** The invoice lines the given lines are, or {@code null} when none of them is an invoice line. */
    private static @Nullable List<Integer> matched(Invoice invoice, List<LineItem> given, Set<Integer> credited) {
        List<LineItem> invoiceLines = invoice.content().lines();
        List<Integer> positions = new ArrayList<>(given.size());
        Set<Integer> taken = new HashSet<>(credited);
        int others = 0;
        for (int g = 0; g < given.size(); g++) {
            LineItem line = given.get(g);
            int found = -1;
            boolean onInvoice = false;
            for (int i = 0; i < invoiceLines.size() && found < 0; i++) {
                if (invoiceLines.get(i).equals(line)) {
                    onInvoice = true;
                    if (!taken.contains(i)) {
                        found = i;
                    }
                }
            }
            if (found >= 0) {
                taken.add(found);
                positions.add(found);
            } else if (onInvoice) {
                throw PortalException.invalid(ErrorCode.CREDIT_EXCEEDS_INVOICE, "lines[" + g + "]",
                        line.description(), "is credited already on " + invoice.number());
            } else {
                others++;
            }
        }
        if (others == given.size()) {
            return null;
        }
        if (others > 0) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "lines", given.size() + " lines",
                    "mix lines of " + invoice.number() + " with other amounts; credit them in separate notes");
        }
        return positions;
    }
}
