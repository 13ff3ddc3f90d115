/**
 * The portal's entry point: {@link dev.clientportal.core.ClientPortal}, built once from the host's stores and
 * adapters, and {@link dev.clientportal.core.PortalStores}, the stores it runs on.
 */
@NullMarked
package dev.clientportal.core;

import org.jspecify.annotations.NullMarked;
