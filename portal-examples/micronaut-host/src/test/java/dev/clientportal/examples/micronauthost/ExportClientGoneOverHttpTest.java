package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that goes away half-way through a large export: the export's writer stops (its transaction ends) rather
 * than waiting for a reader that will never come, and the host counts it as stopped.
 */
@MicronautTest(transactional = false)
@Property(name = "portal.staff.owner.token", value = HostOverHttp.STAFF_TOKEN)
class ExportClientGoneOverHttpTest extends HostOverHttp {

    /**
     * Lines of the long description allowed: an export of about 10 MB, far more than the pipe and both sockets can
     * hold (the kernel grows a socket's send buffer to 4 MB at most here: {@code net.ipv4.tcp_wmem}).
     */
    private static final int LINES = 2_500;
    /** Only bounds a wait that a stuck export would make endless; no test measures time. */
    private static final long HANG_GUARD_NANOS = TimeUnit.SECONDS.toNanos(60);

    @Inject
    EmbeddedServer server;

    @Inject
    ExportsController exports;

    @Test
    void aClientThatGoesAwayHalfWay_stopsTheExport() throws IOException, InterruptedException {
        issueAnInvoiceOfMegabytes();
        long stoppedBefore = exports.stopped();

        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("localhost", server.getPort()));
            OutputStream request = socket.getOutputStream();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            request.write(("GET /exports/invoice_lines.csv?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + STAFF_TOKEN + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            request.flush();
            InputStream response = socket.getInputStream();
            assertThat(new String(response.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            response.readNBytes(4096);
            assertThat(exports.running()).as("the export still writes when the client goes away").isEqualTo(1);
        }

        long deadline = System.nanoTime() + HANG_GUARD_NANOS;
        while (exports.running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(exports.running()).as("the export's writer ended").isZero();
        assertThat(exports.stopped()).as("it stopped rather than finished").isEqualTo(stoppedBefore + 1);
    }

    private void issueAnInvoiceOfMegabytes() {
        ClientId globex = client("Globex Corporation").id();
        String description = "A long account of the work done. ".repeat(LineItem.MAX_DESCRIPTION_LENGTH / 33);
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            lines.add(LineItem.of(description, "1", "h", Money.of("10.00", CurrencyUnit.USD)));
        }
        portal.invoicing().issue(owner(), portal.invoicing().createDraft(owner(),
                DraftInvoice.forClient(globex).lines(lines)).id());
    }
}
