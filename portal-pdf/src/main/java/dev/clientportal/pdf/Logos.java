package dev.clientportal.pdf;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.lowagie.text.BadElementException;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import dev.clientportal.core.document.Logo;
import dev.clientportal.core.kernel.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Loads, checks and prepares workspace logos. A prepared logo is kept per (workspace, reference, branding version)
 * so each document only places it: PNGs are decoded, scaled down to print size and deflated once, JPEGs are
 * passed through as they are. A logo that is missing, unreadable or neither PNG nor JPEG is left out with a
 * warning, and the document is rendered without it.
 */
final class Logos {

    private static final Logger LOG = LoggerFactory.getLogger(Logos.class);

    /** Twice the largest print size at 300 dpi is more than any logo box needs. */
    private static final int MAX_WIDTH_PX = 720;
    private static final int MAX_HEIGHT_PX = 288;

    private final Cache<Key, Image> prepared = Caffeine.newBuilder().maximumSize(256).build();

    /**
     * The logo ready to place, or empty with the reason added to {@code omissions}.
     *
     * @param omissions collects what the document leaves out
     */
    Optional<Image> image(Logo logo, List<String> omissions) {
        if (!logo.isConfigured()) {
            return Optional.empty();
        }
        Key key = new Key(logo.workspaceId(), logo.reference(), logo.brandingVersion());
        Image cached = prepared.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        try {
            Optional<byte[]> bytes = logo.load();
            if (bytes.isEmpty()) {
                return omit(logo, "the logo source has nothing for this reference", null, omissions);
            }
            Image image = prepare(bytes.get());
            prepared.put(key, image);
            return Optional.of(image);
        } catch (IOException | RuntimeException e) {
            return omit(logo, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e, omissions);
        }
    }

    private static Optional<Image> omit(Logo logo, String reason, @Nullable Exception cause, List<String> omissions) {
        LOG.warn("rendering without the logo '{}' of workspace {}: {}", logo.reference(), logo.workspaceId(), reason,
                cause);
        omissions.add("logo '" + logo.reference() + "': " + reason);
        return Optional.empty();
    }

    static Image prepare(byte[] bytes) throws IOException, DocumentException {
        if (isJpeg(bytes)) {
            Image jpeg = Image.getInstance(bytes);
            if (jpeg.getPlainWidth() <= MAX_WIDTH_PX * 2 && jpeg.getPlainHeight() <= MAX_HEIGHT_PX * 2) {
                return jpeg;
            }
        } else if (!isPng(bytes)) {
            throw new IOException("not a PNG or JPEG image");
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
        if (decoded == null) {
            throw new IOException("the image data cannot be decoded");
        }
        return raw(scaled(decoded));
    }

    private static boolean isPng(byte[] bytes) {
        return bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
    }

    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, Math.min((double) MAX_WIDTH_PX / image.getWidth(),
                (double) MAX_HEIGHT_PX / image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage argb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = argb.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return argb;
    }

    /** RGB samples plus, when any pixel is not opaque, an alpha soft mask; both deflated here, once. */
    private static Image raw(BufferedImage argb) throws IOException, DocumentException {
        int width = argb.getWidth();
        int height = argb.getHeight();
        int[] pixels = argb.getRGB(0, 0, width, height, null, 0, width);
        byte[] rgb = new byte[pixels.length * 3];
        byte[] alpha = new byte[pixels.length];
        boolean translucent = false;
        for (int i = 0; i < pixels.length; i++) {
            int pixel = pixels[i];
            rgb[i * 3] = (byte) (pixel >> 16);
            rgb[i * 3 + 1] = (byte) (pixel >> 8);
            rgb[i * 3 + 2] = (byte) pixel;
            alpha[i] = (byte) (pixel >>> 24);
            translucent |= (pixel >>> 24) != 0xFF;
        }
        Image image = deflated(width, height, 3, rgb);
        if (translucent) {
            Image mask = deflated(width, height, 1, alpha);
            mask.makeMask();
            image.setImageMask(mask);
        }
        return image;
    }

    private static Image deflated(int width, int height, int components, byte[] samples)
            throws IOException, BadElementException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(samples.length / 4 + 64);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(samples);
        } finally {
            deflater.end();
        }
        Image image = Image.getInstance(width, height, components, 8, out.toByteArray());
        image.setDeflated(true);
        return image;
    }

    private record Key(WorkspaceId workspaceId, String reference, long brandingVersion) {
    }
}
