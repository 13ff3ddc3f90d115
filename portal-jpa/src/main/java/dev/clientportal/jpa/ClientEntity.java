package dev.clientportal.jpa;

import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A client row; the billing address and credit balances are JSON columns read with the client. */
@Entity(name = "Client")
@Table(name = "cp_client")
class ClientEntity {

    @Id
    UUID id;

    @Column(name = "workspace_id", nullable = false)
    UUID workspaceId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "email", nullable = false, length = 254)
    String email;

    @Column(name = "billing_address", nullable = false, length = 4_000)
    String billingAddress;

    @Column(name = "tax_id", nullable = false, length = 100)
    String taxId;

    @Column(name = "currency", nullable = false, length = 3)
    String currency;

    @Column(name = "tax_exempt", nullable = false)
    boolean taxExempt;

    /** The client's document locale as a language tag; null when the workspace's applies. */
    @Column(name = "locale", length = 35)
    String locale;

    @Column(name = "credit_balances", nullable = false, length = 4_000)
    String creditBalances;

    @Column(name = "archived", nullable = false)
    boolean archived;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "version", nullable = false)
    long version;

    protected ClientEntity() {
    }

    static ClientEntity of(Client client) {
        ClientEntity entity = new ClientEntity();
        entity.id = client.id().value();
        entity.workspaceId = client.workspaceId().value();
        entity.createdAt = client.createdAt();
        entity.version = 1;
        entity.copy(client);
        return entity;
    }

    void copy(Client client) {
        name = client.name();
        email = client.email();
        billingAddress = Json.write(Json.address(client.billingAddress()));
        taxId = client.taxId();
        currency = client.currency().code();
        taxExempt = client.taxExempt();
        locale = client.locale().map(Locale::toLanguageTag).orElse(null);
        creditBalances = Json.write(Json.amounts(client.creditBalances()));
        archived = client.archived();
    }

    Client toClient() {
        return new Client(new ClientId(id), new WorkspaceId(workspaceId), name, email,
                Json.address(Json.read(billingAddress)), taxId, CurrencyUnit.of(currency), taxExempt,
                Optional.ofNullable(locale).map(Locale::forLanguageTag),
                Json.amounts(Json.read(creditBalances)), archived, createdAt, version);
    }
}
