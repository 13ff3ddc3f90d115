package dev.clientportal.core.workspace;

import dev.clientportal.core.kernel.InputLimits;
import dev.clientportal.core.kernel.PortalException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A postal address as printed on documents: free address lines plus the parts some tax rules need.
 *
 * @param lines       street lines, in print order
 * @param city        city or town, may be empty
 * @param postalCode  postal code, may be empty
 * @param region      state, province or county, may be empty
 * @param countryCode ISO 3166-1 alpha-2 country code, may be empty
 */
public record PostalAddress(List<String> lines, String city, String postalCode, String region, String countryCode) {

    /** No address. */
    public static final PostalAddress NONE = new PostalAddress(List.of(), "", "", "", "");

    /**
     * Copies the lines and turns missing parts into empty strings.
     *
     * @param lines       street lines, in print order
     * @param city        city or town, may be empty
     * @param postalCode  postal code, may be empty
     * @param region      state, province or county, may be empty
     * @param countryCode ISO 3166-1 alpha-2 country code, may be empty
     */
    public PostalAddress {
        lines = PortalException.elements(lines, "address.lines", 10).stream()
                .map(line -> PortalException.optionalLine(line, "address.lines", InputLimits.NAME)).toList();
        city = PortalException.optionalLine(city, "address.city", InputLimits.NAME);
        postalCode = PortalException.optionalLine(postalCode, "address.postalCode", InputLimits.REFERENCE);
        region = PortalException.optionalLine(region, "address.region", InputLimits.NAME);
        countryCode = PortalException.optionalLine(countryCode, "address.countryCode", InputLimits.REFERENCE);
    }

    /**
     * An address from its parts.
     *
     * @param street      the street line
     * @param postalCode  postal code, may be empty
     * @param city        city or town, may be empty
     * @param countryCode ISO 3166-1 alpha-2 country code, may be empty
     * @return an address with one street line and no region
     */
    public static PostalAddress of(String street, String postalCode, String city, String countryCode) {
        return new PostalAddress(List.of(street), city, postalCode, "", countryCode);
    }

    /**
     * The address as print lines in the order its country's post expects: the street lines, then the locality —
     * "New York, NY 10118" on one line in the US, Canada and Australia; the town, the county and the postcode on
     * lines of their own in the UK; "10115 Berlin" elsewhere, with a region on its own line — then the country.
     *
     * @return the print lines, empty parts left out
     */
    public List<String> printLines() {
        List<String> out = new ArrayList<>(lines);
        switch (countryCode.toUpperCase(Locale.ROOT)) {
            case "US", "CA", "AU" -> {
                // "City, ST ZIP": the state and ZIP stay together after the comma
                String stateZip = joined(" ", region, postalCode);
                addIfPresent(out, city.isEmpty() || stateZip.isEmpty() ? joined(" ", city, stateZip)
                        : city + ", " + stateZip);
            }
            case "GB", "UK", "IE" -> {
                addIfPresent(out, city);
                addIfPresent(out, region);
                addIfPresent(out, postalCode);
            }
            default -> {
                addIfPresent(out, joined(" ", postalCode, city));
                addIfPresent(out, region);
            }
        }
        addIfPresent(out, countryCode);
        return List.copyOf(out);
    }

    private static String joined(String separator, String... parts) {
        return String.join(separator, Stream.of(parts).filter(part -> !part.isEmpty()).toList());
    }

    private static void addIfPresent(List<String> out, String line) {
        if (!line.isEmpty()) {
            out.add(line);
        }
    }
}
