package dev.clientportal.pdf;

import com.lowagie.text.Image;
import dev.clientportal.core.access.Evidence;
import dev.clientportal.core.agreement.SignatureCertificate;
import dev.clientportal.core.document.BillTo;
import dev.clientportal.core.document.Letterhead;
import dev.clientportal.core.document.Signatory;
import dev.clientportal.core.document.StatusMark;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.pricing.TaxAmount;
import dev.clientportal.core.workspace.TaxId;

import java.awt.Color;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts documents share, top to bottom: the letterhead band, the parties band (from, to, key facts), the
 * line-item table, the closing band (payment details beside the totals), free-text sections, and the evidence of
 * signatures and acceptances.
 *
 * <p>The bands are compact on purpose: a 20-line invoice with a logo, two tax rates and a pay link fits on one
 * Letter page.
 */
final class Blocks {

    static final float GAP = 14f;
    private static final float LOGO_MAX_WIDTH = 160f;
    private static final float LOGO_MAX_HEIGHT = 46f;
    private static final float FACTS_WIDTH = 190f;
    static final float TOTALS_WIDTH = 228f;
    private static final float PARTY_WIDTH = 150f;
    private static final float DETAIL_LABEL_WIDTH = 96f;
    private static final float CARD_INDENT = 10f;

    private Blocks() {
    }

    /**
     * The first band: the logo (or the business name as a word mark) on the left; the status stamp, the document
     * title and its reference on the right.
     */
    static void letterhead(Sheet sheet, Letterhead letterhead, Optional<Image> logo, String title, String reference,
                           StatusMark mark) {
        Palette palette = sheet.palette;
        float top = sheet.y();
        float left;
        if (logo.isPresent()) {
            Image image = logo.get();
            float scale = Math.min(LOGO_MAX_WIDTH / image.getPlainWidth(), LOGO_MAX_HEIGHT / image.getPlainHeight());
            float height = image.getPlainHeight() * scale;
            sheet.image(image, sheet.left(), top - height, image.getPlainWidth() * scale, height);
            left = top - height;
        } else {
            Style wordMark = palette.businessName.sized(18f);
            sheet.text(letterhead.businessName(), wordMark, sheet.left(), top - wordMark.size());
            left = top - wordMark.leading();
        }
        float titleBaseline = top - palette.title.size() * 0.78f;
        sheet.textRight(title, palette.title, sheet.right(), titleBaseline);
        if (mark != StatusMark.NONE) {
            stamp(sheet, sheet.labels.mark(mark), Palette.markColour(mark),
                    sheet.right() - palette.title.width(title) - 12f, titleBaseline);
        }
        float right = top - palette.title.leading();
        sheet.textRight(reference, palette.reference, sheet.right(), right - palette.reference.size());
        right -= palette.reference.leading();
        sheet.moveTo(Math.min(left, right) - GAP);
    }

    /** A boxed stamp ending at {@code right}, its text on the title's baseline. */
    private static void stamp(Sheet sheet, String text, Color colour, float right, float baseline) {
        Style style = Style.bold(13f, colour);
        float width = style.width(text) + 16f;
        float height = style.size() + 9f;
        float bottom = baseline - 5f;
        sheet.box(right - width, bottom, width, height, colour, 1.5f);
        sheet.text(text, style, right - width + 8f, baseline);
    }

    /**
     * The second band: the business (name, address, email, tax ids), the client under {@code toLabel}, and the
     * document's key facts on the right, the last of them emphasised.
     */
    static void parties(Sheet sheet, Letterhead letterhead, String toLabel, BillTo billTo, List<Fact> facts) {
        float top = sheet.y();
        List<String> from = new ArrayList<>(letterhead.addressLines());
        if (!letterhead.email().isEmpty()) {
            from.add(letterhead.email());
        }
        for (TaxId taxId : letterhead.taxIds()) {
            from.add(taxId.scheme() + " " + taxId.value());
        }
        float fromBottom = party(sheet, sheet.labels.get(Phrase.FROM), letterhead.businessName(), from, sheet.left(),
                top);
        List<String> to = new ArrayList<>(billTo.addressLines());
        if (!billTo.email().isEmpty()) {
            to.add(billTo.email());
        }
        if (!billTo.taxId().isEmpty()) {
            to.add(sheet.labels.get(Phrase.TAX_ID, billTo.taxId()));
        }
        float toBottom = party(sheet, toLabel, billTo.name(), to, sheet.left() + PARTY_WIDTH + 12f, top);
        sheet.moveTo(top);
        facts(sheet, facts, sheet.right() - FACTS_WIDTH, FACTS_WIDTH);
        sheet.moveTo(Math.min(Math.min(fromBottom, toBottom), sheet.y()) - GAP);
    }

    private static float party(Sheet sheet, String label, String name, List<String> lines, float x, float top) {
        Palette palette = sheet.palette;
        float y = top;
        sheet.text(label, palette.label, x, y - palette.label.size());
        y -= palette.label.leading() + 1f;
        for (String line : Lines.wrap(name, palette.bodyBold, PARTY_WIDTH)) {
            sheet.text(line, palette.bodyBold, x, y - palette.bodyBold.size());
            y -= palette.bodyBold.leading();
        }
        for (String detail : lines) {
            for (String line : Lines.wrap(detail, palette.small, PARTY_WIDTH)) {
                sheet.text(line, palette.small, x, y - palette.small.size());
                y -= palette.small.leading();
            }
        }
        return y;
    }

    /** Label–value rows; an emphasised row is bold on a tinted band. */
    static void facts(Sheet sheet, List<Fact> facts, float x, float width) {
        Palette palette = sheet.palette;
        for (Fact fact : facts) {
            Style value = fact.emphasis() ? palette.total : palette.body;
            Style label = fact.emphasis() ? palette.bodyBold : palette.smallMuted;
            float height = factHeight(sheet, fact);
            sheet.ensure(height);
            float top = sheet.y();
            if (fact.emphasis()) {
                sheet.fill(x, top - height, width, height, palette.accentTint);
            }
            float baseline = top - height / 2 - value.size() * 0.35f;
            sheet.text(fact.label(), label, x + 6f, baseline);
            sheet.textRight(fact.value(), value, x + width - 6f, baseline);
            sheet.down(height);
        }
    }

    private static float factHeight(Sheet sheet, Fact fact) {
        return fact.emphasis() ? sheet.palette.total.leading() + 8f : sheet.palette.body.leading() + 2f;
    }

    /** The height {@link #facts} takes. */
    static float factsHeight(Sheet sheet, List<Fact> facts) {
        float height = 0;
        for (Fact fact : facts) {
            height += factHeight(sheet, fact);
        }
        return height;
    }

    /**
     * The line-item table: description (with its discount under it), quantity and unit, unit price, each tax
     * rate (with the line's tax when taxes are rounded per line) and the line amount.
     */
    static void lineItems(Sheet sheet, Formats formats, List<LineItem> lines, DocumentTotals totals) {
        Palette palette = sheet.palette;
        Labels labels = sheet.labels;
        float amount = 76f;
        float price = 70f;
        float quantity = 46f;
        float tax = 124f;
        Table table = new Table(sheet, List.of(
                new Table.Column(labels.get(Phrase.COLUMN_DESCRIPTION), sheet.width() - amount - price - quantity - tax,
                        false),
                new Table.Column(labels.get(Phrase.COLUMN_QUANTITY), quantity, true),
                new Table.Column(labels.get(Phrase.COLUMN_UNIT_PRICE), price, true),
                new Table.Column(labels.get(Phrase.COLUMN_TAX), tax, false),
                new Table.Column(labels.get(Phrase.COLUMN_AMOUNT), amount, true))).begin();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            LineTotals figures = totals.lines().get(i);
            List<Table.Span> what = new ArrayList<>(2);
            what.add(new Table.Span(line.description(), palette.body));
            if (figures.lineDiscount().isPositive()) {
                what.add(new Table.Span(discount(formats, labels, line.discount(), figures.lineDiscount()),
                        palette.smallMuted));
            }
            List<Table.Span> taxes = new ArrayList<>(line.taxes().size());
            for (int t = 0; t < line.taxes().size(); t++) {
                TaxRate rate = line.taxes().get(t);
                String figure = t < figures.taxes().size() ? " · " + formats.money(figures.taxes().get(t)) : "";
                taxes.add(new Table.Span(rate.name() + " " + formats.percent(rate.rate()) + figure, palette.small));
            }
            String qty = formats.quantity(line.quantity()) + (line.unit().isEmpty() ? "" : " " + line.unit());
            table.row(List.of(new Table.Cell(what), Table.Cell.of(qty, palette.body),
                    Table.Cell.of(formats.money(line.unitPrice()), palette.body), new Table.Cell(taxes),
                    Table.Cell.of(formats.money(figures.net()), palette.body)));
        }
        table.end();
        sheet.down(GAP);
    }

    private static String discount(Formats formats, Labels labels, Discount discount, Money amount) {
        String rate = discount instanceof Discount.Percent percent ? " " + formats.percent(percent.percentage()) : "";
        return labels.get(Phrase.DISCOUNT) + rate + " " + formats.money(amount.negate());
    }

    /**
     * Subtotal, discount and the tax summary by rate (each rate with the amount it was charged on), the rows
     * every priced document's totals start with.
     */
    static List<Fact> pricedTotals(Formats formats, Labels labels, DocumentTotals totals, Discount discount,
                                   boolean exempt) {
        List<Fact> rows = new ArrayList<>();
        rows.add(new Fact(labels.get(Phrase.SUBTOTAL), formats.money(totals.subtotal()), false));
        if (totals.discount().isPositive()) {
            String rate = discount instanceof Discount.Percent percent
                    ? " " + formats.percent(percent.percentage()) : "";
            rows.add(new Fact(labels.get(Phrase.DISCOUNT) + rate, formats.money(totals.discount().negate()), false));
        }
        for (TaxAmount tax : totals.taxes()) {
            String rate = tax.rate().name() + " " + formats.percent(tax.rate().rate())
                    + (tax.rate().compound() ? " " + labels.get(Phrase.TAX_COMPOUND) : "");
            rows.add(new Fact(labels.get(Phrase.TAX_ON, rate, formats.money(tax.taxable())),
                    formats.money(tax.tax()), false));
        }
        if (exempt) {
            rows.add(new Fact(labels.get(Phrase.TAX_EXEMPT), formats.money(Money.zero(totals.currency())), false));
        }
        return rows;
    }

    /**
     * The closing band: something on the left (payment details, a note) beside the totals on the right, kept
     * together on one page.
     */
    static void closing(Sheet sheet, Column left, List<Fact> totals) {
        float leftWidth = sheet.width() - TOTALS_WIDTH - GAP;
        sheet.ensure(Math.max(left.height(sheet, leftWidth), factsHeight(sheet, totals)));
        float top = sheet.y();
        left.draw(sheet, sheet.left(), leftWidth);
        float leftBottom = sheet.y();
        sheet.moveTo(top);
        facts(sheet, totals, sheet.right() - TOTALS_WIDTH, TOTALS_WIDTH);
        sheet.moveTo(Math.min(leftBottom, sheet.y()) - GAP);
    }

    /** A labelled text across the content width, e.g. notes or terms; it flows onto the next page if long. */
    static void section(Sheet sheet, String label, String text) {
        if (text.isBlank()) {
            return;
        }
        label(sheet, label, sheet.palette.small.leading());
        sheet.paragraph(text, sheet.palette.small, sheet.left(), sheet.width());
        sheet.down(GAP / 2);
    }

    /** A section label at the left margin, kept on the page with the first {@code following} points under it. */
    static void label(Sheet sheet, String label, float following) {
        Palette palette = sheet.palette;
        sheet.ensure(palette.label.leading() + 1f + following);
        sheet.text(label, palette.label, sheet.left(), sheet.y() - palette.label.size());
        sheet.down(palette.label.leading() + 1f);
    }

    /**
     * Label–value rows for values too long for {@link #facts} (titles, hashes, user agents): the label in a narrow
     * muted column, the value wrapping beside it; an emphasised value is bold.
     */
    static void details(Sheet sheet, List<Fact> rows, float x, float width) {
        Palette palette = sheet.palette;
        for (Fact row : rows) {
            List<String> lines = Lines.wrap(row.value(), valueStyle(sheet, row), width - DETAIL_LABEL_WIDTH);
            sheet.ensure(lines.size() * palette.body.leading());
            sheet.text(row.label(), palette.smallMuted, x, sheet.y() - palette.body.size());
            for (String line : lines) {
                sheet.text(line, valueStyle(sheet, row), x + DETAIL_LABEL_WIDTH, sheet.y() - palette.body.size());
                sheet.down(palette.body.leading());
            }
        }
    }

    /** The height {@link #details} takes at this width. */
    static float detailsHeight(Sheet sheet, List<Fact> rows, float width) {
        float height = 0;
        for (Fact row : rows) {
            height += Lines.wrap(row.value(), valueStyle(sheet, row), width - DETAIL_LABEL_WIDTH).size()
                    * sheet.palette.body.leading();
        }
        return height;
    }

    private static Style valueStyle(Sheet sheet, Fact row) {
        return row.emphasis() ? sheet.palette.bodyBold : sheet.palette.body;
    }

    /**
     * The evidence of one signature or acceptance as rows for a {@link #card}: the signer's email, when (in the
     * workspace's zone, the zone spelled out), the address and user agent it came from, the typed name, whose
     * sign-in it was made under (by name: the portal's internal actor ids mean nothing to a reader), and the SHA-256
     * they were shown, checked against {@code documentHash}.
     *
     * @param act what they did: {@link Act#SIGNED} or {@link Act#ACCEPTED}
     */
    static List<Fact> evidence(Formats formats, Labels labels, ZoneId zone, Act act, Signatory who,
                               String documentHash) {
        Evidence evidence = who.evidence();
        List<Fact> rows = new ArrayList<>(8);
        if (!who.email().isEmpty()) {
            rows.add(new Fact(labels.get(Phrase.EMAIL), who.email(), false));
        }
        rows.add(new Fact(labels.get(act.at), formats.instant(evidence.at(), zone), true));
        rows.add(new Fact(labels.get(Phrase.IP_ADDRESS), orNotRecorded(labels, evidence.address()), false));
        rows.add(new Fact(labels.get(Phrase.USER_AGENT), orNotRecorded(labels, evidence.userAgent()), false));
        rows.add(new Fact(labels.get(Phrase.TYPED_NAME), evidence.typedName(), true));
        rows.add(new Fact(labels.get(Phrase.SIGNED_IN_AS), labels.get(who.party() == SignatureCertificate.Party.CLIENT
                ? Phrase.IN_CLIENT_PORTAL : Phrase.FOR_BUSINESS, who.name()), false));
        rows.add(new Fact(labels.get(act.hash), evidence.contentHash(), false));
        rows.add(new Fact(labels.get(Phrase.HASH_CHECK), labels.get(evidence.contentHash().equals(documentHash)
                ? Phrase.HASH_MATCHES : Phrase.HASH_DIFFERS), false));
        return rows;
    }

    /** What a signatory's evidence records: a signature or an acceptance, with the labels of its time and hash. */
    enum Act {
        SIGNED(Phrase.SIGNED_AT, Phrase.SIGNED_HASH),
        ACCEPTED(Phrase.ACCEPTED_AT, Phrase.ACCEPTED_HASH);

        private final Phrase at;
        private final Phrase hash;

        Act(Phrase at, Phrase hash) {
            this.at = at;
            this.hash = hash;
        }
    }

    /**
     * A card across the content width: a bold heading and {@link #details} rows beside an accent bar, kept on one
     * page together with the section label above it (none when {@code label} is empty).
     */
    static void card(Sheet sheet, String label, String heading, List<Fact> rows) {
        Palette palette = sheet.palette;
        float width = sheet.width() - CARD_INDENT;
        List<String> title = Lines.wrap(heading, palette.bodyBold, width);
        float height = title.size() * palette.bodyBold.leading() + 2f + detailsHeight(sheet, rows, width);
        float labelHeight = label.isEmpty() ? 0 : palette.label.leading() + 1f;
        sheet.ensure(labelHeight + height + GAP / 2);
        if (!label.isEmpty()) {
            label(sheet, label, height);
        }
        float top = sheet.y();
        sheet.fill(sheet.left(), top - height, 2f, height, palette.accent);
        float x = sheet.left() + CARD_INDENT;
        for (String line : title) {
            sheet.text(line, palette.bodyBold, x, sheet.y() - palette.bodyBold.size());
            sheet.down(palette.bodyBold.leading());
        }
        sheet.down(2f);
        details(sheet, rows, x, width);
        sheet.moveTo(top - height - GAP / 2);
    }

    private static String orNotRecorded(Labels labels, String value) {
        return value.isEmpty() ? labels.get(Phrase.NOT_RECORDED) : value;
    }

    /**
     * Two labelled texts (notes and terms) side by side when both fit on this page, else one after the other
     * across the full width, flowing onto further pages as long texts must.
     */
    static void pair(Sheet sheet, String leftLabel, String leftText, String rightLabel, String rightText) {
        if (leftText.isBlank() || rightText.isBlank()) {
            section(sheet, leftLabel, leftText);
            section(sheet, rightLabel, rightText);
            return;
        }
        float width = (sheet.width() - GAP) / 2;
        Column left = labelled(leftLabel, leftText);
        Column right = labelled(rightLabel, rightText);
        float height = Math.max(left.height(sheet, width), right.height(sheet, width));
        if (!sheet.fits(height)) {
            section(sheet, leftLabel, leftText);
            section(sheet, rightLabel, rightText);
            return;
        }
        float top = sheet.y();
        left.draw(sheet, sheet.left(), width);
        sheet.moveTo(top);
        right.draw(sheet, sheet.left() + width + GAP, width);
        sheet.moveTo(top - height - GAP / 2);
    }

    /** A labelled text as a column of the closing band. */
    static Column labelled(String label, String text) {
        return new Column() {
            @Override
            public float height(Sheet sheet, float width) {
                Palette palette = sheet.palette;
                return text.isBlank() ? 0 : palette.label.leading() + 1f
                        + Lines.wrap(text, palette.small, width).size() * palette.small.leading();
            }

            @Override
            public void draw(Sheet sheet, float x, float width) {
                if (text.isBlank()) {
                    return;
                }
                Palette palette = sheet.palette;
                sheet.text(label, palette.label, x, sheet.y() - palette.label.size());
                sheet.down(palette.label.leading() + 1f);
                sheet.paragraph(text, palette.small, x, width);
            }
        };
    }

    /** Something drawn in a column of the closing band, measured first so the band is kept on one page. */
    interface Column {
        /** The height it takes at this width. */
        float height(Sheet sheet, float width);

        /** Draws it at the cursor and moves the cursor below it. */
        void draw(Sheet sheet, float x, float width);
    }

    /**
     * One row of facts.
     *
     * @param label    what it is
     * @param value    the formatted value
     * @param emphasis whether it is the figure the reader looks for (amount due, total)
     */
    record Fact(String label, String value, boolean emphasis) {
    }
}
