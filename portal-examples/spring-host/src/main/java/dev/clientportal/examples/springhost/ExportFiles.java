package dev.clientportal.examples.springhost;

import dev.clientportal.core.exports.ExportColumn;
import dev.clientportal.core.exports.ExportColumns;
import dev.clientportal.core.exports.ExportSink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The two file formats of an export, written row by row as the portal hands the rows over, with the column set core
 * defines ({@link ExportColumns}): CSV through Jackson's CSV module (headers first, CRLF line ends, optionally a
 * UTF-8 byte order mark for Excel), and JSON Lines through Jackson (one object per line, amounts as strings).
 */
final class ExportFiles {

    /** The UTF-8 byte order mark, which makes Excel read a CSV file as UTF-8. */
    static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CsvMapper CSV = new CsvMapper();
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("").build())
            .build();

    private ExportFiles() {
    }

    /** A sink that writes a file as the rows come. */
    interface FileSink<R> extends ExportSink<R> {

        /** Writes what is buffered and ends the file (and the stream under it); only after the last row. */
        void finish();
    }

    /**
     * A CSV file: the headers, then a line per row of the columns' CSV text (formula-like text cells defused).
     *
     * @param columns the column set
     * @param out     where the file goes; closed when the file is finished
     * @param bom     whether the file starts with the UTF-8 byte order mark
     * @param <R>     the row type
     * @return the sink
     * @throws IOException when the mark cannot be written
     */
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
                writer.write(cells.stream().map(column -> column.csvText(row)).toArray(String[]::new));
            }

            @Override
            public void finish() {
                writer.close();
            }
        };
    }

    /**
     * A JSON Lines file: one object per row and line, keys the headers in column order; amounts, dates and decimals
     * as strings (exact, whatever the reader's number type), counts as numbers, booleans as booleans, empty cells as
     * {@code null}.
     *
     * @param columns the column set
     * @param out     where the file goes; closed when the file is finished
     * @param <R>     the row type
     * @return the sink
     */
    static <R> FileSink<R> jsonLines(ExportColumns<R> columns, OutputStream out) {
        JsonGenerator json = JSON.createGenerator(out);
        List<ExportColumn<R>> cells = columns.columns();
        return new FileSink<>() {
            @Override
            public void accept(R row) {
                json.writeStartObject();
                for (ExportColumn<R> column : cells) {
                    json.writeName(column.header());
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
            }

            @Override
            public void finish() {
                json.close();
            }
        };
    }
}
