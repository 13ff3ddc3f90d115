package dev.clientportal.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;

/**
 * A font at a size in a colour, regular or heavy.
 *
 * @param font  the font
 * @param size  the size in points
 * @param color the fill colour
 * @param heavy whether the glyphs are drawn with an outline of {@link #outline()} points, which reads as bold
 */
record Style(BaseFont font, float size, Color color, boolean heavy) {

    /** The outline of heavy text as a share of its size: close to Liberation Sans Bold's extra stem weight. */
    private static final float EMBOLDEN = 0.05f;

    /** Regular text of the embedded face. */
    static Style regular(float size, Color color) {
        return new Style(Typeface.regular(), size, color, false);
    }

    /** Heavy (bold) text of the embedded face. */
    static Style bold(float size, Color color) {
        return new Style(Typeface.regular(), size, color, true);
    }

    /** The line height text of this style is set with. */
    float leading() {
        return size * 1.32f;
    }

    /** The width of a text in points, including the outline of heavy text. */
    float width(String text) {
        float width = font.getWidthPoint(text, size);
        return heavy ? width + outline() : width;
    }

    /** The outline width heavy text is drawn with. */
    float outline() {
        return size * EMBOLDEN;
    }

    /** This style in another colour. */
    Style in(Color other) {
        return new Style(font, size, other, heavy);
    }

    /** This style at another size. */
    Style sized(float other) {
        return new Style(font, other, color, heavy);
    }
}
