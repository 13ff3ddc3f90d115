/**
 * What the portal notifies and how it words it: per-workspace templates in each language with named placeholders,
 * the built-in English and German wording, the choice of language, rendering, the log of notifications sent and
 * the "document viewed" notices to the business.
 */
@NullMarked
package dev.clientportal.core.notices;

import org.jspecify.annotations.NullMarked;
