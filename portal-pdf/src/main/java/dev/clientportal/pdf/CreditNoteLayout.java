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
        super(DocumentKind.CREDIT_NOTE, CreditNoteDocument.class, Phrase.NOUN_CREDIT_NOTE);
    }

    @Override
    CurrencyUnit currency(CreditNoteDocument document) {
        return document.creditNote().totals().currency();
    }

    @Override
    void draw(CreditNoteDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        CreditNote note = document.creditNote();
        Labels labels = sheet.labels;
        Blocks.letterhead(sheet, document.letterhead(), logo, labels.get(Phrase.TITLE_CREDIT_NOTE), note.number(),
                StatusMark.NONE);
        Blocks.parties(sheet, document.letterhead(), labels.get(Phrase.CREDIT_TO), document.billTo(), List.of(
                new Blocks.Fact(labels.get(Phrase.CREDIT_NOTE_DATE), formats.date(note.issueDate()), false),
                new Blocks.Fact(labels.get(Phrase.CREDITS_INVOICE), note.invoiceNumber(), false),
                new Blocks.Fact(labels.get(Phrase.TOTAL_CREDIT), formats.money(note.total()), true)));
        Blocks.lineItems(sheet, formats, note.lines(), note.totals());
        List<Blocks.Fact> totals = Blocks.pricedTotals(formats, labels, note.totals(), note.discount(), false);
        totals.add(new Blocks.Fact(labels.get(Phrase.TOTAL_CREDIT), formats.money(note.total()), true));
        String use = note.toClientCredit().isPositive()
                ? labels.get(Phrase.CREDIT_APPLIED_AND_KEPT, formats.money(note.appliedToInvoice()),
                note.invoiceNumber(), formats.money(note.toClientCredit()))
                : labels.get(Phrase.CREDIT_APPLIED, formats.money(note.appliedToInvoice()), note.invoiceNumber());
        Blocks.closing(sheet, Blocks.labelled(labels.get(Phrase.REASON_AND_USE), sentence(note.reason()) + use),
                totals);
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text + " " : text + ". ";
    }
}
