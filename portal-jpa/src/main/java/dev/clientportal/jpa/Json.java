package dev.clientportal.jpa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;
import dev.clientportal.core.money.TaxRate;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.workspace.TaxId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON columns: value objects an aggregate owns and no query filters on (addresses, settings, balances), written
 * field by field so a stored row does not depend on how a core record is spelled.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The length given to every column holding JSON or free text of unbounded size: above every vendor's
     * {@code varchar} limit, so the provider expects the {@code text} / {@code longtext} / {@code clob} the
     * migrations create.
     */
    static final int TEXT = 1_000_000_000;

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a JSON column", e);
        }
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON column holds no JSON: " + e.getOriginalMessage(), e);
        }
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>(array.size());
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static ObjectNode address(PostalAddress address) {
        ObjectNode node = object();
        node.set("lines", strings(address.lines()));
        node.put("city", address.city());
        node.put("postalCode", address.postalCode());
        node.put("region", address.region());
        node.put("countryCode", address.countryCode());
        return node;
    }

    static PostalAddress address(JsonNode node) {
        return new PostalAddress(strings(node.path("lines")), node.path("city").asText(),
                node.path("postalCode").asText(), node.path("region").asText(), node.path("countryCode").asText());
    }

    /** Amounts per currency as {@code {"EUR": 1250}}, in minor units. */
    static ObjectNode amounts(Map<CurrencyUnit, Money> amounts) {
        ObjectNode node = object();
        amounts.forEach((currency, amount) -> node.put(currency.code(), amount.minorUnits()));
        return node;
    }

    static Map<CurrencyUnit, Money> amounts(JsonNode node) {
        Map<CurrencyUnit, Money> amounts = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            CurrencyUnit currency = CurrencyUnit.of(field.getKey());
            amounts.put(currency, Money.ofMinor(field.getValue().asLong(), currency));
        });
        return amounts;
    }

    static ArrayNode taxIds(List<TaxId> taxIds) {
        ArrayNode array = array();
        taxIds.forEach(taxId -> array.addObject().put("scheme", taxId.scheme()).put("value", taxId.value()));
        return array;
    }

    static List<TaxId> taxIds(JsonNode array) {
        List<TaxId> taxIds = new ArrayList<>(array.size());
        array.forEach(node -> taxIds.add(new TaxId(node.path("scheme").asText(), node.path("value").asText())));
        return taxIds;
    }

    static ArrayNode taxRates(List<TaxRate> rates) {
        ArrayNode array = array();
        rates.forEach(rate -> array.addObject().put("name", rate.name())
                .put("percent", rate.rate().value().toPlainString()).put("compound", rate.compound()));
        return array;
    }

    static List<TaxRate> taxRates(JsonNode array) {
        List<TaxRate> rates = new ArrayList<>(array.size());
        array.forEach(node -> rates.add(new TaxRate(node.path("name").asText(),
                new Percentage(new BigDecimal(node.path("percent").asText())), node.path("compound").asBoolean())));
        return rates;
    }

    static ObjectNode paymentTerms(PaymentTerms terms) {
        return object().put("kind", terms.kind().name()).put("days", terms.days());
    }

    static PaymentTerms paymentTerms(JsonNode node) {
        return new PaymentTerms(PaymentTerms.Kind.valueOf(node.path("kind").asText()), node.path("days").asInt());
    }
}
