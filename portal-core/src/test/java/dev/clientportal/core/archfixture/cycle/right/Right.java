package dev.clientportal.core.archfixture.cycle.right;

import dev.clientportal.core.archfixture.cycle.left.Left;

/** The other half of a planted package cycle: {@code right} uses {@code left} back. */
public class Right {

    /** Depends back on the first package. */
    public Left partner() {
        return new Left();
    }
}
