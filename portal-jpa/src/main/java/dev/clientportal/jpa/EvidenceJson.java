package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.access.Evidence;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * The JSON codec of the evidence kept with every client decision (quote decisions, signatures, approvals), and of
 * the optional ids and instants the decision documents hold: every field by an explicit name, instants in ISO-8601
 * with their full precision.
 */
final class EvidenceJson {

    private EvidenceJson() {
    }

    static ObjectNode evidence(Evidence evidence) {
        return Json.object().put("actor", evidence.actor()).put("at", evidence.at().toString())
                .put("address", evidence.address()).put("userAgent", evidence.userAgent())
                .put("contentHash", evidence.contentHash()).put("typedName", evidence.typedName());
    }

    static Evidence evidence(JsonNode node) {
        return new Evidence(node.path("actor").asText(), Instant.parse(node.path("at").asText()),
                node.path("address").asText(), node.path("userAgent").asText(), node.path("contentHash").asText(),
                node.path("typedName").asText());
    }

    /** Puts a UUID, or JSON null. */
    static void putId(ObjectNode node, String field, @Nullable UUID id) {
        if (id == null) {
            node.putNull(field);
        } else {
            node.put(field, id.toString());
        }
    }

    /** A UUID put by {@link #putId}, or null. */
    static @Nullable UUID id(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : UUID.fromString(value.asText());
    }

    /** Puts an instant, or JSON null. */
    static void putInstant(ObjectNode node, String field, @Nullable Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, instant.toString());
        }
    }

    /** An instant put by {@link #putInstant}, or null. */
    static @Nullable Instant instant(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? null : Instant.parse(value.asText());
    }
}
