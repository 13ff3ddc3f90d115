package dev.clientportal.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.stripe.Stripe;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Stripe events built from the {@code event} fixture and signed here as Stripe signs them (HMAC-SHA256 of
 * {@code timestamp.payload} with the endpoint secret, header {@code t=…,v1=…}), independently of the SDK.
 */
final class SignedEvents {

    private SignedEvents() {
    }

    static String event(String id, String type, Instant created, JsonNode object) {
        return event(id, type, created, object, Stripe.API_VERSION, null);
    }

    static String event(String id, String type, Instant created, JsonNode object, String apiVersion,
                        String account) {
        ObjectNode event = StripeFixtures.object("event");
        event.put("id", id);
        event.put("type", type);
        event.put("created", created.getEpochSecond());
        event.put("api_version", apiVersion);
        event.put("pending_webhooks", 1);
        if (account != null) {
            event.put("account", account);
        }
        ObjectNode data = StripeFixtures.JSON.createObjectNode();
        data.set("object", object);
        event.set("data", data);
        return event.toString();
    }

    static String signature(String payload, String secret, Instant signedAt) {
        long t = signedAt.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + t + ",v1=" + v1;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
