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
        super(DocumentKind.STATEMENT, StatementDocument.class, "Statement");
    }

    @Override
    CurrencyUnit currency(StatementDocument document) {
        return document.statement().currency();
    }

    @Override
    void draw(StatementDocument document, Sheet sheet, Formats formats, Optional<Image> logo) {
        Statement statement = document.statement();
        String period = formats.date(statement.from()) + " – " + formats.date(statement.to());
        Blocks.letterhead(sheet, document.letterhead(), logo, "STATEMENT", period, StatusMark.NONE);
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
        Blocks.parties(sheet, document.letterhead(), "STATEMENT FOR", document.billTo(), List.of(
                new Blocks.Fact("Opening balance", formats.money(statement.openingBalance()), false),
                new Blocks.Fact("Invoiced and refunded", formats.money(increases), false),
                new Blocks.Fact("Paid and credited", formats.money(decreases.negate()), false),
                new Blocks.Fact(closing.isNegative() ? "Your credit" : "Balance due",
                        formats.money(closing.isNegative() ? closing.negate() : closing), true)));

        float amount = 92f;
        float date = 82f;
        float kind = 96f;
        Table table = new Table(sheet, List.of(new Table.Column("Date", date, false),
                new Table.Column("Movement", kind, false),
                new Table.Column("Reference", sheet.width() - date - kind - 2 * amount, false),
                new Table.Column("Amount", amount, true), new Table.Column("Balance", amount, true))).begin();
        Style body = sheet.palette.body;
        table.row(sheet.palette.bodyBold, formats.date(statement.from()), "Opening balance", "", "",
                formats.money(statement.openingBalance()));
        for (StatementLine line : statement.lines()) {
            table.row(body, formats.date(line.date()), sheet.labels.movement(line.kind()), line.reference(),
                    formats.money(line.amount()), formats.money(line.balance()));
        }
        table.row(sheet.palette.bodyBold, formats.date(statement.to()), "Closing balance", "", "",
                formats.money(closing));
        table.end();
    }
}
