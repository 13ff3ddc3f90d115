package dev.clientportal.pdf;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines that fit a width: at spaces where it can, inside a word only when a word is too long. */
final class Lines {

    private Lines() {
    }

    /** The lines of a text set in a style within {@code width} points; line breaks in the text are kept. */
    static List<String> wrap(String text, Style style, float width) {
        if (style.width(text) <= width && text.indexOf('\n') < 0) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        float space = style.width(" ");
        for (String paragraph : text.split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ", -1)) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = style.width(word);
                float needed = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (needed <= width) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = needed;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (wordWidth <= width) {
                    line.append(word);
                    lineWidth = wordWidth;
                } else {
                    lineWidth = breakWord(word, style, width, lines, line);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Splits a word wider than a line into full lines; what is left starts the next line. */
    private static float breakWord(String word, Style style, float width, List<String> lines, StringBuilder rest) {
        float lineWidth = 0;
        int i = 0;
        while (i < word.length()) {
            int codePoint = word.codePointAt(i);
            float charWidth = style.font().getWidthPoint(codePoint, style.size());
            if (lineWidth + charWidth > width && rest.length() > 0) {
                lines.add(rest.toString());
                rest.setLength(0);
                lineWidth = 0;
            }
            rest.appendCodePoint(codePoint);
            lineWidth += charWidth;
            i += Character.charCount(codePoint);
        }
        return lineWidth;
    }
}
