package dev.clientportal.core.receivables;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of the aging report in the order a reader looks a client up: by name, case aside, then by currency. */
class AgingOrderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 20);
    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final CurrencyUnit EUR = CurrencyUnit.of("EUR");

    @Test
    void rows_sortByNameIgnoringCase_thenByTheNameAsWritten_thenByIdAndCurrency() {
        ClientId zed = client(1);
        ClientId upperAlpha = client(2);
        ClientId lowerAlpha = client(3);
        ClientId beta = client(4);
        ClientId twinA = client(5);
        ClientId twinB = client(6);
        List<OpenAmountSum> facts = new ArrayList<>(List.of(
                sum(zed, "zed", USD),
                sum(lowerAlpha, "alpha", USD),
                sum(beta, "Beta", USD),
                sum(beta, "Beta", EUR),
                sum(upperAlpha, "Alpha", USD),
                sum(twinB, "Twin", USD),
                sum(twinA, "Twin", USD)));
        Collections.shuffle(facts, new Random(7));

        AgingReport report = ReceivablesReports.aging(facts, AS_OF);

        assertThat(report.rows()).extracting(row -> row.clientName() + " " + row.amounts().currency().code()
                        + " " + row.clientId().value().toString().substring(35))
                .containsExactly("Alpha USD 2", "alpha USD 3", "Beta EUR 4", "Beta USD 4", "Twin USD 5",
                        "Twin USD 6", "zed USD 1");
    }

    private static ClientId client(int number) {
        return new ClientId(UUID.fromString("00000000-0000-0000-0000-00000000000" + number));
    }

    private static OpenAmountSum sum(ClientId client, String name, CurrencyUnit currency) {
        Money zero = Money.zero(currency);
        return new OpenAmountSum(client, name, currency, List.of(Money.ofMinor(10_000, currency), zero, zero, zero,
                zero));
    }
}
