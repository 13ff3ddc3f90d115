/**
 * Messages between the business and a client's contacts: threads about a document or a project, plain-text bodies,
 * attachments from the client library, unread counts per participant.
 */
@NullMarked
package dev.clientportal.core.messaging;

import org.jspecify.annotations.NullMarked;
