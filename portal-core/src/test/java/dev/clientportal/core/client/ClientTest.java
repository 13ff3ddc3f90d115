package dev.clientportal.core.client;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.PostalAddress;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.clientportal.core.money.CurrencyUnit.EUR;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientTest {

    private final Client globex = new Client(new ClientId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
            "Globex", "AP@Globex.example", PostalAddress.NONE, "", USD, false, Optional.empty(), Map.of(), false,
            Instant.parse("2026-03-02T09:00:00Z"), 0);

    @Test
    void creditIsKeptPerCurrency() {
        Client credited = globex.withCreditAdded(Money.of("20.00", USD)).withCreditAdded(Money.of("5.00", EUR))
                .withCreditAdded(Money.of("2.50", USD));
        assertThat(credited.creditBalance(USD)).isEqualTo(Money.of("22.50", USD));
        assertThat(credited.creditBalance(EUR)).isEqualTo(Money.of("5.00", EUR));
        assertThat(globex.creditBalance(USD)).as("the original is unchanged").isEqualTo(Money.zero(USD));
    }

    @Test
    void usingAllOfACurrencysCredit_removesItsBalance() {
        Client used = globex.withCreditAdded(Money.of("20.00", USD)).withCreditUsed(Money.of("20.00", USD));
        assertThat(used.creditBalance(USD)).isEqualTo(Money.zero(USD));
        assertThat(used.creditBalances()).isEmpty();
    }

    @Test
    void usingMoreCreditThanTheBalance_isInsufficientCredit() {
        Client credited = globex.withCreditAdded(Money.of("20.00", USD));
        assertRejected(() -> credited.withCreditUsed(Money.of("20.01", USD)), ErrorCode.INSUFFICIENT_CREDIT)
                .hasMessageContaining("USD 20.00");
        assertRejected(() -> credited.withCreditUsed(Money.of("0.01", EUR)), ErrorCode.INSUFFICIENT_CREDIT);
    }

    @Test
    void negativeCredit_isRejected() {
        assertRejected(() -> globex.withCreditAdded(Money.of("-1", USD)), ErrorCode.NEGATIVE_AMOUNT);
        assertThatIllegalArgumentException().isThrownBy(() -> new Client(globex.id(), globex.workspaceId(), "Globex",
                "ap@globex.example", null, null, USD, false, null, Map.of(USD, Money.of("-1", USD)), false,
                globex.createdAt(), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Client(globex.id(), globex.workspaceId(), "Globex",
                "ap@globex.example", null, null, USD, false, null, Map.of(USD, Money.of("1", EUR)), false,
                globex.createdAt(), 0));
    }

    @Test
    void anArchivedClient_takesNoNewDocuments() {
        assertThat(globex.requireActive()).isSameAs(globex);
        assertRejected(() -> globex.archive().requireActive(), ErrorCode.CLIENT_ARCHIVED);
    }

    @Test
    void theBillingEmailIsValidated() {
        assertRejected(() -> new CreateClient("Globex", "not-an-address"), ErrorCode.INVALID_VALUE);
        assertRejected(() -> new CreateClient(" ", "ap@globex.example"), ErrorCode.REQUIRED);
    }
}
