package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.ContactPrincipal;
import dev.clientportal.core.kernel.DocumentRef;
import dev.clientportal.core.kernel.DocumentType;
import dev.clientportal.core.analytics.Analytics;
import dev.clientportal.core.analytics.ViewOutcome;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.workspace.Workspace;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Records document views in memory through {@code analytics().recordView}: resolve and scope the document,
 * classify the visitor (a mix of browsers and link scanners), append to the view log, dedup against the hot window
 * and count in the view store. Two threads, 16 contacts × 64 invoices; target ≥ 1M views/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ViewRecordingBenchmark {

    private static final List<ClientRequest> REQUESTS = List.of(
            ClientRequest.get("203.0.113.7", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 "
                    + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15"),
            ClientRequest.get("198.51.100.23", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                    + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
            ClientRequest.get("192.0.2.200", "Mozilla/5.0 (compatible; Proofpoint URL Defense)"),
            new ClientRequest("192.0.2.201", "Mozilla/5.0", "HEAD"));

    private Analytics analytics;
    private ContactPrincipal[] viewers;
    private DocumentRef[] documents;

    /** A fresh portal per iteration, so the view log does not grow across iterations. */
    @Setup(Level.Iteration)
    public void prepare() {
        InMemoryStores stores = InMemoryStores.create();
        ClientPortal portal = ClientPortal.builder().stores(stores).fileStore(stores.fileStore()).build();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Acme Design", CurrencyUnit.USD,
                PaymentTerms.net(30)));
        StaffPrincipal owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        Client client = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        viewers = new ContactPrincipal[16];
        for (int i = 0; i < viewers.length; i++) {
            Contact contact = portal.clients().addContact(owner, new AddContact(client.id(), "Contact " + i,
                    "contact" + i + "@globex.example", Set.of(Role.BILLING)));
            viewers[i] = portal.access().signIn(portal.access().invite(owner, contact.id()).token(),
                    REQUESTS.get(0)).principal();
        }
        documents = new DocumentRef[64];
        for (int i = 0; i < documents.length; i++) {
            Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                    .line("Design", "1", "h", Money.of("95.00", CurrencyUnit.USD)));
            documents[i] = DocumentRef.of(DocumentType.INVOICE, portal.invoicing().issue(owner, draft.id()).id());
        }
        analytics = portal.analytics();
    }

    /** Each thread picks its own random viewer, document and request. */
    @State(Scope.Thread)
    public static class Picker {
        private final SplittableRandom random = new SplittableRandom(7);
    }

    /** Records one view. */
    @Benchmark
    public ViewOutcome recordView(Picker picker) {
        return analytics.recordView(viewers[picker.random.nextInt(viewers.length)],
                documents[picker.random.nextInt(documents.length)],
                REQUESTS.get(picker.random.nextInt(REQUESTS.size())));
    }
}
