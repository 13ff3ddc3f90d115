/**
 * The portal's own health as an instance sees it: whether its scheduled outbox relay and automation runs happen and
 * keep up. A host feeds a {@link dev.clientportal.core.health.HealthMonitor} the results of the jobs it schedules and
 * reports {@link dev.clientportal.core.health.PortalHealth} from its health endpoint, beside its database check.
 */
@NullMarked
package dev.clientportal.core.health;

import org.jspecify.annotations.NullMarked;
