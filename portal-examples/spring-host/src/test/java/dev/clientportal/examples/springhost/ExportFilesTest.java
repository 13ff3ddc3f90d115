package dev.clientportal.examples.springhost;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.LineExportRow;
import dev.clientportal.core.exports.TaxExportRow;
import dev.clientportal.core.invoice.InvoiceStatus;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.money.TaxRate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static dev.clientportal.core.money.CurrencyUnit.JPY;
import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/** The two file formats, byte for byte: what a spreadsheet and a JSON reader get from the same rows. */
class ExportFilesTest {

    private static final LineExportRow HOSTILE_LINE = new LineExportRow("INV-2026-00007", 2,
            "=HYPERLINK(\"http://evil.example\", \"click\")", new BigDecimal("1.5"), "h", Money.of("1000", JPY),
            Money.of("1500", JPY), Money.zero(JPY), Money.of("1500", JPY), List.of(), null);

    @Test
    void csv_headersThenRows_crlf_formulaDefused_amountsPlain_bomOnlyWhenAsked() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ExportFiles.FileSink<LineExportRow> file = ExportFiles.csv(ExportColumns.LINES, plain, false);
        file.accept(HOSTILE_LINE);
        file.finish();
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        ExportFiles.FileSink<LineExportRow> withMark = ExportFiles.csv(ExportColumns.LINES, excel, true);
        withMark.accept(HOSTILE_LINE);
        withMark.finish();

        assertThat(plain.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(",", ExportColumns.LINES.headers())
                + "\r\nINV-2026-00007,2,\"'=HYPERLINK(\"\"http://evil.example\"\", \"\"click\"\")\",1.5,h,JPY,1000,1500,"
                + "0,1500,,\r\n");
        assertThat(excel.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(excel.toByteArray(), 3, excel.size() - 3, StandardCharsets.UTF_8))
                .isEqualTo(plain.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLines_oneObjectPerLine_countsAndBooleansTyped_amountsStrings_emptyNull() {
        TaxExportRow tax = new TaxExportRow(DocumentType.INVOICE, "INV-2026-00001",
                ClientId.of("0190a000-0000-7000-8000-000000000002"), USD, LocalDate.of(2026, 3, 1),
                InvoiceStatus.OPEN, null, TaxRate.of("NY sales tax", "8.875"), Money.of("1000", USD),
                Money.of("88.75", USD));
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        ExportFiles.FileSink<LineExportRow> lineFile = ExportFiles.jsonLines(ExportColumns.LINES, lines);
        lineFile.accept(HOSTILE_LINE);
        lineFile.accept(HOSTILE_LINE);
        lineFile.finish();
        ByteArrayOutputStream taxes = new ByteArrayOutputStream();
        ExportFiles.FileSink<TaxExportRow> taxFile = ExportFiles.jsonLines(ExportColumns.TAXES, taxes);
        taxFile.accept(tax);
        taxFile.finish();

        String line = "{\"document_number\":\"INV-2026-00007\",\"line_number\":2,"
                + "\"description\":\"=HYPERLINK(\\\"http://evil.example\\\", \\\"click\\\")\",\"quantity\":\"1.5\","
                + "\"unit\":\"h\",\"currency\":\"JPY\",\"unit_price\":\"1000\",\"net\":\"1500\","
                + "\"document_discount\":\"0\",\"taxable\":\"1500\",\"tax_rates\":\"\",\"tax\":null}\n";
        assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo(line + line);
        assertThat(taxes.toString(StandardCharsets.UTF_8)).isEqualTo("{\"document_type\":\"INVOICE\","
                + "\"document_number\":\"INV-2026-00001\",\"client_id\":\"0190a000-0000-7000-8000-000000000002\","
                + "\"currency\":\"USD\",\"issue_date\":\"2026-03-01\",\"invoice_status\":\"OPEN\",\"voided_on\":null,"
                + "\"tax_name\":\"NY sales tax\",\"tax_percent\":\"8.875\",\"compound\":false,"
                + "\"taxable\":\"1000.00\",\"tax\":\"88.75\"}\n");
    }
}
