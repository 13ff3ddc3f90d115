package dev.clientportal.core.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that is public only so {@code ClientPortal} can assemble the portal across packages: it is not API,
 * may change in any release, and hosts and adapters must not use it (an ArchUnit rule checks the SDK's own modules).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Internal {
}
