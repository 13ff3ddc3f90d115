package dev.clientportal.core.pricing;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import static dev.clientportal.core.money.CurrencyUnit.BHD;
import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.pricing.TaxRounding.PER_DOCUMENT;
import static dev.clientportal.core.pricing.TaxRounding.PER_LINE;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Golden figures: each expected amount was worked out by hand from the rule it illustrates. */
class DocumentTotalsTest {

    private static final TaxRate VAT_19 = TaxRate.of("VAT", "19");
    private static final TaxRate VAT_22 = TaxRate.of("IVA", "22");
    private static final TaxRate REDUCED_5_5 = TaxRate.of("TVA réduite", "5.5");
    private static final TaxRate GST_5 = TaxRate.of("GST", "5");
    private static final TaxRate QST_9_975 = TaxRate.compound("QST", "9.975");

    @ParameterizedTest(name = "taxes rounded {0}")
    @EnumSource(TaxRounding.class)
    void thousandPlusNineteenPercentTax_isExactlyElevenNinety(TaxRounding rounding) {
        DocumentTotals totals = totals(USD, rounding, LineItem.of("Retainer", "1", "", usd("1000.00"), VAT_19));

        assertThat(totals.subtotal()).isEqualTo(usd("1000.00"));
        assertThat(totals.taxes()).containsExactly(new TaxAmount(VAT_19, usd("1000.00"), usd("190.00")));
        assertThat(totals.taxTotal()).isEqualTo(usd("190.00"));
        assertThat(totals.total()).isEqualTo(usd("1190.00"));
    }

    @Test
    void lineDiscountThenTax_roundsTheNetOnceAndTheTaxWhereTheWorkspaceSays() {
        // 348.35 × 16 = 5573.60; less 4 % = 5350.656, shown as 5350.66.
        // Per line: 22 % of the rounded 5350.66 = 1177.1452 → 1177.15, total 6527.81.
        // Per document the same figures: EN 16931 BR-CO-17 charges the rate on the sum of the rounded line nets,
        // 22 % of 5350.66 = 1177.1452 → 1177.15. (This test used to expect 1177.14, 22 % of the unrounded 5350.656,
        // printed as "22 % on 5,350.66 = 1,177.14": a row no reader or validator can recompute.)
        LineItem line = LineItem.of("Espresso machine", "16", "pc", Money.of("348.35", EUR), VAT_22)
                .withDiscount(Discount.percent("4"));

        DocumentTotals perLine = totals(EUR, PER_LINE, line);
        assertThat(perLine.lines().get(0).gross()).isEqualTo(eur("5573.60"));
        assertThat(perLine.lines().get(0).lineDiscount()).isEqualTo(eur("222.94"));
        assertThat(perLine.lines().get(0).net()).isEqualTo(eur("5350.66"));
        assertThat(perLine.lines().get(0).taxes()).containsExactly(eur("1177.15"));
        assertThat(perLine.total()).isEqualTo(eur("6527.81"));

        DocumentTotals perDocument = totals(EUR, PER_DOCUMENT, line);
        assertThat(perDocument.subtotal()).isEqualTo(eur("5350.66"));
        assertThat(perDocument.lines().get(0).taxes()).isEmpty();
        assertThat(perDocument.taxes()).containsExactly(new TaxAmount(VAT_22, eur("5350.66"), eur("1177.15")));
        assertThat(perDocument.total()).isEqualTo(eur("6527.81"));
    }

    @Test
    void tenSmallLines_differByTwoCentsBetweenPerLineAndPerDocumentRounding() {
        // The issue text ("Foundation") says "38.00 with per-document rounding"; the arithmetic says otherwise:
        // each line's tax is 5.5 % of 3.60 = 0.198, which rounds to 0.20 per line (10 × 0.20 = 2.00 → 38.00),
        // while the document's exact tax 10 × 0.198 = 1.98 rounds once to 1.98 (→ 37.98). So 38.00 is the
        // per-line result and 37.98 the per-document one; both are asserted here. The base is 10 × 3.60 = 36.00
        // either way, so BR-CO-17 (tax = rounded base × rate, rounded once) keeps 36.00 × 5.5 % = 1.98 → 37.98.
        List<LineItem> lines = Collections.nCopies(10,
                LineItem.of("Croissant", "1", "pc", eur("3.60"), REDUCED_5_5));

        DocumentTotals perLine = DocumentTotals.calculate(EUR, lines, Discount.none(), PER_LINE, false);
        assertThat(perLine.taxes()).containsExactly(new TaxAmount(REDUCED_5_5, eur("36.00"), eur("2.00")));
        assertThat(perLine.total()).isEqualTo(eur("38.00"));

        DocumentTotals perDocument = DocumentTotals.calculate(EUR, lines, Discount.none(), PER_DOCUMENT, false);
        assertThat(perDocument.taxes()).containsExactly(new TaxAmount(REDUCED_5_5, eur("36.00"), eur("1.98")));
        assertThat(perDocument.total()).isEqualTo(eur("37.98"));
    }

    @Test
    void fractionalHours_roundTheLineHalfUp() {
        // 1.5 × 123.45 = 185.175 → 185.18
        DocumentTotals totals = totals(USD, PER_LINE, LineItem.of("Consulting", "1.5", "h", usd("123.45")));
        assertThat(totals.lines().get(0).gross()).isEqualTo(usd("185.18"));
        assertThat(totals.total()).isEqualTo(usd("185.18"));
    }

    @Test
    void aCompoundTax_isChargedOnTheNetPlusTheEarlierTaxes() {
        // GST 5 % of 100.00 = 5.00; QST 9.975 % of 105.00 = 10.47375 → 10.47; total 115.47
        DocumentTotals totals = totals(USD, PER_LINE, LineItem.of("Design", "1", "", usd("100.00"), GST_5, QST_9_975));

        assertThat(totals.lines().get(0).taxes()).containsExactly(usd("5.00"), usd("10.47"));
        assertThat(totals.taxes()).containsExactly(new TaxAmount(GST_5, usd("100.00"), usd("5.00")),
                new TaxAmount(QST_9_975, usd("105.00"), usd("10.47")));
        assertThat(totals.total()).isEqualTo(usd("115.47"));
    }

    @Test
    void compoundTaxesPerDocument_areChargedOnRoundedBasesAndRoundedOncePerRate() {
        // Three lines of 33.33 with GST 5 % and compound QST 9.975 %:
        // GST 5 % of 99.99 = 4.9995 → 5.00; QST base 99.99 + 5.00 = 104.99, tax 10.4727525 → 10.47.
        LineItem line = LineItem.of("Hour", "1", "h", usd("33.33"), GST_5, QST_9_975);
        DocumentTotals totals = totals(USD, PER_DOCUMENT, line, line, line);

        assertThat(totals.taxes()).containsExactly(new TaxAmount(GST_5, usd("99.99"), usd("5.00")),
                new TaxAmount(QST_9_975, usd("104.99"), usd("10.47")));
        assertThat(totals.total()).isEqualTo(usd("115.46"));

        // per line: GST 1.6665 → 1.67 each, QST on 35.00 = 3.49125 → 3.49 each
        DocumentTotals perLine = totals(USD, PER_LINE, line, line, line);
        assertThat(perLine.taxes()).containsExactly(new TaxAmount(GST_5, usd("99.99"), usd("5.01")),
                new TaxAmount(QST_9_975, usd("105.00"), usd("10.47")));
        assertThat(perLine.total()).isEqualTo(usd("115.47"));
    }

    @Test
    void anInvoicePercentDiscount_isSplitOverTheLinesSoTaxablePartsSumToSubtotalLessDiscount() {
        // subtotal 150.01, 10 % = 15.001 → 15.00, split 10000:5000:1 → 999.93…, 499.96…, 0.09… cents:
        // floors 999 + 499 + 0 = 1498, the two leftover cents go to the largest remainders (line 2, then line 1)
        DocumentTotals totals = DocumentTotals.calculate(USD, List.of(
                        LineItem.of("A", "1", "", usd("100.00"), VAT_19),
                        LineItem.of("B", "1", "", usd("50.00"), VAT_19),
                        LineItem.of("C", "1", "", usd("0.01"), VAT_19)),
                Discount.percent("10"), PER_LINE, false);

        assertThat(totals.subtotal()).isEqualTo(usd("150.01"));
        assertThat(totals.discount()).isEqualTo(usd("15.00"));
        assertThat(totals.lines()).extracting(LineTotals::documentDiscount)
                .containsExactly(usd("10.00"), usd("5.00"), usd("0.00"));
        assertThat(totals.lines()).extracting(LineTotals::taxable)
                .containsExactly(usd("90.00"), usd("45.00"), usd("0.01"));
        // taxes per line: 17.10, 8.55, 0.0019 → 0.00
        assertThat(totals.taxes()).containsExactly(new TaxAmount(VAT_19, usd("135.01"), usd("25.65")));
        assertThat(totals.total()).isEqualTo(usd("160.66"));
    }

    @Test
    void anInvoiceAmountDiscount_isSplitInProportionToTheLineNets() {
        DocumentTotals totals = DocumentTotals.calculate(USD, List.of(
                        LineItem.of("A", "1", "", usd("30.00")),
                        LineItem.of("B", "1", "", usd("70.00"))),
                Discount.amount(usd("20.00")), PER_DOCUMENT, false);

        assertThat(totals.lines()).extracting(LineTotals::documentDiscount).containsExactly(usd("6.00"), usd("14.00"));
        assertThat(totals.lines()).extracting(LineTotals::taxable).containsExactly(usd("24.00"), usd("56.00"));
        assertThat(totals.total()).isEqualTo(usd("80.00"));
    }

    @Test
    void perDocumentTaxes_areChargedOnTheRoundedLineAmountLessItsDiscountShare() {
        // 1.5 × 0.67 = 1.005, shown as 1.01. Half-rate tax, per line and per document: 50 % of 1.01 = 0.505 → 0.51.
        // (Per document this used to be 0.50, 50 % of the unrounded 1.005, printed on a base of 1.01; BR-CO-17
        // charges the rate on the rounded line amount, so the row reads 50 % of 1.01 = 0.51.)
        TaxRate half = TaxRate.of("Half", "50");
        LineItem line = LineItem.of("Screws", "1.5", "kg", usd("0.67"), half);
        assertThat(totals(USD, PER_LINE, line).total()).isEqualTo(usd("1.52"));
        assertThat(totals(USD, PER_DOCUMENT, line).taxes())
                .containsExactly(new TaxAmount(half, usd("1.01"), usd("0.51")));
        assertThat(totals(USD, PER_DOCUMENT, line).total()).isEqualTo(usd("1.52"));

        // With 0.01 off the invoice the taxable amount is 1.00: tax 0.50
        DocumentTotals discounted = DocumentTotals.calculate(USD, List.of(line), Discount.amount(usd("0.01")),
                PER_DOCUMENT, false);
        assertThat(discounted.taxes()).containsExactly(new TaxAmount(half, usd("1.00"), usd("0.50")));
        assertThat(discounted.total()).isEqualTo(usd("1.50"));
    }

    @ParameterizedTest(name = "taxes rounded {0}")
    @EnumSource(TaxRounding.class)
    void aPartOfTheLines_keepsItsShareOfTheDocumentDiscount(TaxRounding rounding) {
        // Two lines of 100.00 at 10 % with 50 % off the document: 200.00 − 100.00 + 10.00 = 110.00. One line is
        // half of it: 100.00 less its 50.00 share of the discount, plus 10 % of 50.00 = 55.00.
        TaxRate vat10 = TaxRate.of("VAT", "10");
        List<LineItem> lines = List.of(LineItem.of("Design", "1", "", usd("100.00"), vat10),
                LineItem.of("Build", "1", "", usd("100.00"), vat10));
        assertThat(DocumentTotals.calculate(USD, lines, Discount.percent("50"), rounding, false).total())
                .isEqualTo(usd("110.00"));

        DocumentTotals first = DocumentTotals.part(USD, lines, Discount.percent("50"), rounding, false, Set.of(),
                List.of(0));
        assertThat(first.subtotal()).isEqualTo(usd("100.00"));
        assertThat(first.discount()).isEqualTo(usd("50.00"));
        assertThat(first.taxes()).containsExactly(new TaxAmount(vat10, usd("50.00"), usd("5.00")));
        assertThat(first.total()).isEqualTo(usd("55.00"));
        assertThat(DocumentTotals.part(USD, lines, Discount.percent("50"), rounding, false, Set.of(0), List.of(1))
                .total()).isEqualTo(usd("55.00"));
    }

    @Test
    void partsOfAPerDocumentInvoice_takeWhatTheirRoundedTaxAddsSoTheySumToTheInvoice() {
        // Three lines of 1.05 at 10 %, per document: 10 % of 3.15 = 0.315 → 0.32, total 3.47. Alone, each line's
        // tax would be 0.105 → 0.11 and three parts would sum to 3.48. The second part takes what its line adds to
        // the tax of the lines taken so far: 10 % of 2.10 = 0.21, less the first part's 0.11 = 0.10; the third
        // 0.32 − 0.21 = 0.11. So 1.16 + 1.15 + 1.16 = 3.47, exactly the invoice.
        TaxRate vat10 = TaxRate.of("VAT", "10");
        LineItem line = LineItem.of("Stamp", "1", "", usd("1.05"), vat10);
        List<LineItem> lines = List.of(line, line, line);
        assertThat(DocumentTotals.calculate(USD, lines, Discount.none(), PER_DOCUMENT, false).total())
                .isEqualTo(usd("3.47"));

        assertThat(DocumentTotals.part(USD, lines, Discount.none(), PER_DOCUMENT, false, Set.of(), List.of(0))
                .taxes()).containsExactly(new TaxAmount(vat10, usd("1.05"), usd("0.11")));
        assertThat(DocumentTotals.part(USD, lines, Discount.none(), PER_DOCUMENT, false, Set.of(0), List.of(1))
                .taxes()).containsExactly(new TaxAmount(vat10, usd("1.05"), usd("0.10")));
        assertThat(DocumentTotals.part(USD, lines, Discount.none(), PER_DOCUMENT, false, Set.of(0, 1), List.of(2))
                .total()).isEqualTo(usd("1.16"));
        assertThat(DocumentTotals.part(USD, lines, Discount.none(), PER_DOCUMENT, false, Set.of(), List.of(2, 0, 1)))
                .as("every line at once is the invoice, in the order asked")
                .satisfies(all -> assertThat(all.total()).isEqualTo(usd("3.47")))
                .satisfies(all -> assertThat(all.lines()).hasSize(3));
    }

    @Test
    void aLineTakenTwiceOrNotOnTheDocument_isRejected() {
        List<LineItem> lines = List.of(LineItem.of("Design", "1", "", usd("10.00")));
        assertRejected(() -> DocumentTotals.part(USD, lines, Discount.none(), PER_LINE, false, Set.of(0),
                List.of(0)), ErrorCode.INVALID_VALUE).hasMessageContaining("once");
        assertRejected(() -> DocumentTotals.part(USD, lines, Discount.none(), PER_LINE, false, Set.of(),
                List.of(1)), ErrorCode.INVALID_VALUE).hasMessageContaining("1-line");
    }

    @Test
    void aTaxExemptClient_isChargedNoTaxes() {
        DocumentTotals totals = DocumentTotals.calculate(USD,
                List.of(LineItem.of("Design", "2", "h", usd("80.00"), VAT_19, GST_5)), Discount.none(), PER_LINE, true);

        assertThat(totals.taxes()).isEmpty();
        assertThat(totals.lines().get(0).taxes()).isEmpty();
        assertThat(totals.taxTotal()).isEqualTo(usd("0.00"));
        assertThat(totals.total()).isEqualTo(usd("160.00"));
    }

    @Test
    void yenDocuments_roundToWholeYen() {
        // 3 × ¥1,234 = ¥3,702; 10 % = 370.2 → ¥370; total ¥4,072. 0.5 h × ¥1,001 = 500.5 → ¥501
        TaxRate consumption = TaxRate.of("Consumption tax", "10");
        DocumentTotals totals = totals(JPY, PER_LINE,
                LineItem.of("Print", "3", "", Money.of("1234", JPY), consumption),
                LineItem.of("Call", "0.5", "h", Money.of("1001", JPY)));

        assertThat(totals.lines()).extracting(LineTotals::net)
                .containsExactly(Money.of("3702", JPY), Money.of("501", JPY));
        assertThat(totals.taxes()).containsExactly(new TaxAmount(consumption, Money.of("3702", JPY),
                Money.of("370", JPY)));
        assertThat(totals.total()).isEqualTo(Money.of("4573", JPY));
    }

    @Test
    void dinarDocuments_roundToThreeDecimals() {
        // 2.5 × 12.345 = 30.8625 → 30.863; 10 % of 30.863 = 3.0863 → 3.086; total 33.949
        TaxRate vat = TaxRate.of("VAT", "10");
        DocumentTotals totals = totals(BHD, PER_LINE, LineItem.of("Translation", "2.5", "page",
                Money.of("12.345", BHD), vat));

        assertThat(totals.subtotal()).isEqualTo(Money.of("30.863", BHD));
        assertThat(totals.taxTotal()).isEqualTo(Money.of("3.086", BHD));
        assertThat(totals.total()).isEqualTo(Money.of("33.949", BHD));
    }

    @Test
    void anEmptyDocument_totalsZero() {
        assertThat(DocumentTotals.calculate(JPY, List.of(), Discount.none(), PER_LINE, false))
                .isEqualTo(DocumentTotals.empty(JPY));
    }

    @Test
    void aLineInAnotherCurrency_isRejected() {
        assertRejected(() -> totals(USD, PER_LINE, LineItem.of("A", "1", "", usd("1")),
                LineItem.of("B", "1", "", eur("1"))), ErrorCode.CURRENCY_MISMATCH).hasMessageContaining("lines[1]");
        assertRejected(() -> DocumentTotals.calculate(USD, List.of(LineItem.of("A", "1", "", usd("1"))),
                Discount.amount(eur("1")), PER_LINE, false), ErrorCode.CURRENCY_MISMATCH);
    }

    @Test
    void aZeroOrNegativeQuantity_isAnInvalidQuantity() {
        assertRejected(() -> LineItem.of("Refund", "-1", "", usd("10")), ErrorCode.INVALID_QUANTITY)
                .hasMessageContaining("line.quantity = -1");
        assertRejected(() -> LineItem.of("Nothing", "0", "", usd("10")), ErrorCode.INVALID_QUANTITY);
        assertRejected(() -> LineItem.of("Too fine", "0.0000001", "", usd("10")), ErrorCode.INVALID_QUANTITY);
        assertRejected(() -> LineItem.of("Words", "two", "", usd("10")), ErrorCode.INVALID_QUANTITY);
    }

    @Test
    void aNegativeUnitPrice_isRejected() {
        assertRejected(() -> LineItem.of("Credit", "1", "", usd("-5")), ErrorCode.NEGATIVE_AMOUNT)
                .hasMessageContaining("credit note");
    }

    @Test
    void aDiscountLargerThanTheLine_isRejected() {
        LineItem line = LineItem.of("Design", "2", "h", usd("40.00"));
        assertRejected(() -> line.withDiscount(Discount.amount(usd("80.01"))), ErrorCode.DISCOUNT_EXCEEDS_AMOUNT)
                .hasMessageContaining("80.00");
        assertThat(totals(USD, PER_LINE, line.withDiscount(Discount.amount(usd("80.00")))).total())
                .isEqualTo(usd("0.00"));
    }

    @Test
    void anInvoiceDiscountLargerThanTheSubtotal_isRejected() {
        List<LineItem> lines = List.of(LineItem.of("Design", "1", "", usd("50.00")));
        assertRejected(() -> DocumentTotals.calculate(USD, lines, Discount.amount(usd("50.01")), PER_LINE, false),
                ErrorCode.DISCOUNT_EXCEEDS_AMOUNT).hasMessageContaining("USD 50.00");
        assertThat(DocumentTotals.calculate(USD, lines, Discount.percent("100"), PER_LINE, false).total())
                .isEqualTo(usd("0.00"));
    }

    @Test
    void aTaxChargedTwiceOnOneLine_isRejected() {
        assertRejected(() -> LineItem.of("Design", "1", "", usd("1"), VAT_19, VAT_19), ErrorCode.INVALID_VALUE)
                .hasMessageContaining("VAT");
    }

    @Test
    void documentsTooLargeForTheSdk_areOutOfRange() {
        Money huge = Money.ofMinor(Long.MAX_VALUE / 2, USD);
        assertRejected(() -> totals(USD, PER_LINE, LineItem.of("A", "3", "", huge)), ErrorCode.AMOUNT_OUT_OF_RANGE);
        assertRejected(() -> totals(USD, PER_LINE, LineItem.of("A", "1", "", huge), LineItem.of("B", "1", "", huge),
                LineItem.of("C", "1", "", huge)), ErrorCode.AMOUNT_OUT_OF_RANGE);
    }

    private static DocumentTotals totals(CurrencyUnit currency, TaxRounding rounding, LineItem... lines) {
        return DocumentTotals.calculate(currency, List.of(lines), Discount.none(), rounding, false);
    }

    private static Money usd(String amount) {
        return Money.of(amount, USD);
    }

    private static Money eur(String amount) {
        return Money.of(amount, EUR);
    }
}
