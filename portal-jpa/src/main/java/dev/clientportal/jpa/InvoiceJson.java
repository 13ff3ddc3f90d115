package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.invoice.Installment;
import dev.clientportal.core.invoice.InvoiceContent;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.LateFeeCharge;
import dev.clientportal.core.invoice.LateFeeCharges;
import dev.clientportal.core.invoice.LateFeePolicy;
import dev.clientportal.core.invoice.PaymentSchedule;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.Discount;
import dev.clientportal.core.pricing.DocumentTotals;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.pricing.LineTotals;
import dev.clientportal.core.pricing.TaxAmount;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.money.TaxRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON codecs of the billing documents' value objects: lines, discounts, schedules, late fees and stored
 * totals. Amounts are written in minor units of the document's currency (which is a column of the row), rates and
 * quantities as plain decimal strings, every field by an explicit name, so a stored row does not depend on how a
 * core record is spelled.
 */
final class InvoiceJson {

    /**
     * The longest JSON a document column holds: a document may have 10,000 lines of 4,000 characters (the columns
     * are {@code text} / {@code longtext} / {@code clob}; the length only tells the provider so).
     */
    static final int DOCUMENT_JSON = Json.TEXT;

    private InvoiceJson() {
    }

    /**
     * Invoice content without its currency and deposit link, which are columns. A typed due date is written only when
     * there is one, so rows written before drafts could carry one read back unchanged.
     */
    static ObjectNode content(InvoiceContent content) {
        ObjectNode node = Json.object();
        node.set("lines", lines(content.lines()));
        node.set("discount", discount(content.discount()));
        node.put("notes", content.notes());
        node.put("terms", content.terms());
        node.set("paymentTerms", Json.paymentTerms(content.paymentTerms()));
        node.set("lateFee", lateFee(content.lateFee()));
        node.set("schedule", schedule(content.schedule()));
        node.put("taxRounding", content.taxRounding().name());
        node.put("taxExempt", content.taxExempt());
        LocalDate dueDate = content.dueDate();
        if (dueDate != null) {
            node.put("dueDate", dueDate.toString());
        }
        return node;
    }

    static InvoiceContent content(JsonNode node, CurrencyUnit currency, InvoiceId depositInvoiceId) {
        return new InvoiceContent(currency, lines(node.path("lines"), currency),
                discount(node.path("discount"), currency), node.path("notes").asText(),
                node.path("terms").asText(), Json.paymentTerms(node.path("paymentTerms")),
                lateFee(node.path("lateFee"), currency), schedule(node.path("schedule"), currency),
                TaxRounding.valueOf(node.path("taxRounding").asText()), node.path("taxExempt").asBoolean(),
                depositInvoiceId, node.hasNonNull("dueDate") ? LocalDate.parse(node.path("dueDate").asText()) : null);
    }

    static ArrayNode lines(List<LineItem> lines) {
        ArrayNode array = Json.array();
        for (LineItem line : lines) {
            ObjectNode node = array.addObject();
            node.put("description", line.description());
            node.put("quantity", line.quantity().toPlainString());
            node.put("unit", line.unit());
            node.put("unitPrice", line.unitPrice().minorUnits());
            node.set("discount", discount(line.discount()));
            node.set("taxes", Json.taxRates(line.taxes()));
        }
        return array;
    }

    static List<LineItem> lines(JsonNode array, CurrencyUnit currency) {
        List<LineItem> lines = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            JsonNode unit = node.path("unit");
            lines.add(new LineItem(node.path("description").asText(), new BigDecimal(node.path("quantity").asText()),
                    unit.isNull() || unit.isMissingNode() ? null : unit.asText(),
                    Money.ofMinor(node.path("unitPrice").asLong(), currency),
                    discount(node.path("discount"), currency), Json.taxRates(node.path("taxes"))));
        }
        return lines;
    }

    static ObjectNode discount(Discount discount) {
        if (discount instanceof Discount.Percent percent) {
            return Json.object().put("kind", "PERCENT").put("percent", percent.percentage().value().toPlainString());
        }
        if (discount instanceof Discount.Amount amount) {
            return Json.object().put("kind", "AMOUNT").put("amount", amount.amount().minorUnits());
        }
        return Json.object().put("kind", "NONE");
    }

    static Discount discount(JsonNode node, CurrencyUnit currency) {
        return switch (node.path("kind").asText()) {
            case "PERCENT" -> new Discount.Percent(new Percentage(new BigDecimal(node.path("percent").asText())));
            case "AMOUNT" -> new Discount.Amount(Money.ofMinor(node.path("amount").asLong(), currency));
            case "NONE" -> Discount.none();
            default -> throw new IllegalStateException("a stored discount has the unknown kind "
                    + node.path("kind").asText());
        };
    }

    /** The late fees of an invoice's balance, or {@code null} (the column's value) when none was decided. */
    static String lateFeeCharges(LateFeeCharges charges) {
        if (charges.lastPeriod() == 0) {
            return null;
        }
        ObjectNode node = Json.object().put("lastPeriod", charges.lastPeriod());
        ArrayNode inForce = node.putArray("inForce");
        for (LateFeeCharge charge : charges.inForce()) {
            inForce.addObject().put("period", charge.period()).put("dueDate", charge.dueDate().toString())
                    .put("amount", charge.amount().minorUnits());
        }
        return Json.write(node);
    }

    static LateFeeCharges lateFeeCharges(String text, CurrencyUnit currency) {
        if (text == null) {
            return LateFeeCharges.none();
        }
        JsonNode node = Json.read(text);
        List<LateFeeCharge> inForce = new java.util.ArrayList<>();
        for (JsonNode charge : node.path("inForce")) {
            inForce.add(new LateFeeCharge(charge.path("period").asInt(),
                    java.time.LocalDate.parse(charge.path("dueDate").asText()),
                    Money.ofMinor(charge.path("amount").asLong(), currency)));
        }
        return new LateFeeCharges(node.path("lastPeriod").asInt(), inForce);
    }

    static ObjectNode lateFee(LateFeePolicy policy) {
        if (policy instanceof LateFeePolicy.Flat flat) {
            return Json.object().put("kind", "FLAT").put("amount", flat.amount().minorUnits())
                    .put("everyDays", flat.everyDays()).put("graceDays", flat.graceDays());
        }
        if (policy instanceof LateFeePolicy.Percent percent) {
            return Json.object().put("kind", "PERCENT").put("percent", percent.rate().value().toPlainString())
                    .put("everyDays", percent.everyDays()).put("graceDays", percent.graceDays());
        }
        return Json.object().put("kind", "NONE");
    }

    static LateFeePolicy lateFee(JsonNode node, CurrencyUnit currency) {
        return switch (node.path("kind").asText()) {
            case "FLAT" -> LateFeePolicy.flat(Money.ofMinor(node.path("amount").asLong(), currency),
                    node.path("everyDays").asInt(), node.path("graceDays").asInt());
            case "PERCENT" -> LateFeePolicy.percent(new Percentage(new BigDecimal(node.path("percent").asText())),
                    node.path("everyDays").asInt(), node.path("graceDays").asInt());
            case "NONE" -> LateFeePolicy.none();
            default -> throw new IllegalStateException("a stored late fee has the unknown kind "
                    + node.path("kind").asText());
        };
    }

    static ArrayNode schedule(PaymentSchedule schedule) {
        ArrayNode array = Json.array();
        for (Installment installment : schedule.installments()) {
            array.addObject().put("label", installment.label()).put("dueDate", installment.dueDate().toString())
                    .put("amount", installment.amount().minorUnits());
        }
        return array;
    }

    static PaymentSchedule schedule(JsonNode array, CurrencyUnit currency) {
        List<Installment> installments = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            installments.add(new Installment(node.path("label").asText(), LocalDate.parse(node.path("dueDate").asText()),
                    Money.ofMinor(node.path("amount").asLong(), currency)));
        }
        return installments.isEmpty() ? PaymentSchedule.NONE : new PaymentSchedule(installments);
    }

    /** Stored totals without the total itself, which is a column; never recomputed when read. */
    static ObjectNode totals(DocumentTotals totals) {
        ObjectNode node = Json.object();
        ArrayNode lines = node.putArray("lines");
        for (LineTotals line : totals.lines()) {
            ObjectNode lineNode = lines.addObject().put("gross", line.gross().minorUnits())
                    .put("net", line.net().minorUnits())
                    .put("documentDiscount", line.documentDiscount().minorUnits());
            ArrayNode taxes = lineNode.putArray("taxes");
            line.taxes().forEach(tax -> taxes.add(tax.minorUnits()));
        }
        node.put("subtotal", totals.subtotal().minorUnits());
        node.put("discount", totals.discount().minorUnits());
        ArrayNode taxes = node.putArray("taxes");
        for (TaxAmount tax : totals.taxes()) {
            taxes.addObject().put("name", tax.rate().name()).put("percent", tax.rate().rate().value().toPlainString())
                    .put("compound", tax.rate().compound()).put("taxable", tax.taxable().minorUnits())
                    .put("tax", tax.tax().minorUnits());
        }
        node.put("taxTotal", totals.taxTotal().minorUnits());
        return node;
    }

    static DocumentTotals totals(JsonNode node, CurrencyUnit currency, long total) {
        List<LineTotals> lines = new ArrayList<>(node.path("lines").size());
        for (JsonNode line : node.path("lines")) {
            JsonNode taxNodes = line.path("taxes");
            long[] taxes = new long[taxNodes.size()];
            for (int i = 0; i < taxes.length; i++) {
                taxes[i] = taxNodes.get(i).asLong();
            }
            lines.add(new LineTotals(currency, line.path("gross").asLong(), line.path("net").asLong(),
                    line.path("documentDiscount").asLong(), taxes));
        }
        List<TaxAmount> taxes = new ArrayList<>(node.path("taxes").size());
        for (JsonNode tax : node.path("taxes")) {
            TaxRate rate = new TaxRate(tax.path("name").asText(),
                    new Percentage(new BigDecimal(tax.path("percent").asText())), tax.path("compound").asBoolean());
            taxes.add(new TaxAmount(rate, Money.ofMinor(tax.path("taxable").asLong(), currency),
                    Money.ofMinor(tax.path("tax").asLong(), currency)));
        }
        return new DocumentTotals(currency, lines, Money.ofMinor(node.path("subtotal").asLong(), currency),
                Money.ofMinor(node.path("discount").asLong(), currency), taxes,
                Money.ofMinor(node.path("taxTotal").asLong(), currency), Money.ofMinor(total, currency));
    }

    static ArrayNode positions(List<Integer> positions) {
        ArrayNode array = Json.array();
        positions.forEach(array::add);
        return array;
    }

    static List<Integer> positions(JsonNode array) {
        List<Integer> positions = new ArrayList<>(array.size());
        array.forEach(node -> positions.add(node.asInt()));
        return positions;
    }
}
