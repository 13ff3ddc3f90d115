package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.agreement.AgreementDocument;
import dev.clientportal.core.agreement.AgreementVersion;
import dev.clientportal.core.agreement.Countersignature;
import dev.clientportal.core.agreement.Signature;
import dev.clientportal.core.agreement.Signer;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The JSON codec of an agreement's versions: title, document (text or file reference), signers, signatures and
 * countersignature with their evidence, creation and sending times.
 */
final class AgreementJson {

    private AgreementJson() {
    }

    static ArrayNode versions(List<AgreementVersion> versions) {
        ArrayNode array = Json.array();
        for (AgreementVersion version : versions) {
            ObjectNode node = array.addObject().put("number", version.number()).put("title", version.title());
            node.set("document", document(version.document()));
            ArrayNode signers = node.putArray("signers");
            version.signers().forEach(signer -> signers.addObject()
                    .put("contactId", signer.contactId().value().toString()).put("name", signer.name()));
            ArrayNode signatures = node.putArray("signatures");
            version.signatures().forEach(signature -> signatures.addObject()
                    .put("contactId", signature.contactId().value().toString()).put("name", signature.name())
                    .set("evidence", EvidenceJson.evidence(signature.evidence())));
            Countersignature countersignature = version.countersignature();
            if (countersignature == null) {
                node.putNull("countersignature");
            } else {
                node.putObject("countersignature").put("user", countersignature.user())
                        .set("evidence", EvidenceJson.evidence(countersignature.evidence()));
            }
            node.put("createdAt", version.createdAt().toString());
            EvidenceJson.putInstant(node, "sentAt", version.sentAt());
        }
        return array;
    }

    static List<AgreementVersion> versions(JsonNode array) {
        List<AgreementVersion> versions = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            List<Signer> signers = new ArrayList<>();
            node.path("signers").forEach(signer -> signers.add(new Signer(contact(signer),
                    signer.path("name").asText())));
            List<Signature> signatures = new ArrayList<>();
            node.path("signatures").forEach(signature -> signatures.add(new Signature(contact(signature),
                    signature.path("name").asText(), EvidenceJson.evidence(signature.path("evidence")))));
            JsonNode counter = node.path("countersignature");
            Countersignature countersignature = counter.isNull() || counter.isMissingNode() ? null
                    : new Countersignature(counter.path("user").asText(),
                    EvidenceJson.evidence(counter.path("evidence")));
            versions.add(new AgreementVersion(node.path("number").asInt(), node.path("title").asText(),
                    document(node.path("document")), signers, signatures, countersignature,
                    Instant.parse(node.path("createdAt").asText()), EvidenceJson.instant(node, "sentAt")));
        }
        return versions;
    }

    private static ContactId contact(JsonNode node) {
        return new ContactId(UUID.fromString(node.path("contactId").asText()));
    }

    static ObjectNode document(AgreementDocument document) {
        if (document instanceof AgreementDocument.FileReference file) {
            return Json.object().put("kind", "FILE").put("fileId", file.fileId().value().toString())
                    .put("name", file.name()).put("hash", file.hash().hex());
        }
        return Json.object().put("kind", "TEXT").put("body", ((AgreementDocument.Text) document).body());
    }

    static AgreementDocument document(JsonNode node) {
        return switch (node.path("kind").asText()) {
            case "FILE" -> new AgreementDocument.FileReference(
                    new FileId(UUID.fromString(node.path("fileId").asText())), node.path("name").asText(),
                    new ContentHash(node.path("hash").asText()));
            case "TEXT" -> new AgreementDocument.Text(node.path("body").asText());
            default -> throw new IllegalStateException("a stored agreement document has the unknown kind "
                    + node.path("kind").asText());
        };
    }
}
