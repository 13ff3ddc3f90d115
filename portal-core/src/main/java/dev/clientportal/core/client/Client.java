package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.kernel.WorkspaceId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A client of the business: billing details, the currency it is invoiced in, the language its documents are
 * printed in when it differs from the workspace's, and its credit balance.
 *
 * <p>Immutable; change clients through {@code ClientPortal.clients()} and {@code payments()}.
 *
 * @param id             identity
 * @param workspaceId    the owning workspace
 * @param name           the billing name printed on documents
 * @param email          the billing email address
 * @param billingAddress printed on documents
 * @param taxId          the client's tax registration, may be empty
 * @param currency       the currency new documents for this client use
 * @param taxExempt      whether no taxes are charged to this client
 * @param locale         the language and formats of the documents this client receives; empty to use the
 *                       workspace's ({@code null} is read as empty)
 * @param creditBalances unused credit per currency (overpayments, credit notes on paid invoices); never negative,
 *                       currencies without credit are absent
 * @param archived       whether the client is archived (no new documents)
 * @param createdAt      when it was created
 * @param version        optimistic-locking version, 0 before the first save
 */
public record Client(ClientId id, WorkspaceId workspaceId, String name, String email, PostalAddress billingAddress,
                     String taxId, CurrencyUnit currency, boolean taxExempt, Optional<Locale> locale,
                     Map<CurrencyUnit, Money> creditBalances, boolean archived, Instant createdAt, long version) {

    /**
     * Requires every field; credit balances must be positive and keyed by their own currency.
     *
     * @param id             identity
     * @param workspaceId    the owning workspace
     * @param name           the billing name printed on documents
     * @param email          the billing email address
     * @param billingAddress printed on documents
     * @param taxId          the client's tax registration, may be empty
     * @param currency       the currency new documents for this client use
     * @param taxExempt      whether no taxes are charged to this client
     * @param creditBalances unused credit per currency (overpayments, credit notes on paid invoices); never negative,
     *                       currencies without credit are absent
     * @param archived       whether the client is archived (no new documents)
     * @param createdAt      when it was created
     * @param version        optimistic-locking version, 0 before the first save
     * @param locale         the language and formats of the documents this client receives; empty for the
     *                       workspace's
     */
    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workspaceId, "workspaceId");
        name = PortalException.requireText(name, "client.name");
        email = EmailAddress.normalize(email, "client.email");
        billingAddress = Objects.requireNonNullElse(billingAddress, PostalAddress.NONE);
        taxId = Objects.requireNonNullElse(taxId, "").strip();
        Objects.requireNonNull(currency, "currency");
        locale = Objects.requireNonNullElse(locale, Optional.empty());
        creditBalances = Map.copyOf(creditBalances);
        creditBalances.forEach((unit, balance) -> {
            if (!balance.currency().equals(unit) || !balance.isPositive()) {
                throw new IllegalArgumentException("credit balance " + balance + " stored under " + unit);
            }
        });
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * The client's unused credit in a currency (zero if none).
     *
     * @param unit the currency
     * @return the unused credit in that currency, zero if none
     */
    public Money creditBalance(CurrencyUnit unit) {
        return creditBalances.getOrDefault(unit, Money.zero(unit));
    }

    /**
     * This client with more credit (an overpayment, a credit note beyond what an invoice owed).
     *
     * @param amount the credit to add, in any currency; not negative
     * @return a copy of this client with its balance in that currency raised
     */
    public Client withCreditAdded(Money amount) {
        if (amount.isNegative()) {
            throw PortalException.invalid(ErrorCode.NEGATIVE_AMOUNT, "credit", amount, "must not be negative");
        }
        return withCreditBalance(creditBalance(amount.currency()).plus(amount));
    }

    /**
     * This client with credit used up (applied to an invoice or refunded).
     *
     * @param amount the credit to use, at most the balance in its currency
     * @return a copy of this client with its balance in that currency lowered; a balance used up is removed
     * @throws PortalException {@link ErrorCode#INSUFFICIENT_CREDIT} when the balance is smaller than the amount
     */
    public Client withCreditUsed(Money amount) {
        Money balance = creditBalance(amount.currency());
        if (amount.isGreaterThan(balance)) {
            throw PortalException.invalid(ErrorCode.INSUFFICIENT_CREDIT, "credit", amount,
                    "exceeds the client's credit balance of " + balance);
        }
        return withCreditBalance(balance.minus(amount));
    }

    private Client withCreditBalance(Money balance) {
        Map<CurrencyUnit, Money> balances = new HashMap<>(creditBalances);
        if (balance.isZero()) {
            balances.remove(balance.currency());
        } else {
            balances.put(balance.currency(), balance);
        }
        return new Client(id, workspaceId, name, email, billingAddress, taxId, currency, taxExempt, locale, balances,
                archived, createdAt, version);
    }

    Client withDetails(UpdateClient details) {
        return new Client(id, workspaceId, details.name(), details.email(), details.billingAddress(),
                details.taxId(), currency, details.taxExempt(), Optional.ofNullable(details.locale()), creditBalances,
                archived, createdAt, version);
    }

    Client archive() {
        return new Client(id, workspaceId, name, email, billingAddress, taxId, currency, taxExempt, locale,
                creditBalances, true, createdAt, version);
    }

    /**
     * This client as stored with the given version; used by repositories after a save.
     *
     * @param newVersion the version the repository stored
     * @return a copy of this client with that version
     */
    public Client withVersion(long newVersion) {
        return new Client(id, workspaceId, name, email, billingAddress, taxId, currency, taxExempt, locale,
                creditBalances, archived, createdAt, newVersion);
    }

    /**
     * The locale of the documents this client receives: its own when set, else the workspace's.
     *
     * @param fallback the workspace's locale
     * @return the client's locale when set, else {@code fallback}
     */
    public Locale documentLocale(Locale fallback) {
        return locale.orElse(Objects.requireNonNull(fallback, "fallback"));
    }

    /**
     * Throws {@link ErrorCode#CLIENT_ARCHIVED} when the client is archived.
     *
     * @return this client, when it is not archived
     */
    public Client requireActive() {
        if (archived) {
            throw PortalException.invalid(ErrorCode.CLIENT_ARCHIVED, "client", id, "is archived");
        }
        return this;
    }
}
