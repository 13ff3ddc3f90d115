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
     * A fixed mask pattern. Letting the encoder score all eight masks took about a quarter of a 1-page invoice's
     * time; any mask gives a valid symbol, and the invoice tests scan the drawn symbol back.
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
        canvas.saveState();
        // one module per unit from the symbol's lower left corner: every rectangle below is in whole numbers,
        // which keeps the content stream short and quick to write
        canvas.concatCTM(module, 0, 0, module, x + QUIET_ZONE * module, bottom + QUIET_ZONE * module);
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(-QUIET_ZONE, -QUIET_ZONE, modules + 2 * QUIET_ZONE, modules + 2 * QUIET_ZONE);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
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
                canvas.rectangle(start, modules - 1 - row, column - start, 1);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** The symbol {@link #draw} draws for a text: the smallest version that holds it, at medium error correction. */
    static QrCode encode(String text) {
        return QrCode.encodeSegments(QrSegment.makeSegments(text), QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION,
                QrCode.MAX_VERSION, MASK, true);
    }
}
