package dev.clientportal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

/**
 * The embedded Unicode font (Liberation Sans Regular from {@code openpdf-fonts-extra}), parsed once per JVM:
 * parsing a TrueType font per document is the known slowdown of OpenPDF (#1257). A {@link BaseFont} is safe to
 * share between threads; each document tracks its own glyph subset.
 *
 * <p>Bold text is the same face drawn with a thin outline (see {@link Style#heavy()}) instead of a second embedded
 * face: a second font subset costs about a third of a 1-page invoice's rendering time and of its size.
 */
final class Typeface {

    static final String RESOURCE = "liberation/LiberationSans-Regular.ttf";

    private Typeface() {
    }

    /** Liberation Sans Regular. */
    static BaseFont regular() {
        return Holder.REGULAR;
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
}
