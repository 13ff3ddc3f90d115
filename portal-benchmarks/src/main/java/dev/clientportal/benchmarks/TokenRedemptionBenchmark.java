package dev.clientportal.benchmarks;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.AccessSettings;
import dev.clientportal.core.access.ClientRequest;
import dev.clientportal.core.access.SignInLink;
import dev.clientportal.core.access.SignedIn;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.CurrencyUnit;
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
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Redeems magic links through {@code access().signIn}: rate-limit check, SHA-256 of the secret, lookup by hash,
 * expiry/use/revocation checks, marking the token used, creating a session with its own secret and hash, and the
 * audit entry. One thread; target median ≤ 20 µs.
 *
 * <p>Every redemption consumes a token, so each iteration's setup issues 400,000 fresh ones. The rate limits are
 * raised for the run: the benchmark plays one address redeeming 400,000 links, which the default limits refuse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class TokenRedemptionBenchmark {

    private static final int TOKENS_PER_ITERATION = 400_000;
    private static final ClientRequest BROWSER = ClientRequest.get("203.0.113.7",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari");

    private ClientPortal portal;
    private List<SignInLink> links;
    private int next;

    /** A portal with 400,000 outstanding sign-in links for one contact. */
    @Setup(Level.Iteration)
    public void issueLinks() {
        InMemoryStores stores = InMemoryStores.create();
        portal = ClientPortal.builder().stores(stores).fileStore(stores.fileStore())
                .accessSettings(AccessSettings.DEFAULTS.withRateLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
                        Duration.ofMinutes(15)).withRequestLimits(Integer.MAX_VALUE, Integer.MAX_VALUE))
                .build();
        Workspace workspace = portal.workspaces().create(new CreateWorkspace("Acme Design", CurrencyUnit.USD,
                PaymentTerms.net(30)));
        StaffPrincipal owner = StaffPrincipal.of(workspace.id(), "owner@acme.example");
        Client client = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        portal.access().invite(owner, portal.clients().addContact(owner, new AddContact(client.id(), "Ana Ruiz",
                "ana@globex.example", Set.of(Role.BILLING))).id());
        SignInLink[] issued = new SignInLink[TOKENS_PER_ITERATION];
        for (int i = 0; i < issued.length; i++) {
            issued[i] = portal.access().requestSignIn(workspace.id(), "ana@globex.example", BROWSER).get(0);
        }
        links = List.of(issued);
        next = 0;
    }

    /** Redeems the next link. */
    @Benchmark
    public SignedIn redeem() {
        return portal.access().signIn(links.get(next++).token(), BROWSER);
    }
}
