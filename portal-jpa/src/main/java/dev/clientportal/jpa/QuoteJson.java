package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.agreement.AgreementId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.quote.Deposit;
import dev.clientportal.core.quote.Quote;
import dev.clientportal.core.quote.QuoteContent;
import dev.clientportal.core.quote.QuoteConversion;
import dev.clientportal.core.quote.QuoteDecision;
import dev.clientportal.core.quote.QuoteId;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The JSON codec of a quote revision's content column: what it offers (lines, discount, deposit, texts, required
 * agreement), when it was sent, the revision it replaced, its decisions with their evidence and its conversion.
 * Currency and expiry are columns of the row; lines and totals use the invoice codecs.
 */
final class QuoteJson {

    private QuoteJson() {
    }

    /** Everything of a quote that is not a column. */
    static ObjectNode content(Quote quote) {
        QuoteContent content = quote.content();
        ObjectNode node = Json.object();
        node.set("lines", InvoiceJson.lines(content.lines()));
        node.set("discount", InvoiceJson.discount(content.discount()));
        node.put("notes", content.notes());
        node.put("terms", content.terms());
        node.set("deposit", deposit(content.deposit()));
        EvidenceJson.putId(node, "requiredAgreement",
                content.requiredAgreement() == null ? null : content.requiredAgreement().value());
        node.put("taxRounding", content.taxRounding().name());
        node.put("taxExempt", content.taxExempt());
        EvidenceJson.putId(node, "previousRevision",
                quote.previousRevision() == null ? null : quote.previousRevision().value());
        node.put("sentOn", quote.sentOn() == null ? null : quote.sentOn().toString());
        ArrayNode decisions = node.putArray("decisions");
        for (QuoteDecision decision : quote.decisions()) {
            decisions.addObject().put("kind", decision.kind().name()).put("text", decision.text())
                    .set("evidence", EvidenceJson.evidence(decision.evidence()));
        }
        QuoteConversion conversion = quote.conversion();
        if (conversion == null) {
            node.putNull("conversion");
        } else {
            ObjectNode converted = node.putObject("conversion");
            converted.put("invoiceId", conversion.invoiceId().toString());
            EvidenceJson.putId(converted, "depositInvoiceId",
                    conversion.depositInvoiceId() == null ? null : conversion.depositInvoiceId().value());
        }
        return node;
    }

    /** The offer of a content column, in the row's currency and with its expiry. */
    static QuoteContent offer(JsonNode node, CurrencyUnit currency, @Nullable LocalDate expiresOn) {
        UUID agreement = EvidenceJson.id(node, "requiredAgreement");
        return new QuoteContent(currency, InvoiceJson.lines(node.path("lines"), currency),
                InvoiceJson.discount(node.path("discount"), currency), node.path("notes").asText(),
                node.path("terms").asText(), expiresOn, deposit(node.path("deposit"), currency),
                agreement == null ? null : new AgreementId(agreement),
                TaxRounding.valueOf(node.path("taxRounding").asText()), node.path("taxExempt").asBoolean());
    }

    static @Nullable QuoteId previousRevision(JsonNode node) {
        UUID previous = EvidenceJson.id(node, "previousRevision");
        return previous == null ? null : new QuoteId(previous);
    }

    static @Nullable LocalDate sentOn(JsonNode node) {
        JsonNode sentOn = node.path("sentOn");
        return sentOn.isNull() || sentOn.isMissingNode() ? null : LocalDate.parse(sentOn.asText());
    }

    static List<QuoteDecision> decisions(JsonNode node) {
        List<QuoteDecision> decisions = new ArrayList<>(node.path("decisions").size());
        for (JsonNode decision : node.path("decisions")) {
            decisions.add(new QuoteDecision(QuoteDecision.Kind.valueOf(decision.path("kind").asText()),
                    EvidenceJson.evidence(decision.path("evidence")), decision.path("text").asText()));
        }
        return decisions;
    }

    static @Nullable QuoteConversion conversion(JsonNode node) {
        JsonNode conversion = node.path("conversion");
        if (conversion.isNull() || conversion.isMissingNode()) {
            return null;
        }
        UUID deposit = EvidenceJson.id(conversion, "depositInvoiceId");
        return new QuoteConversion(new InvoiceId(UUID.fromString(conversion.path("invoiceId").asText())),
                deposit == null ? null : new InvoiceId(deposit));
    }

    static ObjectNode deposit(Deposit deposit) {
        if (deposit instanceof Deposit.Percent percent) {
            return Json.object().put("kind", "PERCENT").put("percent", percent.percentage().value().toPlainString());
        }
        if (deposit instanceof Deposit.Amount amount) {
            return Json.object().put("kind", "AMOUNT").put("amount", amount.amount().minorUnits());
        }
        return Json.object().put("kind", "NONE");
    }

    static Deposit deposit(JsonNode node, CurrencyUnit currency) {
        return switch (node.path("kind").asText()) {
            case "PERCENT" -> new Deposit.Percent(new Percentage(new BigDecimal(node.path("percent").asText())));
            case "AMOUNT" -> new Deposit.Amount(Money.ofMinor(node.path("amount").asLong(), currency));
            case "NONE" -> Deposit.none();
            default -> throw new IllegalStateException("a stored deposit has the unknown kind "
                    + node.path("kind").asText());
        };
    }
}
