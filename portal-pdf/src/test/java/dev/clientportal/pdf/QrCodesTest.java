package dev.clientportal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

    private static final String ADDRESS_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~";

    /** Re-run a failure with {@code -Dqr.seed=<seed>}. */
    @Test
    void qrCodesOfRandomPayAddressesScanBackToTheAddress() {
        long seed = Long.getLong("qr.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int i = 0; i < 24; i++) {
            String address = randomAddress(random);

            byte[] pdf = drawn(address, 72 + random.nextInt(60));

            try (PdfPages pages = PdfPages.of(pdf)) {
                assertThat(QrDecoder.decode(pages.image(1, 150)))
                        .as("QR of %s (re-run with -Dqr.seed=%d)", address, seed)
                        .contains(address);
            }
        }
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
        QrCodes.draw(writer.getDirectContent(), text, 20, 120, size);
        writer.setPageEmpty(false);
        document.close();
        return out.toByteArray();
    }
}
