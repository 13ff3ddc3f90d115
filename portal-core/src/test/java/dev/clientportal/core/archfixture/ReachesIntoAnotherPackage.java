package dev.clientportal.core.archfixture;

import dev.clientportal.core.archfixture.hidden.Internals;

/** Violates "non-public classes are only accessed from their own package" through a protected nested class. */
public class ReachesIntoAnotherPackage extends Internals {

    /** Uses {@code Internals.Secret}, which is not public, from another package. */
    public Object peek() {
        return new Secret();
    }
}
