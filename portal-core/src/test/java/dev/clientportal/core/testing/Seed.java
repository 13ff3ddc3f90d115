package dev.clientportal.core.testing;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The seed of a randomized property test: taken from a system property when given (to re-run a failure), otherwise
 * fresh. It is printed when created and belongs in every assertion description, so a failure can be reproduced.
 */
public final class Seed {

    private final String property;
    private final long value;

    private Seed(String property, long value) {
        this.property = property;
        this.value = value;
    }

    /** The seed given as {@code -D<property>=<long>}, or a fresh one. */
    public static Seed from(String property) {
        String given = System.getProperty(property);
        long value = given == null || given.isBlank() ? ThreadLocalRandom.current().nextLong()
                : Long.parseLong(given.strip());
        Seed seed = new Seed(property, value);
        System.out.println("[property test] " + seed);
        return seed;
    }

    /** The seed value. */
    public long value() {
        return value;
    }

    /** A random source started from this seed. */
    public Random random() {
        return new Random(value);
    }

    /** How to re-run with this seed. */
    @Override
    public String toString() {
        return "seed " + value + " (re-run with -D" + property + "=" + value + ")";
    }
}
