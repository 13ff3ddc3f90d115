package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.PortalException;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One value a message fills into its template's placeholder: plain text (escaped in the HTML body), a phrase worded
 * in the template's language, or a block (a list such as a reminder's invoices) that brings its own text and HTML.
 * Blocks may not appear in a subject.
 *
 * @param text  the text of the value in a language
 * @param html  the HTML of the value in a language, already safe to insert
 * @param block whether it is a block of several lines
 */
public record Part(Function<Locale, String> text, Function<Locale, String> html, boolean block) {

    /**
     * Requires both renderings.
     *
     * @param text  the text of the value in a language
     * @param html  the HTML of the value in a language, already safe to insert
     * @param block whether it is a block of several lines
     */
    public Part {
        PortalException.requireField(text, "part.text");
        PortalException.requireField(html, "part.html");
    }

    /**
     * A value that reads the same in every language (a name, a number, an amount); HTML-escaped in the HTML body.
     *
     * @param value the value, may hold user input
     * @return the part
     */
    public static Part value(Object value) {
        String text = String.valueOf(Objects.requireNonNull(value, "value"));
        return new Part(language -> text, language -> Notification.escapeHtml(text), false);
    }

    /**
     * A short phrase worded for the template's language; HTML-escaped in the HTML body.
     *
     * @param phrase the phrase in a given language
     * @return the part
     */
    public static Part phrase(Function<Locale, String> phrase) {
        Objects.requireNonNull(phrase, "phrase");
        return new Part(phrase, language -> Notification.escapeHtml(phrase.apply(language)), false);
    }

    /**
     * A block of several lines with its own text and HTML, worded for the template's language.
     *
     * @param text the block's text in a given language
     * @param html the block's HTML in a given language; it must escape any user input itself
     * @return the part
     */
    public static Part block(Function<Locale, String> text, Function<Locale, String> html) {
        return new Part(text, html, true);
    }

    /** Only whether it is a block: the value may be a secret link. */
    @Override
    public String toString() {
        return block ? "Part[block]" : "Part[value]";
    }
}
