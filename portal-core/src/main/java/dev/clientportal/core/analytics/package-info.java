/**
 * Who saw what: document views and their classification, engagement per document and client, and ranked follow-up
 * suggestions.
 */
@NullMarked
package dev.clientportal.core.analytics;

import org.jspecify.annotations.NullMarked;
