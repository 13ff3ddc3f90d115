/**
 * The business: workspace settings (identity, defaults, payment terms, numbering, tax rounding), branding, the
 * staff principal that acts for it, and the number sequences documents are numbered from.
 */
@NullMarked
package dev.clientportal.core.workspace;

import org.jspecify.annotations.NullMarked;
