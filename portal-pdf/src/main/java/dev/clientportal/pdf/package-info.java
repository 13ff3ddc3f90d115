/**
 * The {@link dev.clientportal.core.document.DocumentRenderer} on OpenPDF: invoices, credit notes, payment receipts,
 * client statements, quotes and agreement signature certificates as PDF.
 * {@link dev.clientportal.pdf.OpenPdfRenderer} is the only public type.
 */
@NullMarked
package dev.clientportal.pdf;

import org.jspecify.annotations.NullMarked;
