package dev.clientportal.examples.springhost;

import dev.clientportal.core.access.PortalPrincipal;
import dev.clientportal.core.clientview.PaymentSummary;
import dev.clientportal.core.payment.PaymentId;
import dev.clientportal.core.payment.PaymentStatus;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the client's payments stand (pending, received, refunded, failed), so a pending bank debit never reads as
 * paid. Core's client views list payments without their state, so the host asks portal-jpa's table for the states of
 * exactly the payments a view listed, scoped to the principal's workspace and client: one statement per page.
 */
@Component
class PaymentStates {

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    PaymentStates(EntityManager entityManager, TransactionTemplate transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /**
     * The states of listed payments.
     *
     * @param principal who looks; only its client's payments are answered
     * @param payments  payments a client view listed
     * @return each payment's state; a payment missing from the map is not the principal's
     */
    Map<PaymentId, PaymentStatus> of(PortalPrincipal principal, Collection<PaymentSummary> payments) {
        Map<PaymentId, PaymentStatus> states = new HashMap<>();
        if (payments.isEmpty()) {
            return states;
        }
        List<UUID> ids = payments.stream().map(payment -> payment.id().value()).toList();
        List<Object[]> rows = transactions.execute(status -> entityManager.createQuery(
                        "select p.id, p.status from Payment p where p.workspaceId = :workspace"
                                + " and p.clientId = :client and p.id in :ids", Object[].class)
                .setParameter("workspace", principal.workspaceId().value())
                .setParameter("client", principal.clientId().value())
                .setParameter("ids", ids)
                .getResultList());
        for (Object[] row : rows == null ? List.<Object[]>of() : rows) {
            states.put(new PaymentId((UUID) row[0]), PaymentStatus.valueOf((String) row[1]));
        }
        return states;
    }
}
