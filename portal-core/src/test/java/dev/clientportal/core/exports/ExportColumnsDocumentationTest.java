package dev.clientportal.core.exports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/EXPORTS.md} lists every column set of {@link ExportColumns} with every header and its type, in order,
 * so the document an accountant reads and the files the hosts write cannot drift apart.
 */
class ExportColumnsDocumentationTest {

    private static final Pattern SET_HEADING = Pattern.compile("^### `([a-z_]+)`");
    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| ([a-z]+) \\|");

    @Test
    void theDocumentListsEveryColumnOfEverySet_inOrder_withItsType() throws IOException {
        Map<String, List<String>> documented = documentedColumns(Files.readAllLines(exportsDocument()));

        Map<String, List<String>> defined = new LinkedHashMap<>();
        for (ExportColumns<?> set : ExportColumns.all()) {
            defined.put(set.name(), set.columns().stream()
                    .map(column -> column.header() + " " + column.type().name().toLowerCase(Locale.ROOT)).toList());
        }
        assertThat(documented).containsExactlyEntriesOf(defined);
    }

    @Test
    void aColumnMissingFromTheDocument_isNoticed() {
        List<String> document = List.of("### `invoices`", "| column | type | meaning |", "|---|---|---|",
                "| `invoice_id` | text | the id |");

        assertThat(documentedColumns(document)).containsExactly(Map.entry("invoices", List.of("invoice_id text")));
        assertThat(documentedColumns(document).get("invoices")).isNotEqualTo(
                ExportColumns.INVOICES.headers().stream().map(header -> header + " text").toList());
    }

    private static Map<String, List<String>> documentedColumns(List<String> lines) {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            Matcher heading = SET_HEADING.matcher(line);
            if (heading.find()) {
                current = new ArrayList<>();
                sets.put(heading.group(1), current);
                continue;
            }
            Matcher row = COLUMN_ROW.matcher(line);
            if (row.find() && current != null) {
                current.add(row.group(1) + " " + row.group(2));
            }
        }
        return sets;
    }

    private static Path exportsDocument() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("docs/EXPORTS.md"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("docs/EXPORTS.md above " + Path.of("").toAbsolutePath()).isNotNull();
        return directory.resolve("docs/EXPORTS.md");
    }
}
