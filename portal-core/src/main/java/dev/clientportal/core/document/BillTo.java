package dev.clientportal.core.document;

import dev.clientportal.core.client.Client;

import java.util.List;
import java.util.Objects;

/**
 * The client billing block printed on a document.
 *
 * @param name         the client's billing name
 * @param email        the billing email address
 * @param addressLines the billing address as print lines, possibly empty
 * @param taxId        the client's tax registration, empty if none
 */
public record BillTo(String name, String email, List<String> addressLines, String taxId) {

    /**
     * Copies the lines and turns missing parts into empty strings.
     *
     * @param name         the client's billing name
     * @param email        the billing email address
     * @param addressLines the billing address as print lines, possibly empty
     * @param taxId        the client's tax registration, empty if none
     */
    public BillTo {
        Objects.requireNonNull(name, "name");
        email = Objects.requireNonNullElse(email, "");
        addressLines = List.copyOf(Objects.requireNonNullElse(addressLines, List.of()));
        taxId = Objects.requireNonNullElse(taxId, "");
    }

    /**
     * The billing block of a client as it is now.
     *
     * @param client the client
     * @return the client's billing name, email, address and tax id
     */
    public static BillTo of(Client client) {
        return new BillTo(client.name(), client.email(), client.billingAddress().printLines(), client.taxId());
    }
}
