package dev.clientportal.core.analytics;

import java.util.Optional;

/** One rule of a {@link ViewClassificationPolicy}: decides a view's class, or passes it on to the next rule. */
@FunctionalInterface
public interface ViewRule {

    /**
     * The class this rule assigns, or empty to let the next rule decide.
     *
     * @param facts what is known about the view
     * @return the class, or empty to let the next rule decide
     */
    Optional<ViewClass> classify(ViewFacts facts);
}
