package dev.clientportal.examples.quickstart;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class QuickstartTest {

    @Test
    void theWalkthroughShowsInvoicingClientAccessFollowUpsApprovalsAndQuotes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Quickstart(new PrintStream(buffer, true, StandardCharsets.UTF_8))
                .run(Instant.parse("2026-03-02T09:00:00Z"));
        String output = buffer.toString(StandardCharsets.UTF_8);

        // 12 h × 95.00 = 1140.00 and 1.5 days × 640.00 = 960.00, each taxed 8.875 % per line: 101.18 + 85.20.
        assertThat(output).contains("Issued INV-2026-00001 for USD 2286.38, due 2026-04-01");
        assertThat(output).contains("Emailed ana@globex.example a sign-in link valid until 2026-03-09T09:00:00Z");
        assertThat(output).contains("Ana signed in and sees USD 2286.38 due, oldest due 2026-04-01");
        assertThat(output).contains("The business sees INV-2026-00001 viewed 1 time(s), first at 2026-03-02T12:00:00Z");
        assertThat(output).contains("PARTIALLY_PAID, USD 1286.38 due");
        // 2 h × 95.00 = 190.00 + 16.86 tax.
        assertThat(output).contains("Credit note CN-2026-00001 for USD 206.86: USD 1079.52 due");
        assertThat(output).containsSubsequence("INVOICE", "CREDIT_NOTE", "PAYMENT", "closing balance USD 1079.52");
        assertThat(output).contains("45 days later, aging as of 2026-04-16:",
                "current USD 0.00, 1-30 USD 1079.52");
        assertThat(output).contains("Follow up with Globex about INV-2026-00001: Viewed once, last on 2026-03-02; "
                + "unpaid and 15 days overdue");
        assertThat(output).contains("event: DocumentFirstViewed", "event: ContactSignedIn");
        assertThat(output).contains("Ana asked for changes to the logo (round 1): A darker blue, please");
        assertThat(output).containsPattern("Ana approved version 2 as \"Ana Ruiz\" from 203\\.0\\.113\\.7, "
                + "content [0-9a-f]{12}…: APPROVED");
        // 4800.00 + 16 h × 75.00 = 6000.00; 30 % of it is the deposit.
        assertThat(output).contains("Sent quote Q-2026-00001 for USD 6000.00 with a 30 % deposit");
        assertThat(output).contains("Ana accepted it: deposit invoice INV-2026-00002 for USD 1800.00 issued; the full "
                + "invoice for USD 6000.00 waits as a DRAFT and deducts the deposit when issued");
        assertThat(output).contains("Audit trail intact: true");
    }
}
