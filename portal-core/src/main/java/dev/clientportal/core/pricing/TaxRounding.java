package dev.clientportal.core.pricing;

/** Where taxes are rounded to minor units; a workspace setting, copied onto each document when it is created. */
public enum TaxRounding {
    /** Each line's tax is rounded, and the document's tax is the sum of the rounded line taxes. */
    PER_LINE,
    /**
     * Each rate is charged once for the whole document, on the sum of the rounded taxable line amounts, and rounded
     * once (EN 16931 rule BR-CO-17): every tax row is its printed base × rate.
     */
    PER_DOCUMENT
}
