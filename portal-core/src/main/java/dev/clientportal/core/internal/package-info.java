/**
 * The portal's assembly across packages (runtime, audit recording, notifier, outbox relay): public only for wiring,
 * not API.
 */
@NullMarked
package dev.clientportal.core.internal;

import org.jspecify.annotations.NullMarked;
