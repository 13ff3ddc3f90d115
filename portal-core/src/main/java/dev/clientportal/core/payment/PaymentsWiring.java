package dev.clientportal.core.payment;

import dev.clientportal.core.catalog.DocumentInfo;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.catalog.DocumentResolver;
import dev.clientportal.core.kernel.DocumentType;
import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.Optional;
import dev.clientportal.core.notices.Notices;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.internal.PortalRuntime;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.workspace.NumberSequence;
import dev.clientportal.core.workspace.PeriodLocks;
import dev.clientportal.core.workspace.WorkspaceRepository;

/** Builds {@link Payments} from its stores for {@code ClientPortal}: wiring, not API. */
@Internal
public final class PaymentsWiring {

    private PaymentsWiring() {
    }

    /** The use cases over their stores and the portal runtime; {@code chargebacks} stops what a chargeback stops. */
    public static Payments create(WorkspaceRepository workspaces, ClientRepository clients, InvoiceRepository invoices,
                                  PaymentRepository payments, GatewayEventInbox gatewayEvents, TransactionRunner transactions,
                                  @Nullable PaymentGateway gateway, Notices notifier, NumberSequence numbers,
                                  ChargebackHold chargebacks, PeriodLocks periodLocks, PortalRuntime runtime) {
        return new PaymentService(workspaces, clients, invoices, payments, gatewayEvents, transactions, gateway,
                notifier, numbers, chargebacks, periodLocks, runtime);
    }

    /** Receipts, which exist only for payments whose money has arrived. */
    public static Map<DocumentType, DocumentResolver> documents(PaymentRepository payments) {
        return Map.of(DocumentType.RECEIPT, (workspaceId, id) -> payments.find(workspaceId, new PaymentId(id))
                .filter(Payment::isReceived)
                .map(payment -> new DocumentInfo(new DocumentRef(DocumentType.RECEIPT, id), payment.clientId(),
                        "Receipt " + payment.reference(), Optional.empty())));
    }
}
