/**
 * The append-only, hash-chained audit trail: every decision and state change, who made it and when, with a
 * verification that finds the first altered or missing entry, checkpoints a host keeps elsewhere to find removed
 * newest entries, an optional host key that makes the chain a MAC chain, and erasable personal-data side records the
 * entries commit to by hash.
 */
@NullMarked
package dev.clientportal.core.audit;

import org.jspecify.annotations.NullMarked;
