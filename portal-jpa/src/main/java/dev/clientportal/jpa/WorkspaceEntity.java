package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.pricing.TaxRounding;
import dev.clientportal.core.workspace.Branding;
import dev.clientportal.core.workspace.NumberingPattern;
import dev.clientportal.core.workspace.Workspace;
import dev.clientportal.core.workspace.WorkspaceSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/** A workspace row: its settings as one JSON column (nothing queries inside them), branding in columns. */
@Entity(name = "Workspace")
@Table(name = "cp_workspace")
class WorkspaceEntity {

    @Id
    UUID id;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "settings", nullable = false, length = 20_000)
    String settings;

    @Column(name = "logo_reference", nullable = false, length = 1_000)
    String logoReference;

    @Column(name = "primary_colour", nullable = false, length = 7)
    String primaryColour;

    @Column(name = "accent_colour", nullable = false, length = 7)
    String accentColour;

    @Column(name = "branding_version", nullable = false)
    long brandingVersion;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected WorkspaceEntity() {
    }

    static WorkspaceEntity of(Workspace workspace) {
        WorkspaceEntity entity = new WorkspaceEntity();
        entity.id = workspace.id().value();
        entity.createdAt = workspace.createdAt();
        entity.version = 1;
        entity.copy(workspace);
        return entity;
    }

    void copy(Workspace workspace) {
        WorkspaceSettings s = workspace.settings();
        name = s.name();
        ObjectNode json = Json.object();
        json.put("email", s.email());
        json.set("address", Json.address(s.address()));
        json.set("taxIds", Json.taxIds(s.taxIds()));
        json.put("defaultCurrency", s.defaultCurrency().code());
        json.put("locale", s.locale().toLanguageTag());
        json.put("timeZone", s.timeZone().getId());
        json.set("paymentTerms", Json.paymentTerms(s.paymentTerms()));
        json.set("taxRates", Json.taxRates(s.taxRates()));
        json.put("invoiceNumbering", s.invoiceNumbering().pattern());
        json.put("creditNoteNumbering", s.creditNoteNumbering().pattern());
        json.put("quoteNumbering", s.quoteNumbering().pattern());
        json.put("taxRounding", s.taxRounding().name());
        settings = Json.write(json);
        logoReference = workspace.branding().logoReference();
        primaryColour = workspace.branding().primaryColour();
        accentColour = workspace.branding().accentColour();
        brandingVersion = workspace.brandingVersion();
    }

    Workspace toWorkspace() {
        JsonNode json = Json.read(settings);
        WorkspaceSettings s = new WorkspaceSettings(name, json.path("email").asText(),
                Json.address(json.path("address")), Json.taxIds(json.path("taxIds")),
                CurrencyUnit.of(json.path("defaultCurrency").asText()),
                Locale.forLanguageTag(json.path("locale").asText()), ZoneId.of(json.path("timeZone").asText()),
                Json.paymentTerms(json.path("paymentTerms")), Json.taxRates(json.path("taxRates")),
                NumberingPattern.of(json.path("invoiceNumbering").asText()),
                NumberingPattern.of(json.path("creditNoteNumbering").asText()),
                TaxRounding.valueOf(json.path("taxRounding").asText()),
                NumberingPattern.of(json.path("quoteNumbering").asText()));
        return new Workspace(new WorkspaceId(id), s, new Branding(logoReference, primaryColour, accentColour),
                brandingVersion, createdAt, version);
    }
}
