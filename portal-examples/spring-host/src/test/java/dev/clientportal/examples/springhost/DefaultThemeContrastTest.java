package dev.clientportal.examples.springhost;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet's own colours, used when a workspace sets none, give text a contrast of at least 4.5:1 (WCAG 2.1 AA)
 * on every background it is shown on; the browser walks check the demo workspace's colours page by page.
 */
class DefaultThemeContrastTest {

    private static final double AA = 4.5;
    private static final String PAGE = "#f8fafc";
    private static final String CARD = "#ffffff";

    @Test
    void everyTextColour_ofTheDefaultTheme_reads_onEveryBackgroundItIsShownOn() throws IOException {
        Map<String, String> colours = rootColours();
        assertThat(colours).containsKeys("--brand", "--accent", "--text", "--muted", "--line", "--bad");

        Map<String, Double> ratios = new HashMap<>();
        ratios.put("text on the page", contrast(colours.get("--text"), PAGE));
        ratios.put("text on a card", contrast(colours.get("--text"), CARD));
        ratios.put("text on a badge", contrast(colours.get("--text"), colours.get("--line")));
        ratios.put("the masthead", contrast(CARD, colours.get("--brand")));
        ratios.put("a link on the page", contrast(colours.get("--accent"), PAGE));
        ratios.put("a link on a card", contrast(colours.get("--accent"), CARD));
        ratios.put("a button", contrast(CARD, colours.get("--accent")));
        ratios.put("muted text on the page", contrast(colours.get("--muted"), PAGE));
        ratios.put("muted text on a card", contrast(colours.get("--muted"), CARD));
        ratios.put("a problem on the page", contrast(colours.get("--bad"), PAGE));
        ratios.put("a problem on a card", contrast(colours.get("--bad"), CARD));
        ratios.put("an overdue badge", contrast(colours.get("--bad"), "#fee4e2"));

        assertThat(ratios).allSatisfy((where, ratio) -> assertThat(ratio).as(where).isGreaterThanOrEqualTo(AA));
    }

    @Test
    void theContrastFormula_givesWcagsKnownValues() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#777777", "#ffffff")).isLessThan(AA);
        assertThat(contrast("#767676", "#ffffff")).isGreaterThanOrEqualTo(AA);
    }

    /** The custom properties of the stylesheet's {@code :root} rule. */
    private static Map<String, String> rootColours() throws IOException {
        try (InputStream css = DefaultThemeContrastTest.class.getResourceAsStream("/static/css/portal.css")) {
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            Matcher root = Pattern.compile(":root\\s*\\{([^}]*)}").matcher(text);
            assertThat(root.find()).as(":root rule").isTrue();
            Map<String, String> colours = new HashMap<>();
            Matcher property = Pattern.compile("(--[a-z]+):\\s*(#[0-9a-fA-F]{6})").matcher(root.group(1));
            while (property.find()) {
                colours.put(property.group(1), property.group(2));
            }
            return colours;
        }
    }

    /** WCAG 2.1's contrast ratio of two {@code #rrggbb} colours. */
    private static double contrast(String one, String other) {
        double first = luminance(one);
        double second = luminance(other);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double share = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = share <= 0.03928 ? share / 12.92 : Math.pow((share + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
