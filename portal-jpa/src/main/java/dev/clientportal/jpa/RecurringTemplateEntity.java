package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.automation.AutoCharge;
import dev.clientportal.core.automation.Cadence;
import dev.clientportal.core.automation.LineChange;
import dev.clientportal.core.automation.RecurringStatus;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.pricing.LineItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recurring template row: workspace, client and status as columns for the queries, the version for optimistic
 * saves, and what it bills and when (lines with their currency, cadence, dates, line changes, auto-charge) as JSON.
 * Its progress is {@link RecurringProgressEntity}, a row of its own.
 */
@Entity(name = "RecurringTemplate")
@Table(name = "cp_recurring_template")
class RecurringTemplateEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "client_id", nullable = false)
    UUID clientId;

    @Column(name = "status", nullable = false, length = 20)
    String status;

    @Column(name = "content", nullable = false, length = Json.TEXT)
    String content;

    @Column(name = "version", nullable = false)
    long version;

    protected RecurringTemplateEntity() {
    }

    static RecurringTemplateEntity of(RecurringTemplate template) {
        RecurringTemplateEntity entity = new RecurringTemplateEntity();
        entity.id = template.id().value();
        entity.workspaceId = template.workspaceId().value();
        entity.version = 1;
        entity.copy(template);
        return entity;
    }

    void copy(RecurringTemplate template) {
        clientId = template.clientId().value();
        status = template.status().name();
        ObjectNode node = Json.object();
        node.set("lines", lines(template.lines()));
        node.put("notes", template.notes());
        if (template.paymentTerms() == null) {
            node.putNull("paymentTerms");
        } else {
            node.set("paymentTerms", Json.paymentTerms(template.paymentTerms()));
        }
        node.put("cadenceUnit", template.cadence().unit().name());
        node.put("cadenceInterval", template.cadence().interval());
        node.put("start", template.start().toString());
        node.put("until", template.until() == null ? null : template.until().toString());
        node.put("maxCycles", template.maxCycles());
        node.put("autoSend", template.autoSend());
        ArrayNode changes = node.putArray("changes");
        for (LineChange change : template.changes()) {
            changes.addObject().put("effectiveFrom", change.effectiveFrom().toString())
                    .set("lines", lines(change.lines()));
        }
        node.put("autoCharge", template.autoCharge() == null ? null
                : template.autoCharge().paymentMethodReference());
        content = Json.write(node);
    }

    RecurringTemplate toTemplate() {
        JsonNode node = Json.read(content);
        List<LineChange> changes = new ArrayList<>(node.path("changes").size());
        for (JsonNode change : node.path("changes")) {
            changes.add(new LineChange(LocalDate.parse(change.path("effectiveFrom").asText()),
                    lines(change.path("lines"))));
        }
        JsonNode terms = node.path("paymentTerms");
        return new RecurringTemplate(new RecurringTemplateId(id), new WorkspaceId(workspaceId), new ClientId(clientId),
                lines(node.path("lines")), node.path("notes").asText(),
                terms.isNull() || terms.isMissingNode() ? null : Json.paymentTerms(terms),
                new Cadence(Cadence.Unit.valueOf(node.path("cadenceUnit").asText()),
                        node.path("cadenceInterval").asInt()),
                LocalDate.parse(node.path("start").asText()), date(node.path("until")),
                node.path("maxCycles").asInt(), node.path("autoSend").asBoolean(), changes,
                RecurringStatus.valueOf(status), version, autoCharge(node.path("autoCharge")));
    }

    /** Lines with the currency of their prices, which a template keeps without a currency column of its own. */
    private static ObjectNode lines(List<LineItem> lines) {
        ObjectNode node = Json.object().put("currency", lines.get(0).unitPrice().currency().code());
        node.set("items", InvoiceJson.lines(lines));
        return node;
    }

    private static List<LineItem> lines(JsonNode node) {
        return InvoiceJson.lines(node.path("items"), CurrencyUnit.of(node.path("currency").asText()));
    }

    private static @Nullable LocalDate date(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : LocalDate.parse(node.asText());
    }

    private static @Nullable AutoCharge autoCharge(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : AutoCharge.to(node.asText());
    }
}
