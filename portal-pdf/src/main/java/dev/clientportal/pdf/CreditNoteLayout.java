package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.CreditNoteDocument;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.invoice.CreditNote;
import dev.clientportal.core.money.CurrencyUnit;

import java.util.List;
import java.util.Optional;

/** A credit note: the credited lines and totals, the invoice it credits, and where the credit went. */
final class CreditNoteLayout extends Layout<CreditNoteDocument> {

    CreditNoteLayout() {
        super(DocumentKind.CREDIT_NOTE, CreditNoteDocument.class, "Credit note");
    }

    @Override
    CurrencyUnit currency(CreditNoteDocument document) {
        return document.creditNote().totals().currency();
    }

    @Override
    void draw(CreditNoteDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        CreditNote note = document.creditNote();
        Blocks.letterhead(sheet, document.letterhead(), logo, "CREDIT NOTE", note.number(), StatusMark.NONE);
        Blocks.parties(sheet, document.letterhead(), "CREDIT TO", document.billTo(), List.of(
                new Blocks.Fact("Issue date", formats.date(note.issueDate()), false),
                new Blocks.Fact("Credits invoice", note.invoiceNumber(), false),
                new Blocks.Fact("Total credit", formats.money(note.total()), true)));
        Blocks.lineItems(sheet, formats, note.lines(), note.totals());
        List<Blocks.Fact> totals = Blocks.pricedTotals(formats, note.totals(), note.discount(), false);
        totals.add(new Blocks.Fact("Total credit", formats.money(note.total()), true));
        Blocks.closing(sheet, Blocks.labelled("REASON AND USE", sentence(note.reason())
                + formats.money(note.appliedToInvoice()) + " reduces what is due on invoice " + note.invoiceNumber()
                + (note.toClientCredit().isPositive() ? "; " + formats.money(note.toClientCredit())
                + " is added to your credit balance for future invoices." : ".")), totals);
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text + " " : text + ". ";
    }
}
