/**
 * JMH benchmarks of PDF rendering: {@code portal-pdf} on OpenPDF against the same documents through an HTML template
 * and OpenHTMLtoPDF. Figures and commands are in {@code docs/PERFORMANCE.md}.
 */
@NullMarked
package dev.clientportal.benchmarks.pdf;

import org.jspecify.annotations.NullMarked;
