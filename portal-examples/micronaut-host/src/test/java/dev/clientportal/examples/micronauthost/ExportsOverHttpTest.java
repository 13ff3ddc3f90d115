package dev.clientportal.examples.micronauthost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.clientportal.core.exports.ExportColumn;
import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.ExportFilter;
import dev.clientportal.core.exports.InvoiceExportRow;
import dev.clientportal.core.exports.PaymentExportRow;
import dev.clientportal.examples.demo.DemoWorkspace;
import dev.clientportal.examples.demo.ExportDownloads;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountant's files over HTTP for the staff token: each export's CSV holds exactly the rows the portal exports,
 * cell for cell in core's column set; JSON Lines parse line by line; a client's session, no token, a bad day or an
 * unknown export are refused with a problem document.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class ExportsOverHttpTest extends HostOverHttp {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalDate from = LocalDate.now(ZoneOffset.UTC).minusYears(1);
    private final LocalDate to = LocalDate.now(ZoneOffset.UTC).plusDays(1);

    @Test
    void theInvoicesCsv_holdsThePortalsRowsCellForCell_underCoresHeaders() throws IOException {
        HttpResponse<byte[]> file = download("/exports/invoices.csv" + period());

        assertThat(file.getContentType()).hasValueSatisfying(type -> assertThat(type.toString()).startsWith("text/csv"));
        assertThat(file.header(HttpHeaders.CONTENT_DISPOSITION))
                .contains("attachment").contains("invoices-" + from + "-to-" + to + ".csv");
        List<List<String>> lines = csv(file.body());
        List<InvoiceExportRow> rows = new ArrayList<>();
        portal.exports().invoices(owner(), ExportFilter.period(from, to), rows::add);

        assertThat(rows).as("the demo workspace has issued invoices").hasSizeGreaterThan(3);
        assertThat(lines.get(0)).containsExactlyElementsOf(ExportColumns.INVOICES.headers());
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(cells(ExportColumns.INVOICES, rows));
    }

    @Test
    void aByteOrderMark_onlyWhenAsked_andThePaymentsJsonLines_oneObjectPerRow() throws IOException {
        byte[] plain = download("/exports/invoices.csv" + period()).body();
        byte[] marked = download("/exports/invoices.csv" + period() + "&bom=true").body();
        assertThat(plain[0]).isNotEqualTo(ExportFiles.BYTE_ORDER_MARK[0]);
        assertThat(Arrays.copyOf(marked, 3)).isEqualTo(ExportFiles.BYTE_ORDER_MARK);
        assertThat(Arrays.copyOfRange(marked, 3, marked.length)).isEqualTo(plain);

        String jsonLines = new String(download("/exports/payments.jsonl" + period()).body(), StandardCharsets.UTF_8);
        List<PaymentExportRow> payments = new ArrayList<>();
        portal.exports().payments(owner(), ExportFilter.period(from, to), payments::add);
        List<String> lines = jsonLines.lines().toList();
        assertThat(lines).hasSize(payments.size()).isNotEmpty();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode object = JSON.readTree(lines.get(i));
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyElementsOf(ExportColumns.PAYMENTS.headers());
            assertThat(object.get("amount").isTextual()).as("amounts are exact strings").isTrue();
            assertThat(object.get("amount").asText()).isEqualTo(payments.get(i).amount().amount().toPlainString());
        }
    }

    @Test
    void everyExportTheHostsOffer_downloadsForStaff() {
        for (String kind : ExportDownloads.KINDS) {
            assertThat(call(HttpRequest.GET("/exports/" + kind + ".csv" + period()).bearerAuth(STAFF_TOKEN))
                    .status()).as(kind).isEqualTo(200);
        }
    }

    @Test
    void aClientsSession_noToken_aBadDay_andAnUnknownExport_areRefused() {
        String ana = signIn(DemoWorkspace.ANA);

        assertThat(call(HttpRequest.GET("/exports/invoices.csv" + period())).status()).isEqualTo(401);
        assertThat(call(HttpRequest.GET("/exports/invoices.csv" + period()).bearerAuth(ana)).status())
                .as("a client's session is no staff token").isEqualTo(401);
        Answer badDay = call(HttpRequest.GET("/exports/invoices.csv?from=yesterday&to=" + to)
                .bearerAuth(STAFF_TOKEN));
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.problem().code()).isEqualTo("input.invalid_value");
        assertThat(badDay.problem().field()).isEqualTo("from");
        Answer backwards = call(HttpRequest.GET("/exports/invoices.csv?from=" + to + "&to=" + from)
                .bearerAuth(STAFF_TOKEN));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(call(HttpRequest.GET("/exports/salaries.csv" + period()).bearerAuth(STAFF_TOKEN)).status())
                .isEqualTo(404);
        assertThat(call(HttpRequest.GET("/exports/invoices.xlsx" + period()).bearerAuth(STAFF_TOKEN)).status())
                .isEqualTo(404);
    }

    private String period() {
        return "?from=" + from + "&to=" + to;
    }

    private HttpResponse<byte[]> download(String path) {
        return blocking().exchange(HttpRequest.GET(path).bearerAuth(STAFF_TOKEN), byte[].class);
    }

    private static List<List<String>> csv(byte[] body) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(body)) {
            rows.forEachRemaining(row -> lines.add(List.of(row)));
        }
        return lines;
    }

    private static <R> List<List<String>> cells(ExportColumns<R> columns, List<R> rows) {
        List<ExportColumn<R>> cells = columns.columns();
        return rows.stream().map(row -> cells.stream().map(column -> column.csvText(row)).toList()).toList();
    }
}
