package dev.clientportal.core.testing;

import dev.clientportal.core.memory.InMemoryStores;

import java.util.Locale;

/**
 * The in-memory mode core's suite runs in, from the system property {@value #PROPERTY} ({@code SERIALIZED}, the
 * default, or {@code ROW_LOCKS}): the build runs the suite once in each, so that no test passes only because the
 * default stores serialize every transaction.
 */
public final class InMemoryMode {

    /** The system property that names the mode. */
    public static final String PROPERTY = "portal.stores.mode";

    private InMemoryMode() {
    }

    /** The mode this run tests. */
    public static InMemoryStores.Mode current() {
        String mode = System.getProperty(PROPERTY, "").trim();
        return mode.isEmpty() ? InMemoryStores.Mode.SERIALIZED
                : InMemoryStores.Mode.valueOf(mode.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Fresh, empty in-memory stores in the mode this run tests. */
    public static InMemoryStores stores() {
        return InMemoryStores.create(current());
    }
}
