/**
 * Agreements: contract documents (text or a library file) that named client contacts sign by click and the
 * business countersigns, with evidence per signature, immutable signed versions and exportable signature
 * certificates.
 */
@NullMarked
package dev.clientportal.core.agreement;

import org.jspecify.annotations.NullMarked;
