package dev.clientportal.core.memory;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.PortalStores;
import dev.clientportal.core.access.LoginToken;
import dev.clientportal.core.access.LoginTokenRepository;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.client.ClientRepository;
import dev.clientportal.core.contract.ConcurrencyContract;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.invoice.InvoiceRepository;
import dev.clientportal.core.payment.PaymentRepository;
import dev.clientportal.core.kernel.WorkspaceId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A concurrency contract that passes against broken stores proves nothing: each test of {@link ConcurrencyContract}
 * runs here against row-lock stores with one guarantee taken out (a save that ignores the version, an insert that
 * hides the unique-key violation, a write visible before commit) and must fail, and against the intact stores and must pass.
 */
class ConcurrencyContractCatchesBrokenStoresTest {

    @Test
    void theInterleavedSaveTest_failsWhenSavesIgnoreTheVersion() {
        assertCaught(Broken.LAST_WRITER_WINS,
                ConcurrencyContract::twoInterleavedTransactionsSavingOneInvoice_theLaterFailsRetryablyAndTheFirstsRowStays);
    }

    @Test
    void theDirtyReadTest_failsWhenWritesAreVisibleBeforeCommit() {
        assertCaught(Broken.DIRTY_READS,
                ConcurrencyContract::anotherTransactionsUncommittedWrites_areInvisibleUntilItCommits);
    }

    @Test
    void thePaymentReferenceRaceTest_failsWhenADuplicateReferenceIsNotRefused() {
        assertCaught(Broken.DUPLICATES_ACCEPTED,
                ConcurrencyContract::racingInsertsOfOnePaymentReference_oneWinsAndTheOtherGetsDuplicateKeyWithNothingWritten);
    }

    @Test
    void theInvoiceNumberRaceTest_failsWhenADuplicateNumberIsNotRefused() {
        assertCaught(Broken.DUPLICATES_ACCEPTED,
                ConcurrencyContract::racingInsertsOfOneInvoiceNumber_oneWinsAndTheOtherGetsDuplicateKeyWithNothingWritten);
    }

    @Test
    void theStoreLevelSignInTest_failsWhenTokenSavesIgnoreTheVersion() {
        assertCaught(Broken.LAST_WRITER_WINS,
                ConcurrencyContract::aSignInTokenMarkedUsedBySixteenTransactionsAtOnce_isUsedExactlyOnce);
    }

    @Test
    void theUseCaseLevelSignInTest_failsWhenTokenSavesIgnoreTheVersion() {
        assertCaught(Broken.LAST_WRITER_WINS,
                ConcurrencyContract::aSignInLinkPresentedBySixteenBrowsersAtOnce_signsInExactlyOnce);
    }

    private interface ContractTest {
        void run(ConcurrencyContract contract) throws Exception;
    }

    /** The test passes on intact row-lock stores and fails (an assertion, not a crash) on the broken ones. */
    private static void assertCaught(Broken broken, ContractTest test) {
        assertThatCode(() -> test.run(over(InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS))))
                .as("on intact stores").doesNotThrowAnyException();
        ThrowingCallable onBroken = () -> test.run(
                over(broken.wrap(InMemoryStores.create(InMemoryStores.Mode.ROW_LOCKS))));
        assertThatThrownBy(onBroken).as("on stores where " + broken).isInstanceOf(AssertionError.class);
    }

    private static ConcurrencyContract over(PortalStores given) {
        ConcurrencyContract contract = new ConcurrencyContract() {
            @Override
            protected PortalStores newStores() {
                return given;
            }
        };
        contract.useFreshStores();
        return contract;
    }

    /** One guarantee taken out of otherwise intact stores. */
    private enum Broken {
        /** Saves overwrite whatever is stored, at any version. */
        LAST_WRITER_WINS,
        /** An insert of a taken natural key reports success and writes nothing, as with a missing unique index. */
        DUPLICATES_ACCEPTED,
        /** A saved client is visible to every transaction at once, before its own commits. */
        DIRTY_READS;

        PortalStores wrap(PortalStores stores) {
            Map<ClientId, Client> uncommitted = new ConcurrentHashMap<>();
            return proxy(PortalStores.class, stores, (method, args) -> switch (method.getName()) {
                case "invoices" -> proxy(InvoiceRepository.class, stores.invoices(),
                        (save, saveArgs) -> save.getName().equals("save") ? saveInvoice(stores, (Invoice) saveArgs[0])
                                : invoke(save, stores.invoices(), saveArgs));
                case "payments" -> proxy(PaymentRepository.class, stores.payments(),
                        (save, saveArgs) -> save.getName().equals("save")
                                ? accepting(() -> invoke(save, stores.payments(), saveArgs), saveArgs[0])
                                : invoke(save, stores.payments(), saveArgs));
                case "loginTokens" -> proxy(LoginTokenRepository.class, stores.loginTokens(),
                        (save, saveArgs) -> save.getName().equals("save") ? saveToken(stores, (LoginToken) saveArgs[0])
                                : invoke(save, stores.loginTokens(), saveArgs));
                case "clients" -> this != DIRTY_READS ? stores.clients() : proxy(ClientRepository.class,
                        stores.clients(), (call, callArgs) -> switch (call.getName()) {
                            case "save" -> {
                                Client client = (Client) callArgs[0];
                                uncommitted.put(client.id(), client);
                                yield stores.clients().save(client);
                            }
                            case "find" -> Optional.ofNullable(uncommitted.get((ClientId) callArgs[1]))
                                    .or(() -> stores.clients().find((WorkspaceId) callArgs[0], (ClientId) callArgs[1]));
                            default -> invoke(call, stores.clients(), callArgs);
                        });
                default -> invoke(method, stores, args);
            });
        }

        private Object saveInvoice(PortalStores stores, Invoice invoice) throws Throwable {
            if (this == DUPLICATES_ACCEPTED) {
                return accepting(() -> stores.invoices().save(invoice), invoice);
            }
            return overwriting(() -> stores.invoices().save(invoice.withVersion(stores.invoices()
                    .find(invoice.workspaceId(), invoice.id()).map(Invoice::version).orElse(0L))));
        }

        private Object saveToken(PortalStores stores, LoginToken token) throws Throwable {
            if (this == DUPLICATES_ACCEPTED) {
                return stores.loginTokens().save(token);
            }
            return overwriting(() -> stores.loginTokens().save(token.withVersion(stores.loginTokens()
                    .findByHash(token.tokenHash()).map(LoginToken::version).orElse(0L))));
        }

        /** Saves at whatever version is stored now, again until no one else came between. */
        private static Object overwriting(Call save) throws Throwable {
            for (int attempt = 1; ; attempt++) {
                try {
                    return save.call();
                } catch (PortalException e) {
                    if (e.errorCode() != ErrorCode.CONCURRENT_MODIFICATION || attempt == 1000) {
                        throw e;
                    }
                }
            }
        }

        private static Object accepting(Call save, Object row) throws Throwable {
            try {
                return save.call();
            } catch (PortalException e) {
                if (e.errorCode() != ErrorCode.DUPLICATE_KEY) {
                    throw e;
                }
                return row;
            }
        }
    }

    private interface Call {
        Object call() throws Throwable;
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> port, T target, Handler handler) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> handler.handle(method, args)));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
