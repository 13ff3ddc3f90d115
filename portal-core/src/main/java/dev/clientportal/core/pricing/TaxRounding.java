package dev.clientportal.core.pricing;

/** Where taxes are rounded to minor units; a workspace setting, copied onto each document when it is created. */
public enum TaxRounding {
    /** Each line's tax is rounded, and the document's tax is the sum of the rounded line taxes. */
    PER_LINE,
    /** Taxes are summed exactly over the lines and rounded once per rate for the whole document. */
    PER_DOCUMENT
}
