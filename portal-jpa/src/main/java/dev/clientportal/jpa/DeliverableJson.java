package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.approval.ApprovalRequest;
import dev.clientportal.core.approval.ApprovalRequestId;
import dev.clientportal.core.approval.ApprovalRule;
import dev.clientportal.core.approval.ApprovalStatus;
import dev.clientportal.core.approval.Decision;
import dev.clientportal.core.approval.DecisionKind;
import dev.clientportal.core.approval.Deliverable;
import dev.clientportal.core.approval.DeliverableId;
import dev.clientportal.core.approval.DeliverableVersion;
import dev.clientportal.core.approval.DeliverableVersionId;
import dev.clientportal.core.approval.ExtraRoundPolicy;
import dev.clientportal.core.approval.Milestone;
import dev.clientportal.core.approval.MilestoneBilling;
import dev.clientportal.core.approval.RevisionRound;
import dev.clientportal.core.approval.VersionFile;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ContactId;
import dev.clientportal.core.files.ContentHash;
import dev.clientportal.core.files.FileId;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.pricing.LineItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON codec of a deliverable's content column: its terms (title, project, rounds, extra-round policy,
 * milestone), its versions with their files, its approval requests with every decision and its evidence, and its
 * revision rounds. A line item carries its own currency, since a deliverable has none.
 */
final class DeliverableJson {

    private DeliverableJson() {
    }

    static ObjectNode content(Deliverable deliverable) {
        ObjectNode node = Json.object();
        node.put("title", deliverable.title()).put("project", deliverable.project())
                .put("includedRounds", deliverable.includedRounds())
                .put("signatureRequired", deliverable.signatureRequired())
                .put("createdBy", deliverable.createdBy());
        node.set("extraRounds", extraRounds(deliverable.extraRounds()));
        deliverable.milestone().ifPresentOrElse(milestone -> {
            ObjectNode milestoneNode = node.putObject("milestone").put("name", milestone.name())
                    .put("billing", milestone.billing().name());
            ArrayNode lines = milestoneNode.putArray("lines");
            milestone.lines().forEach(line -> lines.add(line(line)));
        }, () -> node.putNull("milestone"));
        EvidenceJson.putId(node, "milestoneInvoiceId", deliverable.milestoneInvoiceId().map(InvoiceId::value)
                .orElse(null));
        ArrayNode versions = node.putArray("versions");
        deliverable.versions().forEach(version -> versions.add(version(version)));
        ArrayNode requests = node.putArray("requests");
        deliverable.requests().forEach(request -> requests.add(request(request)));
        ArrayNode rounds = node.putArray("rounds");
        for (RevisionRound round : deliverable.rounds()) {
            ObjectNode roundNode = rounds.addObject().put("number", round.number())
                    .put("requestId", round.requestId().value().toString()).put("versionNumber", round.versionNumber())
                    .put("requestedBy", round.requestedBy().value().toString())
                    .put("openedAt", round.openedAt().toString()).put("beyondIncluded", round.beyondIncluded());
            EvidenceJson.putId(roundNode, "billedOn", round.billedOn().map(InvoiceId::value).orElse(null));
        }
        return node;
    }

    static Deliverable deliverable(UUID id, UUID workspaceId, UUID clientId, Instant createdAt, long version,
                                   JsonNode node) {
        JsonNode milestoneNode = node.path("milestone");
        Optional<Milestone> milestone = milestoneNode.isNull() || milestoneNode.isMissingNode() ? Optional.empty()
                : Optional.of(new Milestone(milestoneNode.path("name").asText(), lines(milestoneNode.path("lines")),
                MilestoneBilling.valueOf(milestoneNode.path("billing").asText())));
        List<DeliverableVersion> versions = new ArrayList<>();
        node.path("versions").forEach(versionNode -> versions.add(version(versionNode)));
        List<ApprovalRequest> requests = new ArrayList<>();
        node.path("requests").forEach(requestNode -> requests.add(request(requestNode)));
        List<RevisionRound> rounds = new ArrayList<>();
        for (JsonNode round : node.path("rounds")) {
            rounds.add(new RevisionRound(round.path("number").asInt(),
                    new ApprovalRequestId(uuid(round, "requestId")), round.path("versionNumber").asInt(),
                    new ContactId(uuid(round, "requestedBy")), Instant.parse(round.path("openedAt").asText()),
                    round.path("beyondIncluded").asBoolean(),
                    Optional.ofNullable(EvidenceJson.id(round, "billedOn")).map(InvoiceId::new)));
        }
        return new Deliverable(new DeliverableId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                node.path("title").asText(), node.path("project").asText(), node.path("includedRounds").asInt(),
                extraRounds(node.path("extraRounds")), node.path("signatureRequired").asBoolean(), milestone,
                Optional.ofNullable(EvidenceJson.id(node, "milestoneInvoiceId")).map(InvoiceId::new), versions,
                requests, rounds, node.path("createdBy").asText(), createdAt, version);
    }

    private static ObjectNode version(DeliverableVersion version) {
        ObjectNode node = Json.object().put("id", version.id().value().toString()).put("number", version.number())
                .put("note", version.note()).put("contentHash", version.contentHash().hex())
                .put("addedBy", version.addedBy()).put("addedAt", version.addedAt().toString());
        ArrayNode files = node.putArray("files");
        for (VersionFile file : version.files()) {
            files.addObject().put("fileId", file.fileId().value().toString()).put("name", file.name())
                    .put("contentType", file.contentType()).put("contentHash", file.contentHash().hex())
                    .put("size", file.size());
        }
        return node;
    }

    private static DeliverableVersion version(JsonNode node) {
        List<VersionFile> files = new ArrayList<>();
        for (JsonNode file : node.path("files")) {
            files.add(new VersionFile(new FileId(uuid(file, "fileId")), file.path("name").asText(),
                    file.path("contentType").asText(), new ContentHash(file.path("contentHash").asText()),
                    file.path("size").asLong()));
        }
        return new DeliverableVersion(new DeliverableVersionId(uuid(node, "id")), node.path("number").asInt(), files,
                node.path("note").asText(), new ContentHash(node.path("contentHash").asText()),
                node.path("addedBy").asText(), Instant.parse(node.path("addedAt").asText()));
    }

    private static ObjectNode request(ApprovalRequest request) {
        ObjectNode node = Json.object().put("id", request.id().value().toString())
                .put("versionNumber", request.versionNumber()).put("rule", request.rule().name())
                .put("status", request.status().name()).put("requestedBy", request.requestedBy())
                .put("requestedAt", request.requestedAt().toString()).put("closedBy", request.closedBy())
                .put("closingNote", request.closingNote());
        EvidenceJson.putInstant(node, "closedAt", request.closedAt().orElse(null));
        ArrayNode approvers = node.putArray("approvers");
        request.approvers().forEach(contact -> approvers.add(contact.value().toString()));
        ArrayNode decisions = node.putArray("decisions");
        for (Decision decision : request.decisions()) {
            ObjectNode decisionNode = decisions.addObject().put("contactId", decision.contactId().value().toString())
                    .put("kind", decision.kind().name()).put("versionNumber", decision.versionNumber())
                    .put("comment", decision.comment());
            EvidenceJson.putId(decisionNode, "pinnedFile", decision.pinnedFile().map(FileId::value).orElse(null));
            decisionNode.set("evidence", EvidenceJson.evidence(decision.evidence()));
        }
        return node;
    }

    private static ApprovalRequest request(JsonNode node) {
        List<ContactId> approvers = new ArrayList<>();
        node.path("approvers").forEach(contact -> approvers.add(new ContactId(UUID.fromString(contact.asText()))));
        List<Decision> decisions = new ArrayList<>();
        for (JsonNode decision : node.path("decisions")) {
            decisions.add(new Decision(new ContactId(uuid(decision, "contactId")),
                    DecisionKind.valueOf(decision.path("kind").asText()), decision.path("versionNumber").asInt(),
                    decision.path("comment").asText(),
                    Optional.ofNullable(EvidenceJson.id(decision, "pinnedFile")).map(FileId::new),
                    EvidenceJson.evidence(decision.path("evidence"))));
        }
        return new ApprovalRequest(new ApprovalRequestId(uuid(node, "id")), node.path("versionNumber").asInt(),
                approvers, ApprovalRule.valueOf(node.path("rule").asText()),
                ApprovalStatus.valueOf(node.path("status").asText()), decisions, node.path("requestedBy").asText(),
                Instant.parse(node.path("requestedAt").asText()), node.path("closedBy").asText(),
                Optional.ofNullable(EvidenceJson.instant(node, "closedAt")), node.path("closingNote").asText());
    }

    private static ObjectNode extraRounds(ExtraRoundPolicy policy) {
        if (policy instanceof ExtraRoundPolicy.Bill bill) {
            ObjectNode node = Json.object().put("kind", "BILL");
            node.set("line", line(bill.line()));
            return node;
        }
        return Json.object().put("kind", policy.flags() ? "FLAG_ONLY" : "NONE");
    }

    private static ExtraRoundPolicy extraRounds(JsonNode node) {
        return switch (node.path("kind").asText()) {
            case "BILL" -> ExtraRoundPolicy.bill(line(node.path("line")));
            case "FLAG_ONLY" -> ExtraRoundPolicy.flagOnly();
            case "NONE" -> ExtraRoundPolicy.none();
            default -> throw new IllegalStateException("a stored extra-round policy has the unknown kind "
                    + node.path("kind").asText());
        };
    }

    /** A line item with its currency. */
    private static JsonNode line(LineItem line) {
        ObjectNode node = (ObjectNode) InvoiceJson.lines(List.of(line)).get(0);
        return node.put("currency", line.unitPrice().currency().code());
    }

    private static LineItem line(JsonNode node) {
        return InvoiceJson.lines(Json.array().add(node), CurrencyUnit.of(node.path("currency").asText())).get(0);
    }

    private static List<LineItem> lines(JsonNode array) {
        List<LineItem> lines = new ArrayList<>(array.size());
        array.forEach(node -> lines.add(line(node)));
        return lines;
    }

    private static UUID uuid(JsonNode node, String field) {
        return UUID.fromString(node.path(field).asText());
    }
}
