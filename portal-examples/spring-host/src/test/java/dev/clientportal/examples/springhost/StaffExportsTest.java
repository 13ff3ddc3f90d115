package dev.clientportal.examples.springhost;

import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.Exports;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.exports.LineExportRow;
import dev.clientportal.core.exports.PaymentExportRow;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The business's own sign-in and the accountant's files: only a staff session opens {@code /staff} and
 * {@code /exports}, a client's session meets 404 there, and the files hold exactly the rows the portal exports, in
 * the column set core defines.
 */
class StaffExportsTest extends RunningHost {

    /** The demo staff user's password, as the README gives it. */
    static final String DEMO_PASSWORD = "northwind-demo";
    static final String STAFF = "owner@northwind.example";

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonMapper JSON = new JsonMapper();

    private final LocalDate from = LocalDate.now(ZoneOffset.UTC).minusYears(1);
    private final LocalDate to = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    private String period() {
        return "?from=" + from + "&to=" + to;
    }

    @Test
    void withoutASession_staffPagesAndExportsSendYouToTheStaffSignIn() {
        for (String path : List.of("/staff", "/exports/invoices.csv" + period(), "/exports/payments.jsonl")) {
            TestBrowser.Page page = browser().get(path);

            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.header("Location")).hasValueSatisfying(location -> assertThat(location)
                    .endsWith("/staff/sign-in"));
        }
    }

    @Test
    void aSignedInClient_meetsNotFound_onStaffPagesAndExports() {
        TestBrowser ana = signedInAs(DemoWorkspace.ANA);
        String anInvoiceNumber = issuedInvoicesOf("Initech GmbH").get(0).number();

        TestBrowser.Page staffPage = ana.get("/staff");
        TestBrowser.Page export = ana.get("/exports/invoices.csv" + period());

        assertThat(staffPage.status()).isEqualTo(404);
        assertThat(staffPage.errorCode()).contains("http.404");
        assertThat(export.status()).isEqualTo(404);
        assertThat(export.body()).doesNotContain(anInvoiceNumber);
        assertThat(ana.get("/portal").status()).as("the client session itself still works").isEqualTo(200);
    }

    @Test
    void staffSignIn_takesOnlyTheRightPassword_andOpensNoClientPage() {
        TestBrowser browser = browser();
        browser.get("/staff/sign-in");

        TestBrowser.Page wrong = browser.submit("/staff/sign-in", Map.of("email", STAFF, "password", "guess"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("do not match");
        assertThat(browser.get("/staff").status()).isEqualTo(302);

        TestBrowser staff = staffSignIn();
        TestBrowser.Page home = staff.get("/staff");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(staff.cookie("JSESSIONID")).hasValueSatisfying(cookie -> assertThat(cookie.isHttpOnly()).isTrue());
        assertThat(home.body()).contains(STAFF, "/exports/invoices.csv");
        assertThat(staff.get("/portal").status()).as("a staff session is no client session").isEqualTo(302);

        staff.submit("/staff/sign-out", Map.of());
        assertThat(staff.get("/staff").status()).isEqualTo(302);
    }

    @Test
    void staffSignInWithoutTheCsrfToken_isRefused() {
        TestBrowser browser = browser();
        browser.get("/staff/sign-in");

        TestBrowser.Page refused = browser.post("/staff/sign-in", Map.of("email", STAFF, "password",
                DEMO_PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(browser.get("/staff").status()).isEqualTo(302);
    }

    @Test
    void manyWrongPasswordsForOneAddress_areRateLimited() {
        TestBrowser browser = browser();
        browser.get("/staff/sign-in");
        Map<String, String> guess = Map.of("email", "someone@northwind.example", "password", "guess");
        for (int attempt = 1; attempt <= StaffDirectory.ATTEMPTS; attempt++) {
            assertThat(browser.submit("/staff/sign-in", guess).status()).as("attempt " + attempt).isEqualTo(401);
        }

        TestBrowser.Page limited = browser.submit("/staff/sign-in", guess);

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).contains("access.rate_limited");
    }

    @Test
    void theInvoicesCsv_holdsExactlyTheRowsThePortalExports() {
        HttpResponse<byte[]> file = signedInAsStaff().download("/exports/invoices.csv" + period());
        List<InvoiceExportRow> exported = new ArrayList<>();
        portal.exports().invoices(owner(), ExportFilter.period(from, to), exported::add);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(file.headers().firstValue("Cache-Control")).as("figures stay out of caches")
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"invoices-" + from + "-to-" + to + ".csv\"");
        assertThat(file.body()[0]).as("no byte order mark unless asked").isEqualTo((byte) 'i');
        List<List<String>> rows = csvRows(new String(file.body(), StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(ExportColumns.INVOICES.headers());
        assertThat(exported).hasSizeGreaterThanOrEqualTo(5);
        assertThat(rows.subList(1, rows.size())).isEqualTo(expected(ExportColumns.INVOICES, exported));
        InvoiceExportRow first = exported.get(0);
        assertThat(rows.get(1)).contains(first.number(), first.total().amount().toPlainString(),
                first.issueDate().toString(), first.currency().code());
    }

    @Test
    void theByteOrderMark_isThereOnlyWhenAsked() {
        TestBrowser staff = signedInAsStaff();

        byte[] plain = staff.download("/exports/invoices.csv" + period()).body();
        byte[] forExcel = staff.download("/exports/invoices.csv" + period() + "&bom=true").body();

        assertThat(Arrays.copyOf(forExcel, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(Arrays.copyOfRange(forExcel, 3, forExcel.length)).isEqualTo(plain);
    }

    @Test
    void invoicesAsJsonLines_oneObjectPerRow_amountsAsExactStrings() {
        String file = new String(signedInAsStaff().download("/exports/invoices.jsonl" + period()).body(),
                StandardCharsets.UTF_8);
        List<InvoiceExportRow> exported = new ArrayList<>();
        portal.exports().invoices(owner(), ExportFilter.period(from, to), exported::add);

        assertThat(file).endsWith("\n");
        List<String> lines = file.lines().toList();
        assertThat(lines).hasSameSizeAs(exported);
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> object = JSON.readValue(lines.get(i), new TypeReference<Map<String, Object>>() {
            });
            InvoiceExportRow row = exported.get(i);
            assertThat(object.keySet()).containsExactlyElementsOf(ExportColumns.INVOICES.headers());
            assertThat(object.get("invoice_number")).isEqualTo(row.number());
            assertThat(object.get("total")).isEqualTo(row.total().amount().toPlainString());
            assertThat(object.get("issue_date")).isEqualTo(row.issueDate().toString());
        }
    }

    @Test
    void linesAndPayments_comeInTheirOwnColumnSets() {
        TestBrowser staff = signedInAsStaff();
        List<LineExportRow> lines = new ArrayList<>();
        List<PaymentExportRow> payments = new ArrayList<>();
        portal.exports().invoiceLines(owner(), ExportFilter.period(from, to), lines::add);
        portal.exports().payments(owner(), ExportFilter.period(from, to), payments::add);

        List<List<String>> lineRows = csvRows(new String(staff.download("/exports/invoice_lines.csv" + period()).body(),
                StandardCharsets.UTF_8));
        List<List<String>> paymentRows = csvRows(new String(staff.download("/exports/payments.csv" + period())
                .body(), StandardCharsets.UTF_8));

        assertThat(lineRows.get(0)).isEqualTo(ExportColumns.LINES.headers());
        assertThat(lineRows.subList(1, lineRows.size())).isEqualTo(expected(ExportColumns.LINES, lines));
        assertThat(paymentRows.get(0)).isEqualTo(ExportColumns.PAYMENTS.headers());
        assertThat(paymentRows.subList(1, paymentRows.size())).isEqualTo(expected(ExportColumns.PAYMENTS, payments));
        assertThat(payments).isNotEmpty();
    }

    @Test
    void everyExportOfThePortal_isOffered_inItsColumnSet_oneLinePerRow() {
        TestBrowser staff = signedInAsStaff();
        ExportFilter period = ExportFilter.period(from, to);
        Exports exports = portal.exports();
        Map<String, Map.Entry<ExportColumns<?>, Long>> expected = Map.ofEntries(
                Map.entry("invoices", Map.entry(ExportColumns.INVOICES,
                        exports.invoices(owner(), period, row -> { }).rows())),
                Map.entry("invoice_lines", Map.entry(ExportColumns.LINES,
                        exports.invoiceLines(owner(), period, row -> { }).rows())),
                Map.entry("invoice_taxes", Map.entry(ExportColumns.TAXES,
                        exports.invoiceTaxes(owner(), period, row -> { }).rows())),
                Map.entry("credit_notes", Map.entry(ExportColumns.CREDIT_NOTES,
                        exports.creditNotes(owner(), period, row -> { }).rows())),
                Map.entry("credit_note_lines", Map.entry(ExportColumns.LINES,
                        exports.creditNoteLines(owner(), period, row -> { }).rows())),
                Map.entry("credit_note_taxes", Map.entry(ExportColumns.TAXES,
                        exports.creditNoteTaxes(owner(), period, row -> { }).rows())),
                Map.entry("payments", Map.entry(ExportColumns.PAYMENTS,
                        exports.payments(owner(), period, row -> { }).rows())),
                Map.entry("allocations", Map.entry(ExportColumns.ALLOCATIONS,
                        exports.allocations(owner(), period, row -> { }).rows())),
                Map.entry("refunds", Map.entry(ExportColumns.REFUNDS,
                        exports.refunds(owner(), period, row -> { }).rows())),
                Map.entry("clients", Map.entry(ExportColumns.CLIENTS,
                        exports.clients(owner(), period, row -> { }).rows())),
                Map.entry("audit_trail", Map.entry(ExportColumns.AUDIT_TRAIL,
                        exports.auditTrail(owner(), period, row -> { }).rows())));
        String page = staff.get("/staff").body();

        for (Map.Entry<String, Map.Entry<ExportColumns<?>, Long>> export : expected.entrySet()) {
            String kind = export.getKey();
            List<List<String>> csv = csvRows(new String(staff.download("/exports/" + kind + ".csv" + period())
                    .body(), StandardCharsets.UTF_8));
            List<String> jsonLines = new String(staff.download("/exports/" + kind + ".jsonl" + period()).body(),
                    StandardCharsets.UTF_8).lines().toList();

            assertThat(page).as("the staff page offers " + kind).contains("/exports/" + kind + ".csv");
            assertThat(csv.get(0)).as(kind).isEqualTo(export.getValue().getKey().headers());
            assertThat((long) csv.size() - 1).as(kind + " rows").isEqualTo(export.getValue().getValue());
            assertThat((long) jsonLines.size()).as(kind + " lines").isEqualTo(export.getValue().getValue());
        }
        assertThat(expected.get("invoice_taxes").getValue()).isPositive();
        assertThat(expected.get("refunds").getValue()).isPositive();
        assertThat(expected.get("audit_trail").getValue()).isPositive();
    }

    @Test
    void badPeriods_answer400_withThePortalsCode() {
        TestBrowser staff = signedInAsStaff();

        TestBrowser.Page notADay = staff.get("/exports/invoices.csv?from=2026-13-01&to=2026-12-31");
        TestBrowser.Page backwards = staff.get("/exports/invoices.csv?from=2026-03-01&to=2026-02-01");
        TestBrowser.Page missing = staff.get("/exports/invoices.jsonl?from=2026-03-01");

        assertThat(notADay.status()).isEqualTo(400);
        assertThat(notADay.errorCode()).contains("input.invalid_value");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.errorCode()).contains("receivables.invalid_period");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorCode()).contains("input.required");
        assertThat(staff.get("/exports/quotes.csv" + period()).status()).isEqualTo(404);
    }

    private static List<List<String>> csvRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        CSV.readerFor(String[].class).with(CsvReadFeature.WRAP_AS_ARRAY).<String[]>readValues(text)
                .forEachRemaining(row -> rows.add(List.of(row)));
        return rows;
    }

    private static <R> List<List<String>> expected(ExportColumns<R> columns, List<R> rows) {
        return rows.stream().map(row -> columns.columns().stream().map(column -> column.csvText(row)).toList())
                .toList();
    }
}
