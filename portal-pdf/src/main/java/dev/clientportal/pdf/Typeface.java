package dev.clientportal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;

/**
 * The embedded Unicode fonts (Liberation Sans from {@code openpdf-fonts-extra}), parsed once per JVM: parsing a
 * TrueType font per document is the known slowdown of OpenPDF (#1257). A {@link BaseFont} is safe to share
 * between threads; each document tracks its own glyph subset.
 */
final class Typeface {

    static final String REGULAR_RESOURCE = "liberation/LiberationSans-Regular.ttf";
    static final String BOLD_RESOURCE = "liberation/LiberationSans-Bold.ttf";

    private Typeface() {
    }

    /** Liberation Sans Regular. */
    static BaseFont regular() {
        return Holder.REGULAR;
    }

    /** Liberation Sans Bold. */
    static BaseFont bold() {
        return Holder.BOLD;
    }

    static BaseFont load(String resource) {
        try (InputStream in = Typeface.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath: portal-pdf needs "
                        + "com.github.librepdf:openpdf-fonts-extra");
            }
            BaseFont font = BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    in.readAllBytes(), null);
            // the embedded subset is deflated for every document: the default level costs ~0.5 ms per font and
            // saves ~5 % of its size over the fastest level
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
        static final BaseFont REGULAR = load(REGULAR_RESOURCE);
        static final BaseFont BOLD = load(BOLD_RESOURCE);
    }
}
