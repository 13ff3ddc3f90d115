package dev.clientportal.core.notices;

import dev.clientportal.core.notification.Notification;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of one kind of notification in one language: a subject line and text and HTML bodies with named
 * placeholders such as {@code {{client.name}}}. {@link #language()} is a language with an optional country,
 * e.g. {@code de} or {@code de-CH}.
 *
 * @param kind     the kind of notification it words
 * @param language the language it is written in: a language and an optional country
 * @param subject  the subject line, one line with placeholders
 * @param text     the plain-text body with placeholders
 * @param html     the HTML body with placeholders
 */
public record NotificationTemplate(Notification.Kind kind, Locale language, String subject, String text,
                                   String html) {

    /** The longest body of a template, in characters. */
    public static final int MAX_BODY_LENGTH = 20_000;

    /** {@code {{name}}} with optional spaces inside the braces. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.]*)\\s*}}");

    /**
     * Requires every part: a language, a subject of one line within {@value Notification#MAX_SUBJECT_LENGTH}
     * characters, bodies within {@value #MAX_BODY_LENGTH} characters. Placeholders are checked by
     * {@link Notifications#setTemplate}, which knows the kind's names.
     *
     * @param kind     the kind of notification it words
     * @param language the language it is written in: a language and an optional country
     * @param subject  the subject line, one line with placeholders
     * @param text     the plain-text body with placeholders
     * @param html     the HTML body with placeholders
     */
    public NotificationTemplate {
        PortalException.requireField(kind, "template.kind");
        language = language(language);
        subject = PortalException.requireText(subject, "template.subject");
        if (subject.length() > Notification.MAX_SUBJECT_LENGTH || subject.chars().anyMatch(Character::isISOControl)) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "template.subject", subject,
                    "must be one line of at most " + Notification.MAX_SUBJECT_LENGTH + " characters");
        }
        text = PortalException.requireText(text, "template.text", MAX_BODY_LENGTH);
        html = PortalException.requireText(html, "template.html", MAX_BODY_LENGTH);
    }

    /**
     * A language as templates key it: its language and country only (no script, variant or extension), lower-case
     * language and upper-case country.
     *
     * @param language a locale naming a language
     * @return the language with its country, if any
     * @throws PortalException {@link ErrorCode#INVALID_VALUE} for a locale without a language
     */
    public static Locale language(Locale language) {
        PortalException.requireField(language, "template.language");
        if (language.getLanguage().isEmpty()) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, "template.language", language.toLanguageTag(),
                    "must name a language, e.g. en, de or de-CH");
        }
        return new Locale.Builder().setLanguage(language.getLanguage()).setRegion(language.getCountry()).build();
    }

    /**
     * The placeholder names a part of a template uses, in order, with repeats.
     *
     * @param part a subject or body
     * @return the names between the braces
     */
    static java.util.List<String> placeholders(String part) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(part);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
