package dev.clientportal.core.archfixture;

import java.awt.Color;
import java.sql.Timestamp;
import java.time.Instant;

/** Violates "core uses only the JDK packages a library needs": it reaches for JDBC and AWT. */
public class ReachesForJdbcAndTheDesktop {

    /** Depends on {@code java.sql}. */
    public Timestamp stamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /** Depends on {@code java.awt}. */
    public Color brand() {
        return Color.BLUE;
    }
}
