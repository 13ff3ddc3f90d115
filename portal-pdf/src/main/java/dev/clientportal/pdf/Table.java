package dev.clientportal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table drawn row by row at the sheet's cursor: a coloured header row that is drawn again at the top of every
 * page the table continues on, striped rows, and cells whose text wraps within the column. A row taller than a
 * whole page is split across pages, so nothing ever runs off a page.
 */
final class Table {

    private static final float PAD_X = 5f;
    private static final float PAD_Y = 3f;

    private final Sheet sheet;
    private final float left;
    private final float width;
    private final List<Column> columns;
    private final float headerHeight;
    private int rows;

    /** A table across the full content width. */
    Table(Sheet sheet, List<Column> columns) {
        this(sheet, sheet.left(), columns);
    }

    /** A table starting at {@code left}, as wide as its columns. */
    Table(Sheet sheet, float left, List<Column> columns) {
        this.sheet = sheet;
        this.left = left;
        this.columns = List.copyOf(columns);
        this.width = (float) columns.stream().mapToDouble(Column::width).sum();
        this.headerHeight = sheet.palette.headerCell.leading() + 2 * PAD_Y;
    }

    /** The height of the header plus {@code rows} single-line rows, to keep short tables on one page. */
    static float heightOf(Sheet sheet, int rows) {
        return sheet.palette.headerCell.leading() + 2 * PAD_Y + rows * (sheet.palette.body.leading() + 2 * PAD_Y);
    }

    /** Draws the header row, first making sure it and one ordinary row fit on this page. */
    Table begin() {
        sheet.ensure(headerHeight + sheet.palette.body.leading() + 2 * PAD_Y);
        header();
        return this;
    }

    /** Adds a row of one-span cells in the given styles. */
    void row(Style style, String... cells) {
        List<Cell> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(Cell.of(cell, style));
        }
        row(row);
    }

    /** Adds a row; each cell wraps within its column. */
    void row(List<Cell> cells) {
        List<List<Line>> laid = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            laid.add(lay(cells.get(c), columns.get(c).width() - 2 * PAD_X));
        }
        boolean striped = rows++ % 2 == 1;
        while (true) {
            float height = height(laid) + 2 * PAD_Y;
            if (sheet.fits(height)) {
                draw(laid, height, striped);
                return;
            }
            if (height <= sheet.continuationCapacity() - headerHeight) {
                sheet.newPage();
                header();
                continue;
            }
            laid = drawPart(laid, striped);
            sheet.newPage();
            header();
        }
    }

    /** Draws a closing rule under the last row. */
    void end() {
        sheet.line(left, left + width, sheet.y(), Palette.RULE);
    }

    private void header() {
        float top = sheet.y();
        sheet.fill(left, top - headerHeight, width, headerHeight, sheet.palette.accent);
        Style style = sheet.palette.headerCell;
        float baseline = top - PAD_Y - baselineOffset(style);
        float x = left;
        for (Column column : columns) {
            place(column, column.title(), style, x, baseline);
            x += column.width();
        }
        sheet.down(headerHeight);
    }

    private void draw(List<List<Line>> laid, float height, boolean striped) {
        float top = sheet.y();
        if (striped) {
            sheet.fill(left, top - height, width, height, Palette.STRIPE);
        }
        float x = left;
        for (int c = 0; c < columns.size(); c++) {
            float lineTop = top - PAD_Y;
            for (Line line : laid.get(c)) {
                place(columns.get(c), line.text(), line.style(), x, lineTop - baselineOffset(line.style()));
                lineTop -= line.style().leading();
            }
            x += columns.get(c).width();
        }
        sheet.down(height);
    }

    /** Draws as many lines of each cell as fit on this page and returns what is left for the next. */
    private List<List<Line>> drawPart(List<List<Line>> laid, boolean striped) {
        float room = sheet.y() - sheet.bottom() - 2 * PAD_Y;
        List<List<Line>> now = new ArrayList<>(laid.size());
        List<List<Line>> later = new ArrayList<>(laid.size());
        for (List<Line> cell : laid) {
            float used = 0;
            int split = 0;
            while (split < cell.size() && used + cell.get(split).style().leading() <= room) {
                used += cell.get(split).style().leading();
                split++;
            }
            now.add(cell.subList(0, split));
            later.add(cell.subList(split, cell.size()));
        }
        draw(now, height(now) + 2 * PAD_Y, striped);
        return later;
    }

    private void place(Column column, String text, Style style, float x, float baseline) {
        if (column.alignRight()) {
            sheet.textRight(text, style, x + column.width() - PAD_X, baseline);
        } else {
            sheet.text(text, style, x + PAD_X, baseline);
        }
    }

    private static List<Line> lay(Cell cell, float width) {
        List<Line> lines = new ArrayList<>(cell.spans().size());
        for (Span span : cell.spans()) {
            if (span.text().isEmpty()) {
                continue;
            }
            for (String text : Lines.wrap(span.text(), span.style(), width)) {
                lines.add(new Line(text, span.style()));
            }
        }
        return lines;
    }

    private static float height(List<List<Line>> laid) {
        float max = 0;
        for (List<Line> cell : laid) {
            float height = 0;
            for (Line line : cell) {
                height += line.style().leading();
            }
            max = Math.max(max, height);
        }
        return max;
    }

    /** From the top of a line to its baseline: the font size plus half the extra leading, less the descent. */
    private static float baselineOffset(Style style) {
        return style.size() * 0.98f;
    }

    /**
     * A column.
     *
     * @param title      the header text
     * @param width      the width in points
     * @param alignRight whether text is right-aligned (amounts, quantities)
     */
    record Column(String title, float width, boolean alignRight) {
    }

    /** A cell: spans stacked top-down, e.g. a description with a muted detail line under it. */
    record Cell(List<Span> spans) {
        static Cell of(String text, Style style) {
            return new Cell(List.of(new Span(text, style)));
        }
    }

    /** Text in one style. */
    record Span(String text, Style style) {
    }

    private record Line(String text, Style style) {
    }
}
