package dev.clientportal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A client's customer at a payment gateway. The primary key (workspace, client, gateway) keeps one per client and
 * gateway however many instances create one at the same moment.
 */
@Entity(name = "GatewayCustomer")
@Table(name = "cp_gateway_customer")
class GatewayCustomerEntity {

    @EmbeddedId
    Key key;

    @Column(name = "customer_reference", nullable = false, length = 200)
    String customerReference;

    protected GatewayCustomerEntity() {
    }

    /** A workspace, one of its clients, and a gateway's name. */
    @Embeddable
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "workspace_id", nullable = false)
        UUID workspaceId;

        @Column(name = "client_id", nullable = false)
        UUID clientId;

        @Column(name = "gateway", nullable = false, length = 200)
        String gateway;

        protected Key() {
        }

        Key(UUID workspaceId, UUID clientId, String gateway) {
            this.workspaceId = workspaceId;
            this.clientId = clientId;
            this.gateway = gateway;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.workspaceId.equals(workspaceId) && key.clientId.equals(clientId)
                    && key.gateway.equals(gateway);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, clientId, gateway);
        }
    }
}
