/**
 * Quotes and proposals: priced like invoices, numbered, sent, revised and decided on by the client (accept with a
 * typed-name signature, reject, ask for changes); an acceptance turns the quote into invoices exactly once, with an
 * optional deposit invoice now and the remainder later.
 */
@NullMarked
package dev.clientportal.core.quote;

import org.jspecify.annotations.NullMarked;
