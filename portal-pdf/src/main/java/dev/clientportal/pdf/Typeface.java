package dev.clientportal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

/**
 * The embedded Unicode faces (Liberation Sans Regular and Bold from {@code openpdf-fonts-extra}), each parsed once
 * per JVM: parsing a TrueType font per document is the known slowdown of OpenPDF (#1257). A {@link BaseFont} is
 * safe to share between threads; each document tracks its own glyph subsets.
 *
 * <p>Bold text is set in the real bold face: an outlined regular face fills the dots of i and j at screen sizes.
 */
final class Typeface {

    static final String RESOURCE = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD_RESOURCE = "liberation/LiberationSans-Bold.ttf";

    private Typeface() {
    }

    /** Liberation Sans Regular. */
    static BaseFont regular() {
        return Holder.REGULAR;
    }

    /** Liberation Sans Bold. */
    static BaseFont bold() {
        return BoldHolder.BOLD;
    }

    static BaseFont load(String resource) {
        try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: portal-pdf needs "
                        + "com.github.librepdf:openpdf-fonts-extra");
            }
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            // the embedded subset is deflated for every document: the default level costs ~0.5 ms and saves ~5 %
            // of the subset's size over the fastest level
            font.setCompressionLevel(Deflater.BEST_SPEED);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("could not parse the font " + resource, e);
        }
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final BaseFont REGULAR = load(RESOURCE);
    }

    /** Loaded on first use, once; separate from the regular face so a document without bold text never parses it. */
    private static final class BoldHolder {
        static final BaseFont BOLD = load(BOLD_RESOURCE);
    }
}
