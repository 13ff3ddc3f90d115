package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;

/**
 * Checks a client's document locale: a language the JDK knows by its ISO 639 code, and, if given, a region it knows
 * by its ISO 3166 code, so a typo such as {@code "gr"} for Greek or {@code "de-XX"} is refused when it is set rather
 * than printed as English on every document later.
 */
final class DocumentLocales {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private DocumentLocales() {
    }

    /** The locale itself, or {@code null} for none (the workspace's applies). */
    static @Nullable Locale check(@Nullable Locale locale, String field) {
        if (locale == null) {
            return null;
        }
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, locale.toLanguageTag(),
                    "must name an ISO 639 language, e.g. de, fr or pt-BR");
        }
        if (!locale.getCountry().isEmpty() && !REGIONS.contains(locale.getCountry())) {
            throw PortalException.invalid(ErrorCode.INVALID_VALUE, field, locale.toLanguageTag(),
                    "must name an ISO 3166 region after the language, e.g. de-AT, or none");
        }
        return locale;
    }
}
