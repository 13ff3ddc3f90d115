package dev.clientportal.pdf;

import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;

/**
 * A font at a size in a colour.
 *
 * @param font  the font: the regular or the bold face of {@link Typeface}
 * @param size  the size in points
 * @param color the fill colour
 */
record Style(BaseFont font, float size, Color color) {

    /** Regular text of the embedded face. */
    static Style regular(float size, Color color) {
        return new Style(Typeface.regular(), size, color);
    }

    /** Bold text, set in the embedded bold face. */
    static Style bold(float size, Color color) {
        return new Style(Typeface.bold(), size, color);
    }

    /** The line height text of this style is set with. */
    float leading() {
        return size * 1.32f;
    }

    /** The width of a text in points. */
    float width(String text) {
        return font.getWidthPoint(text, size);
    }

    /** This style in another colour. */
    Style in(Color other) {
        return new Style(font, size, other);
    }

    /** This style at another size. */
    Style sized(float other) {
        return new Style(font, other, color);
    }
}
