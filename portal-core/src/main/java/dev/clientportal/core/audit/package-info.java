/**
 * The append-only, hash-chained audit trail: every decision and state change, who made it and when, with a
 * verification that finds the first altered or missing entry.
 */
package dev.clientportal.core.audit;
