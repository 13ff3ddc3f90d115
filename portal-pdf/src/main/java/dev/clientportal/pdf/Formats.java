package dev.clientportal.pdf;

import com.lowagie.text.pdf.BaseFont;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.Percentage;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amounts, quantities, percentages, dates and times formatted for the document locale and the document currency
 * (JPY with no decimals, BHD with three). One instance per document: {@link DecimalFormat} is not thread-safe, so
 * each document clones prepared prototypes. Amounts are formatted from their exact {@link BigDecimal} value.
 */
final class Formats {

    private static final Map<Prototype.Key, Prototype> PROTOTYPES = new ConcurrentHashMap<>();

    private final @Nullable DecimalFormat money;
    private final DecimalFormat quantity;
    private final DecimalFormat percent;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    private Formats(Prototype prototype) {
        DecimalFormat moneyPrototype = prototype.money();
        this.money = moneyPrototype == null ? null : (DecimalFormat) moneyPrototype.clone();
        this.quantity = (DecimalFormat) prototype.quantity.clone();
        this.percent = (DecimalFormat) prototype.percent.clone();
        this.date = prototype.date;
        this.dateTime = prototype.dateTime;
    }

    /** The formats of a locale and currency; a {@code null} currency for a document without amounts. */
    static Formats of(Locale locale, @Nullable CurrencyUnit currency) {
        return new Formats(PROTOTYPES.computeIfAbsent(new Prototype.Key(locale, currency),
                key -> Prototype.of(key, Typeface.regular())));
    }

    /** An amount with its currency, e.g. {@code $1,234.50}, {@code 1.234,50 €}, {@code ¥1,235}. */
    String money(Money amount) {
        if (money == null) {
            throw new IllegalStateException("this document was laid out without a currency");
        }
        return money.format(amount.amount());
    }

    /** A quantity with up to six decimals, e.g. {@code 1.5}. */
    String quantity(BigDecimal value) {
        return quantity.format(value);
    }

    /** A percentage, e.g. {@code 8.875%} or {@code 19 %}. */
    String percent(Percentage value) {
        return percent.format(value.fraction());
    }

    /** A date in the locale's medium style, e.g. {@code Mar 2, 2026} or {@code 02.03.2026}. */
    String date(LocalDate value) {
        return date.format(value);
    }

    /**
     * An instant as the wall-clock time in a zone, with the zone spelled out so nobody has to guess it, e.g.
     * {@code Mar 2, 2026, 4:15:30 AM UTC-05:00 (America/New_York)} or {@code 02.03.2026, 10:15:30 UTC}.
     */
    String instant(Instant value, ZoneId zone) {
        ZonedDateTime at = value.atZone(zone);
        String offset = at.getOffset().equals(ZoneOffset.UTC) ? "UTC" : "UTC" + at.getOffset().getId();
        String local = plainSpaces(dateTime.format(at));
        return zone.normalized() instanceof ZoneOffset ? local + " " + offset
                : local + " " + offset + " (" + zone.getId() + ")";
    }

    /**
     * The text with every space character as a plain space. JDK 20 and later (CLDR 42) put a narrow no-break space
     * before "AM"/"PM"; a document must read the same whichever JDK renders it.
     */
    private static String plainSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isSpaceChar(c) ? ' ' : c));
        return out.toString();
    }

    /** Formats prepared once per locale and currency. */
    private record Prototype(@Nullable DecimalFormat money, DecimalFormat quantity, DecimalFormat percent,
                             DateTimeFormatter date, DateTimeFormatter dateTime) {

        record Key(Locale locale, @Nullable CurrencyUnit currency) {
        }

        static Prototype of(Key key, BaseFont font) {
            DecimalFormat quantity = (DecimalFormat) NumberFormat.getNumberInstance(key.locale());
            quantity.setMaximumFractionDigits(6);
            quantity.setDecimalFormatSymbols(printable(quantity.getDecimalFormatSymbols(), font));

            DecimalFormat percent = (DecimalFormat) NumberFormat.getPercentInstance(key.locale());
            percent.setMaximumFractionDigits(6);
            percent.setDecimalFormatSymbols(printable(percent.getDecimalFormatSymbols(), font));
            percent.setPositiveSuffix(spaces(percent.getPositiveSuffix(), font));

            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(key.locale());
            DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(key.locale());
            if (!printable(date.format(LocalDate.of(2026, 12, 31)), font)
                    || !printable(spaces(dateTime.format(LocalDateTime.of(2026, 12, 31, 23, 59, 59)), font), font)) {
                // month names or day periods in a script the font lacks (e.g. CJK): ISO dates read everywhere
                date = DateTimeFormatter.ISO_LOCAL_DATE;
                dateTime = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
            }
            CurrencyUnit currency = key.currency();
            return new Prototype(currency == null ? null : money(key.locale(), currency, font), quantity, percent,
                    date, dateTime);
        }

        private static DecimalFormat money(Locale locale, CurrencyUnit currency, BaseFont font) {
            DecimalFormat money = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
            money.setCurrency(currency.toJavaCurrency());
            money.setMinimumFractionDigits(currency.minorDigits());
            money.setMaximumFractionDigits(currency.minorDigits());
            DecimalFormatSymbols symbols = printable(money.getDecimalFormatSymbols(), font);
            if (!printable(symbols.getCurrencySymbol(), font)) {
                // e.g. the fullwidth yen sign of ja_JP: fall back to the ISO code rather than print a blank
                symbols.setCurrencySymbol(currency.code());
            }
            money.setDecimalFormatSymbols(symbols);
            money.setPositivePrefix(spaces(money.getPositivePrefix(), font));
            money.setPositiveSuffix(spaces(money.getPositiveSuffix(), font));
            money.setNegativePrefix(spaces(money.getNegativePrefix(), font));
            money.setNegativeSuffix(spaces(money.getNegativeSuffix(), font));
            return money;
        }

        /** Digits and separators the font can print: Latin digits and plain spaces where it lacks others. */
        private static DecimalFormatSymbols printable(DecimalFormatSymbols symbols, BaseFont font) {
            DecimalFormatSymbols copy = (DecimalFormatSymbols) symbols.clone();
            if (!font.charExists(copy.getZeroDigit())) {
                copy.setZeroDigit('0');
            }
            if (!font.charExists(copy.getGroupingSeparator())) {
                copy.setGroupingSeparator(Character.isSpaceChar(copy.getGroupingSeparator()) ? ' ' : ',');
            }
            if (!font.charExists(copy.getMinusSign())) {
                copy.setMinusSign('-');
            }
            return copy;
        }

        private static boolean printable(String text, BaseFont font) {
            return text.codePoints().allMatch(font::charExists);
        }

        /** The text with every space character the font lacks (e.g. a narrow no-break space) as a plain space. */
        static String spaces(String affix, BaseFont font) {
            StringBuilder out = new StringBuilder(affix.length());
            affix.codePoints().forEach(c -> out.appendCodePoint(Character.isSpaceChar(c) && !font.charExists(c)
                    ? ' ' : c));
            return out.toString();
        }
    }
}
