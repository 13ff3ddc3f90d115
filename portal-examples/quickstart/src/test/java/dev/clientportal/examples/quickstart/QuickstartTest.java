package dev.clientportal.examples.quickstart;

import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QuickstartTest {

    @TempDir
    Path pdfDirectory;

    @Test
    void theWalkthroughShowsInvoicingClientAccessMessagesPdfFollowUpsApprovalsQuotesAndTheAuditCheckpoint()
            throws IOException {
        String output = run(Quickstart.DEMO_START);

        // 12 h × 95.00 = 1140.00 and 1.5 days × 640.00 = 960.00, each taxed 8.875 % per line: 101.18 + 85.20.
        assertThat(output).contains("Issued INV-2026-00001 for USD 2,286.38, due 1 Apr 2026");
        assertThat(output).contains("Emailed ana@globex.example a sign-in link valid until 9 Mar 2026, 09:00 UTC");
        assertThat(output).contains("Ana signed in and sees USD 2,286.38 due, oldest due 1 Apr 2026");
        assertThat(output).contains(
                "The business sees INV-2026-00001 viewed 1 time(s), first at 2 Mar 2026, 12:00 UTC");
        assertThat(output).contains("Received USD 1,000.00 by bank transfer: partially paid, USD 1,286.38 due");
        // 2 h × 95.00 = 190.00 + 16.86 tax.
        assertThat(output).contains("Credit note CN-2026-00001 for USD 206.86: USD 1,079.52 due");
        assertThat(output).containsSubsequence("2 Mar 2026   invoice", "credit note", "payment",
                "closing balance USD 1,079.52");
        assertThat(output).contains("The business started the thread \"Your invoice INV-2026-00001\"",
                "Ana sees \"Your invoice INV-2026-00001\" with 1 unread",
                "and replied; her unread count is now 0",
                "The business has 1 unread: \"Got it, the rest follows on Friday.\" (2 Mar 2026, 13:00 UTC)");
        Path pdf = pdfDirectory.resolve("INV-2026-00001.pdf");
        assertThat(output).containsPattern("Wrote INV-2026-00001 as a 1-page PDF to "
                + Pattern.quote(pdf.toString()) + " \\([0-9,]+ bytes\\)");
        assertThat(pdf).exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
        assertThat(output).containsPattern("Audit checkpoint taken at entry [0-9]+ \\(hash [0-9a-f]{12}…\\)");
        assertThat(output).contains("45 days later, aging as of 16 Apr 2026:",
                "current USD 0.00, 1-30 USD 1,079.52");
        assertThat(output).contains("Follow up with Globex about INV-2026-00001: Viewed once, last on 2026-03-02; "
                + "unpaid and 15 days overdue");
        assertThat(output).contains("event: DocumentFirstViewed", "event: ContactSignedIn", "event: MessagePosted");
        assertThat(output).contains("Ana asked for changes to the logo (round 1): A darker blue, please");
        assertThat(output).containsPattern("Ana approved version 2 as \"Ana Ruiz\" from 203\\.0\\.113\\.7, "
                + "content [0-9a-f]{12}…: approved");
        // 4800.00 + 16 h × 75.00 = 6000.00; 30 % of it is the deposit.
        assertThat(output).contains("Sent quote Q-2026-00001 for USD 6,000.00 with a 30 % deposit");
        assertThat(output).contains("Ana accepted it: deposit invoice INV-2026-00002 for USD 1,800.00 issued; the "
                + "full invoice for USD 6,000.00 waits as a draft and deducts the deposit when issued");
        assertThat(output).contains("Audit trail intact: true");
        assertThat(output).containsPattern("Verified against the checkpoint at entry [0-9]+: intact, [0-9]+ entries "
                + "checked");
    }

    @Test
    void mainRunsOnTheDemoClockWhateverTheDateToday() {
        // On a wall clock, a December run would date the invoice today and number the quote 45 days later in the
        // next year; main starts on DEMO_START instead, so the output only matches that start.
        PrintStream console = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[] {pdfDirectory.toString()});
        } finally {
            System.setOut(console);
        }
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(Quickstart.DEMO_START).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(output).contains("Issued INV-2026-00001 for USD 2,286.38, due 1 Apr 2026",
                "Sent quote Q-2026-00001", "aging as of 16 Apr 2026").doesNotContain("2027");
        assertThat(pdfDirectory.resolve("INV-2026-00001.pdf")).exists();
    }

    @Test
    void amountsAreGroupedAndExact() {
        assertThat(Quickstart.money(Money.of("1234567.89", CurrencyUnit.USD))).isEqualTo("USD 1,234,567.89");
        assertThat(Quickstart.money(Money.of("-0.05", CurrencyUnit.USD))).isEqualTo("USD -0.05");
        assertThat(Quickstart.money(Money.of("1500", CurrencyUnit.JPY))).isEqualTo("JPY 1,500");
    }

    private String run(Instant start) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new Quickstart(new PrintStream(buffer, true, StandardCharsets.UTF_8), pdfDirectory).run(start);
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
