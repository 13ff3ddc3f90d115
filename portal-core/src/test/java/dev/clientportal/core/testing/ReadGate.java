package dev.clientportal.core.testing;

import dev.clientportal.core.PortalStores;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stores that pass every call through, except that once {@linkplain #arm armed} for N racers, the first read of one
 * port method on each of N threads (inside a transaction) waits until all N have read: every racer has seen the same
 * version before any of them writes, which is how two instances over one database interleave at worst. Later reads
 * (a retry reloading the aggregate) pass at once.
 */
public final class ReadGate {

    private static final long WAIT_SECONDS = 10;

    private final PortalStores target;
    private final String port;
    private final String read;
    private volatile CountDownLatch arrivals = new CountDownLatch(0);
    private final Set<Thread> arrived = ConcurrentHashMap.newKeySet();

    private ReadGate(PortalStores target, String port, String read) {
        this.target = target;
        this.port = port;
        this.read = read;
    }

    /** A gate on {@code stores.<port>().<read>(..)}, e.g. {@code ("deliverables", "find")}; unarmed at first. */
    public static ReadGate on(PortalStores stores, String port, String read) {
        return new ReadGate(stores, port, read);
    }

    /** Makes the next first reads of {@code racers} threads wait for each other. */
    public void arm(int racers) {
        arrived.clear();
        arrivals = new CountDownLatch(racers);
    }

    /** The stores with the gate in front of the read. */
    public PortalStores stores() {
        return (PortalStores) Proxy.newProxyInstance(ReadGate.class.getClassLoader(),
                new Class<?>[] {PortalStores.class}, (proxy, method, args) -> {
                    Object result = invoke(method, target, args);
                    if (method.getName().equals(port) && method.getParameterCount() == 0) {
                        return gated(method.getReturnType(), result);
                    }
                    return result;
                });
    }

    private Object gated(Class<?> type, Object portImpl) {
        return Proxy.newProxyInstance(ReadGate.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Object result = invoke(method, portImpl, args);
                    CountDownLatch waiting = arrivals;
                    if (method.getName().equals(read) && waiting.getCount() > 0
                            && target.transactions().isTransactionOpen() && arrived.add(Thread.currentThread())) {
                        waiting.countDown();
                        try {
                            if (!waiting.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                                throw new AssertionError("not every racer read " + port + "." + read + " in time");
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new AssertionError("interrupted at the read gate", e);
                        }
                    }
                    return result;
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
