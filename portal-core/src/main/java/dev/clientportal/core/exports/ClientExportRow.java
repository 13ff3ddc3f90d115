package dev.clientportal.core.exports;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.workspace.PostalAddress;

import java.time.Instant;

/**
 * One client as the accountant's customer list shows it.
 *
 * @param clientId       the client's id
 * @param name           its name
 * @param email          its billing email
 * @param taxId          its tax id, possibly empty
 * @param currency       its default currency
 * @param taxExempt      whether it is charged no taxes
 * @param billingAddress its billing address
 * @param archived       whether it is archived
 * @param createdAt      when it was created
 */
public record ClientExportRow(ClientId clientId, String name, String email, String taxId, CurrencyUnit currency,
                              boolean taxExempt, PostalAddress billingAddress, boolean archived, Instant createdAt) {
}
