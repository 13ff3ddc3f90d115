package dev.clientportal.examples.micronauthost;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.clientportal.core.exports.ExportColumn;
import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.ExportSink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The two file formats of an export in this host, written row by row with the column set core defines
 * ({@link ExportColumns}) by Jackson 2 (Micronaut's): CSV through Jackson's CSV module (headers first, CRLF line ends,
 * optionally the UTF-8 byte order mark for Excel) and JSON Lines through Jackson's streaming generator (one object
 * per line; amounts, dates and decimals as strings, counts as numbers, booleans as booleans, empty cells null).
 */
final class ExportFiles {

    /** The UTF-8 byte order mark, which makes Excel read a CSV file as UTF-8. */
    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ExportFiles() {
    }

    /** A sink that writes a file as the rows come. */
    interface FileSink<R> extends ExportSink<R> {

        /**
         * Writes what is buffered and ends the file (and closes the stream under it); only after the last row.
         *
         * @throws IOException when the stream cannot take the rest
         */
        void finish() throws IOException;
    }

    static <R> FileSink<R> csv(ExportColumns<R> columns, OutputStream out, boolean bom) throws IOException {
        if (bom) {
            out.write(BYTE_ORDER_MARK);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.headers().forEach(schema::addColumn);
        SequenceWriter writer = CSV.writer(schema.build()).writeValues(out);
        List<ExportColumn<R>> cells = columns.columns();
        return new FileSink<>() {
            @Override
            public void accept(R row) {
                try {
                    writer.write(cells.stream().map(column -> column.csvText(row)).toArray(String[]::new));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void finish() throws IOException {
                writer.close();
            }
        };
    }

    static <R> FileSink<R> jsonLines(ExportColumns<R> columns, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.setRootValueSeparator(null);
        List<ExportColumn<R>> cells = columns.columns();
        return new FileSink<>() {
            @Override
            public void accept(R row) {
                try {
                    json.writeStartObject();
                    for (ExportColumn<R> column : cells) {
                        json.writeFieldName(column.header());
                        String text = column.text(row);
                        if (text == null) {
                            json.writeNull();
                        } else {
                            switch (column.type()) {
                                case COUNT -> json.writeNumber(text);
                                case BOOLEAN -> json.writeBoolean(Boolean.parseBoolean(text));
                                default -> json.writeString(text);
                            }
                        }
                    }
                    json.writeEndObject();
                    json.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void finish() throws IOException {
                json.close();
            }
        };
    }
}
