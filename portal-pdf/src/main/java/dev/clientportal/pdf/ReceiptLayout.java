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
        super(DocumentKind.RECEIPT, ReceiptDocument.class, Phrase.NOUN_RECEIPT);
    }

    @Override
    CurrencyUnit currency(ReceiptDocument document) {
        return document.payment().amount().currency();
    }

    @Override
    void draw(ReceiptDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Payment payment = document.payment();
        Labels labels = sheet.labels;
        Blocks.letterhead(sheet, document.letterhead(), logo, labels.get(Phrase.TITLE_RECEIPT),
                payment.receiptNumber(), document.mark());
        Blocks.parties(sheet, document.letterhead(), labels.get(Phrase.RECEIVED_FROM), document.billTo(), List.of(
                new Blocks.Fact(labels.get(Phrase.RECEIVED_ON), formats.date(payment.receivedOn()), false),
                new Blocks.Fact(labels.get(Phrase.METHOD), labels.method(payment.method()), false),
                new Blocks.Fact(labels.get(Phrase.REFERENCE), payment.reference(), false),
                new Blocks.Fact(labels.get(Phrase.AMOUNT_RECEIVED), formats.money(payment.amount()), true)));

        Table applied = new Table(sheet, List.of(
                new Table.Column(labels.get(Phrase.COLUMN_APPLIED_TO), sheet.width() - 270f, false),
                new Table.Column(labels.get(Phrase.COLUMN_AMOUNT), 90f, true),
                new Table.Column(labels.get(Phrase.REFUNDED), 90f, true),
                new Table.Column(labels.get(Phrase.COLUMN_NET), 90f, true))).begin();
        for (Allocation allocation : payment.allocations()) {
            applied.row(sheet.palette.body, labels.get(Phrase.APPLIED_TO_INVOICE, allocation.invoiceNumber()),
                    formats.money(allocation.amount()), formats.money(allocation.refunded()),
                    formats.money(allocation.net()));
        }
        if (payment.toCredit().isPositive()) {
            applied.row(sheet.palette.body, labels.get(Phrase.CREDIT_TO_ACCOUNT), formats.money(payment.toCredit()),
                    formats.money(payment.creditRefunded()),
                    formats.money(payment.toCredit().minus(payment.creditRefunded())));
        }
        applied.end();
        sheet.down(Blocks.GAP);

        if (!payment.refunds().isEmpty()) {
            Table refunds = new Table(sheet, List.of(
                    new Table.Column(labels.get(Phrase.COLUMN_REFUNDED_ON), 90f, false),
                    new Table.Column(labels.get(Phrase.REFERENCE), 130f, false),
                    new Table.Column(labels.get(Phrase.COLUMN_REASON), sheet.width() - 310f, false),
                    new Table.Column(labels.get(Phrase.COLUMN_AMOUNT), 90f, true))).begin();
            for (Refund refund : payment.refunds()) {
                refunds.row(sheet.palette.body, formats.date(refund.refundedOn()), refund.reference(),
                        refund.reason(), formats.money(refund.amount()));
            }
            refunds.end();
            sheet.down(Blocks.GAP);
        }
        List<Blocks.Fact> totals = new ArrayList<>(3);
        totals.add(new Blocks.Fact(labels.get(Phrase.RECEIVED), formats.money(payment.amount()), false));
        if (!payment.refunds().isEmpty()) {
            totals.add(new Blocks.Fact(labels.get(Phrase.REFUNDED), formats.money(payment.refunded().negate()),
                    false));
        }
        totals.add(new Blocks.Fact(labels.get(Phrase.NET_RECEIVED),
                formats.money(payment.amount().minus(payment.refunded())), true));
        Blocks.closing(sheet, Blocks.labelled(labels.get(Phrase.THANK_YOU), labels.get(Phrase.RECEIPT_CONFIRMS)),
                totals);
    }
}
