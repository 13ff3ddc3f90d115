/**
 * Printable documents: the self-contained models of invoices, credit notes, payment receipts, client statements,
 * quotes and agreement signature certificates that core builds from its aggregates, the
 * {@link dev.clientportal.core.document.DocumentRenderer} port an adapter (such as {@code portal-pdf}) implements,
 * the cache of rendered bytes, and the {@code Documents} use case.
 */
@NullMarked
package dev.clientportal.core.document;

import org.jspecify.annotations.NullMarked;
