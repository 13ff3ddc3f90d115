package dev.clientportal.core.catalog;

import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.client.ClientId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the portal needs to know about a document to scope and share it.
 *
 * @param document the document
 * @param clientId the client it belongs to
 * @param title    a short title such as "Invoice INV-2026-00042"
 * @param dueDate  its due date, if it has one (document links expire relative to it)
 */
public record DocumentInfo(DocumentRef document, ClientId clientId, String title, Optional<LocalDate> dueDate) {
}
