package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.InvoiceDocument;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceBalance;
import dev.clientportal.core.invoice.LateFeeCharge;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An invoice: letterhead, parties and dates, line items, how to pay beside the totals, notes and terms. */
final class InvoiceLayout extends Layout<InvoiceDocument> {

    InvoiceLayout() {
        super(DocumentKind.INVOICE, InvoiceDocument.class, Phrase.NOUN_INVOICE);
    }

    @Override
    CurrencyUnit currency(InvoiceDocument document) {
        return document.invoice().content().currency();
    }

    @Override
    void draw(InvoiceDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Invoice invoice = document.invoice();
        Labels labels = sheet.labels;
        Blocks.letterhead(sheet, document.letterhead(), logo, labels.get(Phrase.TITLE_INVOICE),
                reference(document, labels), document.mark());
        Blocks.parties(sheet, document.letterhead(), labels.get(Phrase.BILL_TO), document.billTo(),
                facts(invoice, formats, labels));
        Blocks.lineItems(sheet, formats, invoice.content().lines(), invoice.totals());
        Blocks.closing(sheet, new PaymentColumn(document, formats, labels), totals(invoice, formats, labels));
        Blocks.pair(sheet, labels.get(Phrase.NOTES), invoice.content().notes(), labels.get(Phrase.TERMS),
                invoice.content().terms());
    }

    /** The invoice number, or "DRAFT" in the document's language before it is issued. */
    @Override
    String reference(InvoiceDocument document, Labels labels) {
        String number = document.invoice().number();
        return number != null ? number : labels.get(Phrase.MARK_DRAFT);
    }

    private static List<Blocks.Fact> facts(Invoice invoice, Formats formats, Labels labels) {
        List<Blocks.Fact> facts = new ArrayList<>(4);
        LocalDate issueDate = invoice.issueDate();
        LocalDate dueDate = invoice.dueDate();
        if (issueDate != null && dueDate != null) {
            facts.add(new Blocks.Fact(labels.get(Phrase.INVOICE_DATE), formats.date(issueDate), false));
            facts.add(new Blocks.Fact(labels.get(Phrase.DUE_DATE), formats.date(dueDate), false));
        }
        facts.add(new Blocks.Fact(labels.get(Phrase.PAYMENT_TERMS), terms(invoice, formats, labels), false));
        facts.add(new Blocks.Fact(labels.get(Phrase.AMOUNT_DUE), formats.money(due(invoice)), true));
        return facts;
    }

    /** The payment terms as printed: the typed due date when the business set one, else the terms it follows. */
    private static String terms(Invoice invoice, Formats formats, Labels labels) {
        LocalDate typed = invoice.content().dueDate();
        return typed != null ? labels.get(Phrase.TERMS_DUE_ON, formats.date(typed))
                : labels.terms(invoice.content().paymentTerms());
    }

    /** What the client still owes; nothing on a void invoice, whatever it had claimed. */
    private static Money due(Invoice invoice) {
        return invoice.status() == InvoiceStatus.VOID ? Money.zero(invoice.content().currency())
                : invoice.amountDue();
    }

    private static List<Blocks.Fact> totals(Invoice invoice, Formats formats, Labels labels) {
        List<Blocks.Fact> rows = Blocks.pricedTotals(formats, labels, invoice.totals(), invoice.content().discount(),
                invoice.content().taxExempt());
        rows.add(new Blocks.Fact(labels.get(Phrase.TOTAL), formats.money(invoice.total()), false));
        InvoiceBalance balance = invoice.balance();
        // each late fee in force on its own row, so Total + fees − credits − paid reads as the amount due
        for (LateFeeCharge fee : balance.lateFees().inForce()) {
            rows.add(new Blocks.Fact(labels.get(Phrase.LATE_FEE, formats.date(fee.dueDate())),
                    formats.money(fee.amount()), false));
        }
        if (balance.credits().isPositive()) {
            rows.add(new Blocks.Fact(labels.get(Phrase.CREDITS), formats.money(balance.credits().negate()), false));
        }
        if (balance.paid().isPositive()) {
            rows.add(new Blocks.Fact(labels.get(Phrase.PAID), formats.money(balance.paid().negate()), false));
        }
        rows.add(new Blocks.Fact(labels.get(Phrase.AMOUNT_DUE), formats.money(due(invoice)), true));
        return rows;
    }

    /** How to pay: the terms, the installments, and the pay link with its QR code; or why nothing is owed. */
    private static final class PaymentColumn implements Blocks.Column {
        private static final float QR_SIZE = 62f;

        private final InvoiceDocument document;
        private final String text;
        private final List<String> installments = new ArrayList<>();

        PaymentColumn(InvoiceDocument document, Formats formats, Labels labels) {
            this.document = document;
            Invoice invoice = document.invoice();
            this.text = text(document, formats, labels);
            if (document.mark() != StatusMark.PAID && invoice.status().isPayable()) {
                for (Installment installment : invoice.content().schedule().installments()) {
                    installments.add(labels.get(Phrase.INSTALLMENT, installment.label(),
                            formats.date(installment.dueDate()), formats.money(installment.amount())));
                }
            }
        }

        private static String text(InvoiceDocument document, Formats formats, Labels labels) {
            Invoice invoice = document.invoice();
            return switch (document.mark()) {
                case PAID -> labels.get(Phrase.PAID_IN_FULL);
                case VOID -> labels.get(Phrase.INVOICE_VOIDED);
                case DRAFT -> labels.get(Phrase.INVOICE_DRAFT);
                default -> invoice.amountDue().isPositive()
                        ? labels.get(Phrase.PLEASE_PAY, terms(invoice, formats, labels),
                        formats.money(invoice.amountDue()), formats.date(invoice.requireDueDate()), invoice.requireNumber())
                        : labels.get(Phrase.NOTHING_OWED);
            };
        }

        @Override
        public float height(Sheet sheet, float width) {
            Palette palette = sheet.palette;
            float height = palette.label.leading() + 1f
                    + Lines.wrap(text, palette.small, width).size() * palette.small.leading()
                    + installments.size() * palette.small.leading();
            if (document.payUrl().isPresent()) {
                height += 6f + Math.max(QR_SIZE, payTextHeight(sheet, width));
            }
            return height;
        }

        @Override
        public void draw(Sheet sheet, float x, float width) {
            Palette palette = sheet.palette;
            sheet.text(sheet.labels.get(Phrase.PAYMENT), palette.label, x, sheet.y() - palette.label.size());
            sheet.down(palette.label.leading() + 1f);
            sheet.paragraph(text, palette.small, x, width);
            for (String installment : installments) {
                sheet.text(installment, palette.small, x, sheet.y() - palette.small.size());
                sheet.down(palette.small.leading());
            }
            document.payUrl().ifPresent(url -> payOnline(sheet, url.toString(), x, width));
        }

        private float payTextHeight(Sheet sheet, float width) {
            Palette palette = sheet.palette;
            return palette.link.leading() + palette.smallMuted.leading()
                    + Lines.wrap(document.payUrl().orElseThrow().toString(), palette.small,
                    width - QR_SIZE - 10f).size() * palette.small.leading();
        }

        /** The QR code on the left; "Pay online" as a link and the address spelled out beside it. */
        private void payOnline(Sheet sheet, String address, float x, float width) {
            Palette palette = sheet.palette;
            sheet.down(6f);
            float top = sheet.y();
            QrCodes.draw(sheet.canvas(), address, x, top - QR_SIZE, QR_SIZE);
            sheet.link(address, x, top - QR_SIZE, QR_SIZE, QR_SIZE);
            float textX = x + QR_SIZE + 10f;
            float y = top - QrCodes.QUIET_ZONE * 2f;
            String payOnline = sheet.labels.get(Phrase.PAY_ONLINE);
            sheet.text(payOnline, palette.link, textX, y - palette.link.size());
            sheet.link(address, textX, y - palette.link.leading(), palette.link.width(payOnline),
                    palette.link.leading());
            y -= palette.link.leading();
            sheet.text(sheet.labels.get(Phrase.SCAN_OR_OPEN), palette.smallMuted, textX, y - palette.smallMuted.size());
            y -= palette.smallMuted.leading();
            for (String line : Lines.wrap(address, palette.small, width - QR_SIZE - 10f)) {
                sheet.text(line, palette.small, textX, y - palette.small.size());
                y -= palette.small.leading();
            }
            sheet.moveTo(Math.min(y, top - QR_SIZE));
        }
    }
}
