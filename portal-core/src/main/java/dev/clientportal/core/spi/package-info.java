/**
 * Cross-cutting ports a host plugs in: transactions, event publishing and identifier generation. Time is a
 * {@link java.time.Clock} given to the {@link dev.clientportal.core.ClientPortal} builder.
 */
@NullMarked
package dev.clientportal.core.spi;

import org.jspecify.annotations.NullMarked;
