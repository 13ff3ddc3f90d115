package dev.clientportal.core.archfixture.cycle.left;

import dev.clientportal.core.archfixture.cycle.right.Right;

/** One half of a planted package cycle: {@code left} uses {@code right}. */
public class Left {

    /** Depends on the other package. */
    public Right partner() {
        return new Right();
    }
}
