/**
 * Projects and the activity feed: a client's projects with status, dates and budget (invoiced and paid from the
 * project's invoices), and one feed per client where staff post updates and the portal notes what happened, read
 * by the client's contacts newest first with unread markers.
 */
@NullMarked
package dev.clientportal.core.project;

import org.jspecify.annotations.NullMarked;
