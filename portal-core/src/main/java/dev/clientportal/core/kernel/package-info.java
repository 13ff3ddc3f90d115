/**
 * The shared kernel every feature uses: typed identifiers, document references, domain events and the one exception
 * family with its error codes.
 */
@NullMarked
package dev.clientportal.core.kernel;

import org.jspecify.annotations.NullMarked;
