package dev.clientportal.core.workspace;

import dev.clientportal.core.InputLimits;
import dev.clientportal.core.PortalException;
import java.util.List;

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

    /** Copies the lines and turns missing parts into empty strings. */
    public PostalAddress {
        lines = PortalException.elements(lines, "address.lines", 10).stream()
                .map(line -> PortalException.optionalLine(line, "address.lines", InputLimits.NAME)).toList();
        city = PortalException.optionalLine(city, "address.city", InputLimits.NAME);
        postalCode = PortalException.optionalLine(postalCode, "address.postalCode", InputLimits.REFERENCE);
        region = PortalException.optionalLine(region, "address.region", InputLimits.NAME);
        countryCode = PortalException.optionalLine(countryCode, "address.countryCode", InputLimits.REFERENCE);
    }

    /** An address from its parts. */
    public static PostalAddress of(String street, String postalCode, String city, String countryCode) {
        return new PostalAddress(List.of(street), city, postalCode, "", countryCode);
    }

    /** The address as print lines: the street lines, then "postal code city region", then the country. */
    public List<String> printLines() {
        java.util.ArrayList<String> out = new java.util.ArrayList<>(lines);
        String locality = String.join(" ", java.util.stream.Stream.of(postalCode, city, region)
                .filter(part -> !part.isEmpty()).toList());
        if (!locality.isEmpty()) {
            out.add(locality);
        }
        if (!countryCode.isEmpty()) {
            out.add(countryCode);
        }
        return List.copyOf(out);
    }
}
