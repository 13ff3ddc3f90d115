package dev.clientportal.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a rendered PDF back with PDFBox: text in reading order, pages as images, fonts, links, metadata. */
final class PdfPages implements AutoCloseable {

    final PDDocument document;

    private PdfPages(PDDocument document) {
        this.document = document;
    }

    static PdfPages of(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The text of every page, top to bottom, left to right. */
    String text() {
        return text(1, pages());
    }

    /** The text of pages {@code from} to {@code to}, 1-based. */
    String text(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text beside the totals on a page: everything left of the totals column, so the column drawn beside it (how
     * to pay, what accepting means) reads as one text.
     */
    String textBesideTotals(int page) {
        PDRectangle box = document.getPage(page - 1).getMediaBox();
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.setSortByPosition(true);
            stripper.addRegion("left", new Rectangle2D.Float(0, 0,
                    box.getWidth() - Sheet.MARGIN_X - Blocks.TOTALS_WIDTH, box.getHeight()));
            stripper.extractRegions(document.getPage(page - 1));
            return stripper.getTextForRegion("left").replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page, in one pass over the document. */
    List<String> pageTexts() {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\f");
            return List.of(stripper.getText(document).split("\f", -1)).subList(0, pages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph drawn on the pages, with its position. */
    List<TextPosition> glyphs() {
        List<TextPosition> glyphs = new ArrayList<>();
        try {
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            collector.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /** Glyphs outside the page margins: the side margins of the layout, and the page itself top and bottom. */
    List<String> glyphsOutsideMargins() {
        PDRectangle page = document.getPage(0).getMediaBox();
        List<String> outside = new ArrayList<>();
        for (TextPosition glyph : glyphs()) {
            float left = glyph.getXDirAdj();
            float right = left + glyph.getWidthDirAdj();
            float top = glyph.getYDirAdj() - glyph.getHeightDir();
            if (left < Sheet.MARGIN_X - 0.5f || right > page.getWidth() - Sheet.MARGIN_X + 0.5f
                    || top < Sheet.MARGIN_TOP - 1f || glyph.getYDirAdj() > page.getHeight() - 12f) {
                outside.add(glyph.getUnicode() + "@" + left + "," + glyph.getYDirAdj());
            }
        }
        return outside;
    }

    /** A page as an RGB image at the given resolution. */
    BufferedImage image(int page, float dpi) {
        try {
            return new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts used on every page. */
    Set<PDFont> fonts() {
        Set<PDFont> fonts = new LinkedHashSet<>();
        try {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    /**
     * The text of every page set in fonts whose name (subset tag removed) is {@code fontName}, in reading order,
     * runs in other fonts replaced by one space each.
     */
    String textInFont(String fontName) {
        StringBuilder out = new StringBuilder();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    boolean last = false;
                    for (TextPosition position : positions) {
                        String name = position.getFont().getName();
                        boolean match = name != null && name.substring(name.indexOf('+') + 1).equals(fontName);
                        if (match) {
                            out.append(position.getUnicode());
                        } else if (last) {
                            out.append(' ');
                        }
                        last = match;
                    }
                    if (last) {
                        out.append(' ');
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    /** Whether a font's glyphs are embedded in the file. */
    static boolean embedded(PDFont font) {
        return font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
    }

    /** The targets of the URI links on a page. */
    List<String> links(int page) {
        List<String> links = new ArrayList<>();
        try {
            for (PDAnnotation annotation : document.getPage(page - 1).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    links.add(uri.getURI());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return links;
    }

    /** Whether any page places an image. */
    boolean hasImages() {
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().isImageXObject(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    PDDocumentInformation info() {
        return document.getDocumentInformation();
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
