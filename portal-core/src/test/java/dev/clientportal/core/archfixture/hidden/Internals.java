package dev.clientportal.core.archfixture.hidden;

/** Holds a non-public nested class that subclasses in other packages can still reach. */
public class Internals {

    /** Not public, but protected: visible to subclasses anywhere. */
    protected static class Secret {
        /** Creates one. */
        public Secret() {
        }
    }
}
