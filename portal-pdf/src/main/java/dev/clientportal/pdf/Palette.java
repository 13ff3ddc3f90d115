package dev.clientportal.pdf;

import dev.clientportal.core.document.Letterhead;
import dev.clientportal.core.document.StatusMark;

import java.awt.Color;

/** The colours and text styles of one document, from the workspace's branding. */
final class Palette {

    static final Color MUTED = new Color(0x6B7280);
    static final Color RULE = new Color(0xD1D5DB);
    static final Color STRIPE = new Color(0xF4F5F7);
    static final Color WHITE = Color.WHITE;

    final Color primary;
    final Color accent;
    final Color onAccent;
    final Color accentTint;

    final Style body;
    final Style bodyBold;
    final Style small;
    final Style smallMuted;
    final Style label;
    final Style title;
    final Style reference;
    final Style businessName;
    final Style headerCell;
    final Style total;
    final Style link;
    final Style continuation;

    private Palette(Color primary, Color accent) {
        this.primary = primary;
        this.accent = accent;
        this.onAccent = luminance(accent) > 0.6 ? primary : WHITE;
        this.accentTint = blend(accent, WHITE, 0.1f);
        this.body = Style.regular(8.5f, primary);
        this.bodyBold = Style.bold(8.5f, primary);
        this.small = Style.regular(7.5f, primary);
        this.smallMuted = Style.regular(7.5f, MUTED);
        this.label = Style.bold(7f, MUTED);
        this.title = Style.bold(22f, accent);
        this.reference = Style.bold(10.5f, primary);
        this.businessName = Style.bold(13f, primary);
        this.headerCell = Style.bold(7.5f, onAccent);
        this.total = Style.bold(10.5f, primary);
        this.link = Style.bold(9.5f, accent);
        this.continuation = Style.regular(7.5f, MUTED);
    }

    /** The palette of a business's branding. */
    static Palette of(Letterhead letterhead) {
        return new Palette(hex(letterhead.primaryColour()), hex(letterhead.accentColour()));
    }

    /** The colour a status stamp is printed in. */
    static Color markColour(StatusMark mark) {
        return switch (mark) {
            case PAID, ACCEPTED, SIGNED -> new Color(0x15803D);
            case OVERDUE, VOID, EXPIRED, REJECTED -> new Color(0xB91C1C);
            case REFUNDED, REVERSED, SUPERSEDED, PARTIALLY_SIGNED -> new Color(0xB45309);
            case DRAFT, UNSIGNED, NONE -> MUTED;
        };
    }

    private static Color hex(String colour) {
        return new Color(Integer.parseInt(colour.substring(1), 16));
    }

    private static double luminance(Color colour) {
        return (0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue()) / 255;
    }

    private static Color blend(Color colour, Color base, float share) {
        return new Color(Math.round(colour.getRed() * share + base.getRed() * (1 - share)),
                Math.round(colour.getGreen() * share + base.getGreen() * (1 - share)),
                Math.round(colour.getBlue() * share + base.getBlue() * (1 - share)));
    }
}
