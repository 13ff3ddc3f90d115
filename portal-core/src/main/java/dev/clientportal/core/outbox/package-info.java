/**
 * The transactional outbox: domain events are written to an {@link dev.clientportal.core.outbox.EventOutbox} in the
 * transaction that raised them and relayed to the host's {@link dev.clientportal.core.spi.EventPublisher} after
 * commit, at least once and in order per aggregate. Kernel: it depends on no feature package.
 */
@NullMarked
package dev.clientportal.core.outbox;

import org.jspecify.annotations.NullMarked;
