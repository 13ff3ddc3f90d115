package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.ReceiptDocument;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.payment.Allocation;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.Refund;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A payment receipt: what was received and how, what it settled, what became credit, and refunds since. */
final class ReceiptLayout extends Layout<ReceiptDocument> {

    ReceiptLayout() {
        super(DocumentKind.RECEIPT, ReceiptDocument.class, "Receipt");
    }

    @Override
    CurrencyUnit currency(ReceiptDocument document) {
        return document.payment().amount().currency();
    }

    @Override
    void draw(ReceiptDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Payment payment = document.payment();
        Blocks.letterhead(sheet, document.letterhead(), logo, "RECEIPT", payment.receiptNumber(),
                document.mark());
        Blocks.parties(sheet, document.letterhead(), "RECEIVED FROM", document.billTo(), List.of(
                new Blocks.Fact("Received on", formats.date(payment.receivedOn()), false),
                new Blocks.Fact("Method", sheet.labels.method(payment.method()), false),
                new Blocks.Fact("Reference", payment.reference(), false),
                new Blocks.Fact("Amount received", formats.money(payment.amount()), true)));

        Table applied = new Table(sheet, List.of(new Table.Column("Applied to", sheet.width() - 270f, false),
                new Table.Column("Amount", 90f, true), new Table.Column("Refunded", 90f, true),
                new Table.Column("Net", 90f, true))).begin();
        for (Allocation allocation : payment.allocations()) {
            applied.row(sheet.palette.body, "Invoice " + allocation.invoiceNumber(),
                    formats.money(allocation.amount()), formats.money(allocation.refunded()),
                    formats.money(allocation.net()));
        }
        if (payment.toCredit().isPositive()) {
            applied.row(sheet.palette.body, "Credit to your account", formats.money(payment.toCredit()),
                    formats.money(payment.creditRefunded()),
                    formats.money(payment.toCredit().minus(payment.creditRefunded())));
        }
        applied.end();
        sheet.down(Blocks.GAP);

        if (!payment.refunds().isEmpty()) {
            Table refunds = new Table(sheet, List.of(new Table.Column("Refunded on", 90f, false),
                    new Table.Column("Reference", 130f, false), new Table.Column("Reason", sheet.width() - 310f, false),
                    new Table.Column("Amount", 90f, true))).begin();
            for (Refund refund : payment.refunds()) {
                refunds.row(sheet.palette.body, formats.date(refund.refundedOn()), refund.reference(),
                        refund.reason(), formats.money(refund.amount()));
            }
            refunds.end();
            sheet.down(Blocks.GAP);
        }
        List<Blocks.Fact> totals = new ArrayList<>(3);
        totals.add(new Blocks.Fact("Received", formats.money(payment.amount()), false));
        if (!payment.refunds().isEmpty()) {
            totals.add(new Blocks.Fact("Refunded", formats.money(payment.refunded().negate()), false));
        }
        totals.add(new Blocks.Fact("Net received", formats.money(payment.amount().minus(payment.refunded())), true));
        Blocks.closing(sheet, Blocks.labelled("THANK YOU", "This receipt confirms the payment above. Keep it for "
                + "your records."), totals);
    }
}
