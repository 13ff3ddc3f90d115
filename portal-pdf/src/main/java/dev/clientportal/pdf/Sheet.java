package dev.clientportal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.jspecify.annotations.Nullable;

import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.Deflater;

/**
 * One PDF being written: pages with a running cursor, text and shape primitives on the page's direct content, a
 * continuation header on every page after the first, and "Page X of Y" on every page. Layouts draw top-down;
 * {@link #ensure} starts a new page when what comes next would not fit.
 *
 * <p>Drawing straight onto the page (instead of through OpenPDF's table and paragraph objects) is what keeps a
 * 2,000-line document in tens of milliseconds and a few megabytes.
 */
final class Sheet {

    static final float MARGIN_X = 42f;
    static final float MARGIN_TOP = 38f;
    static final float MARGIN_BOTTOM = 48f;
    private static final float FOOTER_BASELINE = 24f;
    private static final float CONTINUATION_HEIGHT = 26f;
    private static final String PAGE_DIGITS_RESERVE = "0000";

    final Palette palette;
    final Labels labels;
    private final Document document;
    private final PdfWriter writer;
    private final String footerLeft;
    private final String continuation;
    private final Footer footer = new Footer();
    private PdfContentByte canvas;
    private float y;
    // the graphics state already set on this page, so repeated text does not repeat its font and colour operators
    private @Nullable BaseFont currentFont;
    private float currentSize;
    private @Nullable Color currentFill;
    private @Nullable Color currentStroke;
    private float currentLineWidth;

    /**
     * Opens a document on {@code out} (which it never closes).
     *
     * @param meta         title, author, subject and creation date of the PDF
     * @param footerLeft   printed at the bottom left of every page, e.g. "Acme Design · INV-2026-00001"
     * @param continuation printed at the top of every page after the first, e.g. "Invoice INV-2026-00001"
     */
    Sheet(OutputStream out, Locale locale, Meta meta, Palette palette, Labels labels, String footerLeft,
          String continuation) {
        this.palette = palette;
        this.labels = labels;
        this.footerLeft = footerLeft;
        this.continuation = continuation;
        this.document = new Document(pageSize(locale), MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            this.writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF refused a new writer", e);
        }
        writer.setCloseStream(false);
        writer.setCompressionLevel(Deflater.BEST_SPEED);
        writer.setPageEvent(footer);
        document.addTitle(meta.title());
        document.addAuthor(meta.author());
        document.addSubject(meta.subject());
        document.addCreator(meta.creator());
        document.open();
        // OpenPDF stamps "now"; the document's own time comes from the portal's clock
        writer.getInfo().put(PdfName.CREATIONDATE, pdfDate(meta.created()));
        writer.getInfo().put(PdfName.MODDATE, pdfDate(meta.created()));
        canvas = writer.getDirectContent();
        forgetState();
        y = top();
    }

    /** US and Canadian businesses print on Letter, everyone else on A4. */
    static Rectangle pageSize(Locale locale) {
        String country = locale.getCountry();
        return "US".equals(country) || "CA".equals(country) ? PageSize.LETTER : PageSize.A4;
    }

    private static PdfDate pdfDate(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return new PdfDate(calendar);
    }

    float left() {
        return MARGIN_X;
    }

    float right() {
        return document.getPageSize().getWidth() - MARGIN_X;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return document.getPageSize().getHeight() - MARGIN_TOP;
    }

    float bottom() {
        return MARGIN_BOTTOM;
    }

    /** The cursor: where the next block starts, in points from the bottom of the page. */
    float y() {
        return y;
    }

    /** Moves the cursor down. */
    void down(float points) {
        y -= points;
    }

    /** Sets the cursor, e.g. below the lower of two columns drawn side by side. */
    void moveTo(float newY) {
        y = newY;
    }

    /** Whether a block of this height fits above the footer. */
    boolean fits(float height) {
        return y - height >= bottom();
    }

    /** Starts a new page unless a block of this height fits on this one. */
    void ensure(float height) {
        if (!fits(height)) {
            newPage();
        }
    }

    /** How much height a page after the first offers below its continuation header. */
    float continuationCapacity() {
        return top() - CONTINUATION_HEIGHT - bottom();
    }

    /** Ends this page and starts the next with its continuation header. */
    void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        canvas = writer.getDirectContent();
        forgetState();
        y = top();
        float baseline = y - palette.continuation.size();
        text(footerLeftName(), palette.continuation, left(), baseline);
        textRight(continuation, palette.continuation, right(), baseline);
        rule(y - 10f, Palette.RULE);
        y -= CONTINUATION_HEIGHT;
    }

    private String footerLeftName() {
        int separator = footerLeft.indexOf(" · ");
        return separator < 0 ? footerLeft : footerLeft.substring(0, separator);
    }

    /** Draws text with its baseline at {@code baseline}, starting at {@code x}. */
    void text(String text, Style style, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        canvas.beginText();
        if (style.font() != currentFont || style.size() != currentSize) {
            canvas.setFontAndSize(style.font(), style.size());
            currentFont = style.font();
            currentSize = style.size();
        }
        fillColour(style.color());
        // each BT starts at the origin, so a two-number Td places the text as well as a six-number Tm would
        canvas.moveText(x, baseline);
        canvas.showText(text);
        canvas.endText();
    }

    private void fillColour(Color colour) {
        if (!colour.equals(currentFill)) {
            canvas.setColorFill(colour);
            currentFill = colour;
        }
    }

    private void stroke(Color colour, float lineWidth) {
        if (!colour.equals(currentStroke)) {
            canvas.setColorStroke(colour);
            currentStroke = colour;
        }
        if (lineWidth != currentLineWidth) {
            canvas.setLineWidth(lineWidth);
            currentLineWidth = lineWidth;
        }
    }

    /** Forgets the graphics state set so far, after drawing that set it behind the sheet's back. */
    void forgetState() {
        currentFont = null;
        currentSize = 0;
        currentFill = null;
        currentStroke = null;
        currentLineWidth = -1;
    }

    /** Draws text ending at {@code x}. */
    void textRight(String text, Style style, float x, float baseline) {
        text(text, style, x - style.width(text), baseline);
    }

    /** Draws wrapped text at the cursor within a width and moves the cursor below it. */
    void paragraph(String text, Style style, float x, float width) {
        for (String line : Lines.wrap(text, style, width)) {
            ensure(style.leading());
            text(line, style, x, y - style.size());
            y -= style.leading();
        }
    }

    /** Fills a rectangle. */
    void fill(float x, float bottom, float width, float height, Color colour) {
        fillColour(colour);
        canvas.rectangle(x, bottom, width, height);
        canvas.fill();
    }

    /** Draws a horizontal hairline across the content width. */
    void rule(float atY, Color colour) {
        line(left(), right(), atY, colour);
    }

    /** Draws a horizontal hairline from {@code x1} to {@code x2}. */
    void line(float x1, float x2, float atY, Color colour) {
        stroke(colour, 0.6f);
        canvas.moveTo(x1, atY);
        canvas.lineTo(x2, atY);
        canvas.stroke();
    }

    /** Strokes a rounded box, e.g. a status stamp. */
    void box(float x, float bottom, float width, float height, Color colour, float lineWidth) {
        stroke(colour, lineWidth);
        canvas.roundRectangle(x, bottom, width, height, 3f);
        canvas.stroke();
    }

    /** Places an image scaled to the given size with its lower left corner at (x, bottom). */
    void image(Image image, float x, float bottom, float width, float height) {
        try {
            canvas.addImage(image, width, 0, 0, height, x, bottom);
        } catch (DocumentException e) {
            throw new IllegalStateException("OpenPDF refused an image it had accepted", e);
        }
    }

    /** Makes a rectangle of the page a link to a URL. */
    void link(String url, float x, float bottom, float width, float height) {
        canvas.setAction(new PdfAction(url), x, bottom, x + width, bottom + height);
    }

    /** The direct content of the current page, for drawings such as QR codes; they change the fill colour. */
    PdfContentByte canvas() {
        forgetState();
        return canvas;
    }

    /** Finishes the document and returns its page count. */
    int close() {
        writer.setPageEmpty(false);
        document.close();
        return footer.pages;
    }

    /**
     * The title, author, subject, creator and creation time written into the PDF's information dictionary.
     *
     * @param title   e.g. "Invoice INV-2026-00001"
     * @param author  the business name
     * @param subject e.g. "Invoice INV-2026-00001 for Globex"
     * @param creator the software that made it
     * @param created when the document was put together
     */
    record Meta(String title, String author, String subject, String creator, Instant created) {
    }

    /** Draws "Page X of Y" and the footer text on every page; Y is filled in when the document closes. */
    private final class Footer extends PdfPageEventHelper {
        private @Nullable PdfTemplate total;
        private int pages;

        @Override
        public void onEndPage(PdfWriter pdfWriter, Document pdfDocument) {
            pages++;
            PdfContentByte over = pdfWriter.getDirectContent();
            Style style = palette.continuation;
            PdfTemplate template = total;
            if (template == null) {
                template = over.createTemplate(style.width(PAGE_DIGITS_RESERVE), style.size() * 1.4f);
                total = template;
            }
            String page = labels.pageOf(pages);
            float reserve = style.width(PAGE_DIGITS_RESERVE);
            float x = right() - reserve - style.width(page);
            over.setColorStroke(Palette.RULE);
            over.setLineWidth(0.6f);
            over.moveTo(left(), FOOTER_BASELINE + 12f);
            over.lineTo(right(), FOOTER_BASELINE + 12f);
            over.stroke();
            over.beginText();
            over.setFontAndSize(style.font(), style.size());
            over.setColorFill(style.color());
            over.setTextMatrix(left(), FOOTER_BASELINE);
            over.showText(footerLeft);
            over.setTextMatrix(x, FOOTER_BASELINE);
            over.showText(page);
            over.endText();
            over.addTemplate(template, x + style.width(page), FOOTER_BASELINE - style.size() * 0.3f);
        }

        @Override
        public void onCloseDocument(PdfWriter pdfWriter, Document pdfDocument) {
            PdfTemplate template = total;
            if (template == null) {
                // no page ended, so no page shows a total to fill in
                return;
            }
            Style style = palette.continuation;
            template.beginText();
            template.setFontAndSize(style.font(), style.size());
            template.setColorFill(style.color());
            template.setTextMatrix(0, style.size() * 0.3f);
            template.showText(Integer.toString(pages));
            template.endText();
        }
    }
}
