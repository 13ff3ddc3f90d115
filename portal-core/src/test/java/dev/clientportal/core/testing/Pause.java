package dev.clientportal.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pauses one instance's work right after a store read, until the test lets it go on: the way to make two
 * transactions interleave at a chosen point (read, then the other commits, then write) without sleeping. One-shot:
 * only the first call of the method pauses.
 */
public final class Pause {

    private static final long TIMEOUT_SECONDS = 10;

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);
    private final AtomicBoolean armed = new AtomicBoolean(true);

    private Pause() {
    }

    /** A new pause, armed. */
    public static Pause create() {
        return new Pause();
    }

    /** The port, pausing after the first call of {@code method} has returned (its result is what was read then). */
    public <T> T after(Class<T> port, T target, String method) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, called, args) -> {
            Object result;
            try {
                result = called.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (called.getName().equals(method) && armed.compareAndSet(true, false)) {
                reached.countDown();
                assertThat(resumed.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("resumed in time").isTrue();
            }
            return result;
        }));
    }

    /** Waits until the paused call has read. */
    public void awaitReached() throws InterruptedException {
        assertThat(reached.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the paused call read in time").isTrue();
    }

    /** Lets the paused call go on. */
    public void resume() {
        resumed.countDown();
    }
}
