package dev.clientportal.core.archfixture;

import org.assertj.core.api.Assertions;

/** Violates "core depends only on the JDK, SLF4J and Caffeine". */
public class ReachesForATestLibrary {

    /** Depends on AssertJ. */
    public void check(Object value) {
        Assertions.assertThat(value).isNotNull();
    }
}
