package dev.clientportal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import dev.clientportal.core.testing.Seed;
import io.nayuki.qrcodegen.QrCode;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn symbol is compared module by module with the encoder's, quiet zone included, rather than handed to a
 * scanning library: a general-purpose detector such as ZXing's misses a small share of valid symbols at some pixel
 * scales, which would make this test fail on correct drawings. {@code InvoicePdfTest} scans an invoice's code back.
 */
class QrCodesTest {

    private static final String ADDRESS_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~";
    private static final float LEFT = 20f;
    private static final float BOTTOM = 120f;
    private static final float DPI = 150f;

    /** Re-run a failure with {@code -Dqr.seed=<seed>}. */
    @Test
    void everyModuleOfRandomPayAddressesIsDrawnWhereTheSymbolPutsIt() {
        Seed seed = Seed.from("qr.seed");
        Random random = seed.random();
        for (int i = 0; i < 24; i++) {
            String address = randomAddress(random);
            float size = 72 + random.nextInt(60);
            QrCode symbol = QrCodes.encode(address);

            try (PdfPages pages = PdfPages.of(drawn(address, size))) {
                assertThat(picture(pages.image(1, DPI), symbol.size, size))
                        .as("QR of %s at %.0f pt, %s", address, size, seed)
                        .isEqualTo(picture(symbol));
            }
        }
    }

    /** The symbol as rows of {@code #} (dark) and {@code .} (light), with its quiet zone. */
    private static String picture(QrCode symbol) {
        int side = symbol.size + 2 * QrCodes.QUIET_ZONE;
        StringBuilder rows = new StringBuilder();
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                rows.append(symbol.getModule(column - QrCodes.QUIET_ZONE, row - QrCodes.QUIET_ZONE) ? '#' : '.');
            }
            rows.append('\n');
        }
        return rows.toString();
    }

    /** What the page shows at the centre of each module, in the same form as {@link #picture(QrCode)}. */
    private static String picture(BufferedImage page, int modules, float size) {
        int side = modules + 2 * QrCodes.QUIET_ZONE;
        float module = size / side;
        float scale = DPI / 72f;
        StringBuilder rows = new StringBuilder();
        for (int row = 0; row < side; row++) {
            float y = BOTTOM + size - (row + 0.5f) * module;
            for (int column = 0; column < side; column++) {
                float x = LEFT + (column + 0.5f) * module;
                int rgb = page.getRGB((int) (x * scale), (int) ((PageSize.A6.getHeight() - y) * scale));
                int luminance = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                rows.append(luminance < 128 ? '#' : '.');
            }
            rows.append('\n');
        }
        return rows.toString();
    }

    private static String randomAddress(Random random) {
        StringBuilder address = new StringBuilder("https://pay.example/");
        int length = 8 + random.nextInt(160);
        for (int i = 0; i < length; i++) {
            address.append(ADDRESS_CHARS.charAt(random.nextInt(ADDRESS_CHARS.length())));
            if (random.nextInt(12) == 0) {
                address.append(random.nextBoolean() ? '/' : '?');
            }
        }
        return address.toString();
    }

    private static byte[] drawn(String text, float size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        QrCodes.draw(writer.getDirectContent(), text, LEFT, BOTTOM, size);
        writer.setPageEmpty(false);
        document.close();
        return out.toByteArray();
    }
}
