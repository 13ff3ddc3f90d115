package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's statement: a form for the period and the PDF of the contact's own client; a backwards or malformed
 * period is a friendly error page, and nobody gets a statement without signing in.
 */
class StatementPagesTest extends RunningHost {

    @Test
    void aContact_downloadsTheStatementOfAPeriod() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        assertThat(ana.get("/portal/statement").body()).contains("name=\"from\"", "name=\"to\"",
                "value=\"" + today + "\"");

        HttpResponse<byte[]> pdf = ana.download("/portal/statement.pdf?from=" + today.minusDays(90) + "&to=" + today);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theStatementForm_saysTheStatementIsBeingPrepared_onceSent() {
        String page = signedInAs(DemoWorkspace.ANA).get("/portal/statement").body();

        assertThat(page).contains("data-preparing=\"statement-preparing\"",
                "<p id=\"statement-preparing\" role=\"status\" hidden>Your statement is being prepared",
                "<script src=\"/js/progress.js\" defer></script>");
    }

    @Test
    void aBackwardsOrMalformedPeriod_isAFriendlyError() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);

        TestBrowser.Page backwards = ana.get("/portal/statement.pdf?from=2026-03-01&to=2026-02-01");
        TestBrowser.Page malformed = ana.get("/portal/statement.pdf?from=March&to=2026-02-01");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorCode()).contains("receivables.invalid_period");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).contains("http.400");
    }

    @Test
    void withoutASession_thereIsNoStatement() {
        assertThat(browser().get("/portal/statement.pdf?from=2026-01-01&to=2026-02-01").status()).isEqualTo(302);
    }
}
