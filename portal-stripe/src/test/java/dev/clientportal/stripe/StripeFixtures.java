package dev.clientportal.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Stripe's own sample objects (src/test/resources/stripe, MIT, see its README) as fresh mutable copies, so a test
 * changes only what its case is about.
 */
final class StripeFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode RESOURCES = load();

    private StripeFixtures() {
    }

    static ObjectNode object(String type) {
        JsonNode fixture = RESOURCES.get(type);
        if (fixture == null) {
            throw new IllegalArgumentException("no fixture " + type);
        }
        return fixture.deepCopy();
    }

    static ObjectNode checkoutSession(String id, long amount, String currency, String paymentStatus,
                                      String paymentIntent, Map<String, String> metadata) {
        ObjectNode session = object("checkout.session");
        session.put("id", id);
        session.put("url", "https://checkout.stripe.com/c/pay/" + id);
        session.put("amount_total", amount);
        session.put("amount_subtotal", amount);
        session.put("currency", currency);
        session.put("payment_status", paymentStatus);
        session.put("status", "complete");
        session.put("payment_intent", paymentIntent);
        session.set("metadata", JSON.valueToTree(metadata));
        return session;
    }

    static ObjectNode paymentIntent(String id, long amount, String currency, String status,
                                    Map<String, String> metadata) {
        ObjectNode intent = object("payment_intent");
        intent.put("id", id);
        intent.put("amount", amount);
        intent.put("amount_received", status.equals("succeeded") ? amount : 0);
        intent.put("currency", currency);
        intent.put("status", status);
        intent.put("client_secret", id + "_secret_test");
        intent.putNull("last_payment_error");
        intent.putNull("next_action");
        intent.set("metadata", JSON.valueToTree(metadata));
        return intent;
    }

    static ObjectNode refund(String id, long amount, String currency, String status, String paymentIntent) {
        ObjectNode refund = object("refund");
        refund.put("id", id);
        refund.put("amount", amount);
        refund.put("currency", currency);
        refund.put("status", status);
        refund.put("payment_intent", paymentIntent);
        return refund;
    }

    /** A Stripe error body, as the API answers a failed request. */
    static String error(String type, String code, String message) {
        ObjectNode error = JSON.createObjectNode();
        error.put("type", type);
        error.put("code", code);
        error.put("message", message);
        ObjectNode body = JSON.createObjectNode();
        body.set("error", error);
        return body.toString();
    }

    private static JsonNode load() {
        try (InputStream in = StripeFixtures.class.getResourceAsStream("/stripe/fixtures.json")) {
            if (in == null) {
                throw new IllegalStateException("stripe/fixtures.json is not on the test class path");
            }
            return JSON.readTree(in).get("resources");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
