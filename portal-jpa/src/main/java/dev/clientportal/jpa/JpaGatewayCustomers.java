package dev.clientportal.jpa;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.payment.GatewayCustomers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Optional;

/**
 * Gateway customers in {@code cp_gateway_customer}, one row per (workspace, client, gateway). Remembering is an
 * insert that skips a taken key instead of failing (a unique violation would abort the caller's transaction), then a
 * locking read of the row, which waits for a racing inserter and sees what it committed:
 * <ul>
 *   <li>PostgreSQL: {@code INSERT … ON CONFLICT DO NOTHING};</li>
 *   <li>MariaDB: {@code INSERT … ON DUPLICATE KEY UPDATE} that writes nothing new ({@code INSERT IGNORE} would hide
 *       a missing client too); the locking read sees the latest committed row, not the transaction's snapshot;</li>
 *   <li>H2: the workspace row is locked first (H2 has no insert that waits for a racing insert of the same key and
 *       then skips it), then a {@code MERGE … WHEN NOT MATCHED}.</li>
 * </ul>
 */
final class JpaGatewayCustomers implements GatewayCustomers {

    private static final String POSTGRESQL_INSERT = "insert into cp_gateway_customer"
            + " (workspace_id, client_id, gateway, customer_reference) values (?1, ?2, ?3, ?4)"
            + " on conflict (workspace_id, client_id, gateway) do nothing";

    private static final String MARIADB_INSERT = "insert into cp_gateway_customer"
            + " (workspace_id, client_id, gateway, customer_reference) values (?1, ?2, ?3, ?4)"
            + " on duplicate key update customer_reference = customer_reference";

    private static final String H2_INSERT = "merge into cp_gateway_customer c"
            + " using (values (cast(?1 as uuid), cast(?2 as uuid), cast(?3 as varchar(200))))"
            + " s (workspace_id, client_id, gateway)"
            + " on c.workspace_id = s.workspace_id and c.client_id = s.client_id and c.gateway = s.gateway"
            + " when not matched then insert (workspace_id, client_id, gateway, customer_reference)"
            + " values (?1, ?2, ?3, ?4)";

    private final EntityManagers entityManagers;

    JpaGatewayCustomers(EntityManagers entityManagers) {
        this.entityManagers = entityManagers;
    }

    @Override
    public Optional<String> find(WorkspaceId workspaceId, ClientId clientId, String gateway) {
        try {
            return Optional.ofNullable(entityManagers.current().find(GatewayCustomerEntity.class,
                    key(workspaceId, clientId, gateway))).map(row -> row.customerReference);
        } catch (RuntimeException e) {
            throw Failures.translate(e, "find the " + gateway + " customer of client " + clientId);
        }
    }

    @Override
    public String remember(WorkspaceId workspaceId, ClientId clientId, String gateway, String customerReference) {
        String reference = GatewayCustomers.requireValid(workspaceId, clientId, gateway, customerReference);
        EntityManager entityManager = entityManagers.current();
        try {
            SqlDialect dialect = SqlDialect.of(entityManager);
            dialect.queueKeyInserts(entityManager, workspaceId.value());
            String sql = switch (dialect) {
                case POSTGRESQL -> POSTGRESQL_INSERT;
                case MARIADB -> MARIADB_INSERT;
                case H2 -> H2_INSERT;
            };
            entityManager.createNativeQuery(sql)
                    .setParameter(1, workspaceId.value())
                    .setParameter(2, clientId.value())
                    .setParameter(3, gateway)
                    .setParameter(4, reference)
                    .executeUpdate();
            GatewayCustomerEntity row = entityManager.find(GatewayCustomerEntity.class,
                    key(workspaceId, clientId, gateway), LockModeType.PESSIMISTIC_READ);
            if (row == null) {
                throw new IllegalStateException("the " + gateway + " customer of client " + clientId
                        + " was neither inserted nor found");
            }
            return row.customerReference;
        } catch (RuntimeException e) {
            throw Failures.translate(e, "remember the " + gateway + " customer of client " + clientId);
        }
    }

    private static GatewayCustomerEntity.Key key(WorkspaceId workspaceId, ClientId clientId, String gateway) {
        return new GatewayCustomerEntity.Key(workspaceId.value(), clientId.value(), gateway);
    }
}
