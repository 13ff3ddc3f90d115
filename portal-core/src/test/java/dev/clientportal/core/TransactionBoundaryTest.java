package dev.clientportal.core;

import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.access.DocumentSendLog;
import dev.clientportal.core.access.RateLimitCounter;
import dev.clientportal.core.analytics.ViewStore;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.files.FileStore;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.spi.TransactionRunner;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.clientview.InvoiceListQuery;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalFixture.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every port call the use cases make runs inside a transaction, except the ports that say in their Javadoc that they
 * commit on their own: a database adapter needs the transaction for its entity manager, and work done outside one
 * would escape a rollback.
 */
class TransactionBoundaryTest {

    /** The ports documented to commit on their own, and the runner itself. */
    private static final Set<Class<?>> ON_THEIR_OWN = Set.of(ViewStore.class, DocumentSendLog.class, FileStore.class,
            RateLimitCounter.class, TransactionRunner.class);

    private final InMemoryStores memory = InMemoryStores.create();
    private final List<String> callsOutsideATransaction = new CopyOnWriteArrayList<>();
    private final PortalFixture fixture = PortalFixture.over(strict(memory));

    @Test
    void theUseCasesOfADay_callEveryTransactionalPortInsideATransaction() {
        StaffPrincipal owner = fixture.workspace("Acme", USD);
        Client globex = fixture.client(owner, "Globex");
        Contact ana = fixture.contact(owner, globex, "Ana Ruiz", Role.BILLING, Role.APPROVER);
        Invoice invoice = fixture.issuedInvoice(owner, globex, "100.00");
        String session = fixture.signIn(owner, ana).sessionToken();
        fixture.clock.advance(Duration.ofMinutes(5));
        ContactPrincipal asAna = fixture.portal.access().authenticate(session, fixture.browser());
        fixture.portal.analytics().recordSent(owner, ref(invoice));
        fixture.portal.access().shareDocument(owner, ref(invoice), java.util.Optional.empty());
        fixture.portal.clientViews().dashboard(asAna);
        fixture.portal.clientViews().invoices(asAna, InvoiceListQuery.all(10));
        fixture.clock.advance(Duration.ofMinutes(10));
        fixture.portal.clientViews().invoice(asAna, invoice.id(), fixture.browser());
        fixture.portal.analytics().engagement(owner, ref(invoice));
        fixture.portal.analytics().followUps(owner);
        fixture.portal.payments().record(owner, RecordPayment.manual(globex.id(), Money.of("100.00", USD),
                PaymentMethod.BANK_TRANSFER, "wire-1").allocateTo(invoice.id()));
        fixture.portal.receivables().aging(owner);
        fixture.portal.audit().verify(owner);
        fixture.portal.eventRelay().deliverDue(100);

        assertThat(callsOutsideATransaction).isEmpty();
        assertThat(fixture.events).isNotEmpty();
    }

    /** The stores, with every port that joins transactions refusing to be called outside one. */
    private PortalStores strict(PortalStores stores) {
        return (PortalStores) Proxy.newProxyInstance(PortalStores.class.getClassLoader(),
                new Class<?>[] {PortalStores.class}, (proxy, method, args) -> {
                    Object port = invoke(method, stores, args);
                    Class<?> type = method.getReturnType();
                    if (!type.isInterface() || ON_THEIR_OWN.contains(type)) {
                        return port;
                    }
                    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                            (portProxy, call, callArgs) -> {
                                if (call.getDeclaringClass() != Object.class
                                        && !stores.transactions().isTransactionOpen()) {
                                    callsOutsideATransaction.add(type.getSimpleName() + "." + call.getName());
                                }
                                return invoke(call, port, callArgs);
                            });
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
