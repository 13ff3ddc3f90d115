package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.document.DocumentKind;
import dev.clientportal.core.document.StatementDocument;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.receivables.Statement;
import dev.clientportal.core.receivables.StatementLine;

import java.util.List;
import java.util.Optional;

/** A client statement: the period, a balance summary, and every movement with the running balance. */
final class StatementLayout extends Layout<StatementDocument> {

    StatementLayout() {
        super(DocumentKind.STATEMENT, StatementDocument.class, Phrase.NOUN_STATEMENT);
    }

    @Override
    CurrencyUnit currency(StatementDocument document) {
        return document.statement().currency();
    }

    @Override
    void draw(StatementDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Statement statement = document.statement();
        Labels labels = sheet.labels;
        String period = formats.date(statement.from()) + " – " + formats.date(statement.to());
        Blocks.letterhead(sheet, document.letterhead(), logo, labels.get(Phrase.TITLE_STATEMENT), period,
                StatusMark.NONE);
        Money increases = Money.zero(statement.currency());
        Money decreases = Money.zero(statement.currency());
        for (StatementLine line : statement.lines()) {
            if (line.amount().isNegative()) {
                decreases = decreases.minus(line.amount());
            } else {
                increases = increases.plus(line.amount());
            }
        }
        Money closing = statement.closingBalance();
        Blocks.parties(sheet, document.letterhead(), labels.get(Phrase.STATEMENT_FOR), document.billTo(), List.of(
                new Blocks.Fact(labels.get(Phrase.OPENING_BALANCE), formats.money(statement.openingBalance()), false),
                new Blocks.Fact(labels.get(Phrase.INVOICED_AND_REFUNDED), formats.money(increases), false),
                new Blocks.Fact(labels.get(Phrase.PAID_AND_CREDITED), formats.money(decreases.negate()), false),
                new Blocks.Fact(labels.get(closing.isNegative() ? Phrase.YOUR_CREDIT : Phrase.BALANCE_DUE),
                        formats.money(closing.isNegative() ? closing.negate() : closing), true)));

        float amount = 92f;
        float date = 82f;
        float kind = 96f;
        Table table = new Table(sheet, List.of(new Table.Column(labels.get(Phrase.COLUMN_DATE), date, false),
                new Table.Column(labels.get(Phrase.COLUMN_MOVEMENT), kind, false),
                new Table.Column(labels.get(Phrase.REFERENCE), sheet.width() - date - kind - 2 * amount, false),
                new Table.Column(labels.get(Phrase.COLUMN_AMOUNT), amount, true),
                new Table.Column(labels.get(Phrase.COLUMN_BALANCE), amount, true))).begin();
        Style body = sheet.palette.body;
        table.row(sheet.palette.bodyBold, formats.date(statement.from()), labels.get(Phrase.OPENING_BALANCE), "", "",
                formats.money(statement.openingBalance()));
        for (StatementLine line : statement.lines()) {
            table.row(body, formats.date(line.date()), labels.movement(line.kind()), line.reference(),
                    formats.money(line.amount()), formats.money(line.balance()));
        }
        table.row(sheet.palette.bodyBold, formats.date(statement.to()), labels.get(Phrase.CLOSING_BALANCE), "", "",
                formats.money(closing));
        table.end();
    }
}
