package dev.clientportal.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

import java.awt.Color;

/**
 * QR codes drawn as vector rectangles, so they stay sharp at any zoom and print size. OpenPDF 2.0.5 has no QR
 * encoder (LibrePDF/OpenPDF#863), so the symbol comes from Nayuki's small, dependency-free qrcodegen.
 */
final class QrCodes {

    /** The white margin a scanner needs around the symbol, in modules. */
    static final int QUIET_ZONE = 4;

    /**
     * A fixed mask pattern. Letting the encoder score all eight masks is three quarters of the cost of a 1-page
     * invoice; any mask gives a valid symbol, and the tests decode symbols of many addresses to prove this one
     * scans.
     */
    private static final int MASK = 0;

    private QrCodes() {
    }

    /**
     * Draws the QR code of a text as a square of {@code size} points (quiet zone included) with its lower left
     * corner at (x, bottom). Medium error correction survives a crease or a smudge.
     */
    static void draw(PdfContentByte canvas, String text, float x, float bottom, float size) {
        QrCode code = QrCode.encodeSegments(QrSegment.makeSegments(text), QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION,
                QrCode.MAX_VERSION, MASK, true);
        int modules = code.size;
        float module = size / (modules + 2 * QUIET_ZONE);
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, bottom, size, size);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        float origin = x + QUIET_ZONE * module;
        float top = bottom + size - QUIET_ZONE * module;
        for (int row = 0; row < modules; row++) {
            int column = 0;
            while (column < modules) {
                if (!code.getModule(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules && code.getModule(column, row)) {
                    column++;
                }
                // one rectangle per run of dark modules keeps the page small and fast to draw
                canvas.rectangle(origin + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        canvas.fill();
    }
}
