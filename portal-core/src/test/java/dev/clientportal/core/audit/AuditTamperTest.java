package dev.clientportal.core.audit;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.access.SignInLink;
import dev.clientportal.core.audit.ChainVerification.BrokenLink;
import dev.clientportal.core.audit.ChainVerification.Reason;
import dev.clientportal.core.client.AddContact;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.Contact;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.client.Role;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import org.junit.jupiter.api.Test;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every way of rewriting a keyed audit chain an attacker with write access to the database has — edit, delete,
 * reorder, truncate, re-hash it all — is found by {@code verify} with the host's key and a checkpoint kept outside
 * the database, each with the reason it was found for.
 */
class AuditTamperTest {

    private static final byte[] KEY = "an audit key of 32 bytes or more".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = MutableClock.at(PortalFixture.START);
    private final InMemoryStores stores = InMemoryMode.stores();
    private final TamperedTrail trail = new TamperedTrail(stores.auditTrail());
    private final ClientPortal portal = ClientPortal.builder().clock(clock).stores(StoresWith.of(stores).auditTrail(trail)).fileStore(stores.fileStore())
            .auditKey(KEY).build();
    private final StaffPrincipal owner = workspaceWithHistory();
    private final AuditCheckpoint checkpoint = portal.audit().checkpoint(owner);
    private final long size = checkpoint.sequence();

    @Test
    void theUntouchedKeyedChainVerifies_withAndWithoutTheCheckpoint() {
        assertThat(size).isGreaterThanOrEqualTo(8);
        assertThat(portal.audit().verify(owner)).isEqualTo(new ChainVerification(size, Optional.empty()));
        assertThat(portal.audit().verify(owner, checkpoint)).isEqualTo(new ChainVerification(size, Optional.empty()));
    }

    @Test
    void anEditedEntry_isFoundAsAlteredContent() {
        trail.tamper(owner.workspaceId(), chain -> replace(chain, 4, entry -> copy(entry, entry.sequence(),
                "staff:mallory", entry.personalDataHash(), entry.previousHash(), entry.hash())));

        assertBroken(4, Reason.CONTENT_ALTERED);
    }

    @Test
    void aDeletedEntry_isFoundAsAGap() {
        trail.tamper(owner.workspaceId(), chain -> chain.stream().filter(entry -> entry.sequence() != 4).toList());

        assertBroken(4, Reason.SEQUENCE_GAP);
    }

    @Test
    void twoSwappedEntries_areFoundWhereTheOrderBreaks() {
        trail.tamper(owner.workspaceId(), chain -> swapped(chain, 4, 5));

        assertBroken(4, Reason.SEQUENCE_GAP);
    }

    @Test
    void twoSwappedEntriesRenumberedAndRehashedWithoutTheKey_areFoundAsAlteredContent() {
        trail.tamper(owner.workspaceId(), chain -> rehashedFrom(renumbered(swapped(chain, 4, 5)), 4,
                AuditLog::hashOf));

        assertBroken(4, Reason.CONTENT_ALTERED);
    }

    @Test
    void deletedNewestEntries_areFoundTruncatedByTheCheckpoint() {
        trail.tamper(owner.workspaceId(), chain -> chain.subList(0, chain.size() - 3));

        assertThat(portal.audit().verify(owner, checkpoint).firstBroken())
                .contains(new BrokenLink(size - 2, Reason.TRUNCATED));
    }

    @Test
    void aFullRehashWithoutTheKey_isFoundAtTheFirstRewrittenEntry() {
        trail.tamper(owner.workspaceId(), chain -> rehashedFrom(edited(chain, 3), 3, AuditLog::hashOf));

        assertBroken(3, Reason.CONTENT_ALTERED);
    }

    @Test
    void aFullRehashByWhoeverHoldsTheKey_isFoundByTheCheckpoint() {
        AuditLog withKey = new AuditLog(trail, clock, IdGenerator.random(), new SecretKeySpec(KEY, "HmacSHA256"));
        trail.tamper(owner.workspaceId(), chain -> rehashedFrom(edited(chain, 3), 3, withKey::hash));

        assertThat(portal.audit().verify(owner).intact()).as("the key alone cannot tell").isTrue();
        assertThat(portal.audit().verify(owner, checkpoint).firstBroken())
                .contains(new BrokenLink(size, Reason.CHECKPOINT_MISMATCH));
    }

    // ---- helpers ----

    private void assertBroken(long sequence, Reason reason) {
        Optional<BrokenLink> expected = Optional.of(new BrokenLink(sequence, reason));
        assertThat(portal.audit().verify(owner).firstBroken()).as("with the key").isEqualTo(expected);
        assertThat(portal.audit().verify(owner, checkpoint).firstBroken()).as("with the key and the checkpoint")
                .isEqualTo(expected);
    }

    private StaffPrincipal workspaceWithHistory() {
        StaffPrincipal staff = StaffPrincipal.of(portal.workspaces().create(new CreateWorkspace("Acme", USD,
                PaymentTerms.net(30))).id(), "owner@acme.example");
        Client client = portal.clients().create(staff, new CreateClient("Globex", "ap@globex.example"));
        Contact ana = portal.clients().addContact(staff, new AddContact(client.id(), "Ana Ruiz",
                "ana@globex.example", Set.of(Role.BILLING)));
        SignInLink link = portal.access().invite(staff, ana.id());
        portal.access().signIn(link.token(), PortalFixture.browserAt("203.0.113.7"));
        Invoice draft = portal.invoicing().createDraft(staff, DraftInvoice.forClient(client.id())
                .line("Design", "1", "", Money.of("100.00", USD)));
        portal.invoicing().issue(staff, draft.id());
        portal.invoicing().voidInvoice(staff, draft.id(), "issued twice");
        return staff;
    }

    static List<AuditEntry> replace(List<AuditEntry> chain, long sequence, UnaryOperator<AuditEntry> change) {
        return chain.stream().map(entry -> entry.sequence() == sequence ? change.apply(entry) : entry).toList();
    }

    private static List<AuditEntry> edited(List<AuditEntry> chain, long sequence) {
        return replace(chain, sequence, entry -> copy(entry, sequence, "staff:mallory", entry.personalDataHash(),
                entry.previousHash(), ""));
    }

    private static List<AuditEntry> swapped(List<AuditEntry> chain, long first, long second) {
        List<AuditEntry> swapped = new ArrayList<>(chain);
        int a = (int) first - 1;
        int b = (int) second - 1;
        swapped.set(a, chain.get(b));
        swapped.set(b, chain.get(a));
        return swapped;
    }

    private static List<AuditEntry> renumbered(List<AuditEntry> chain) {
        List<AuditEntry> renumbered = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            AuditEntry entry = chain.get(i);
            renumbered.add(copy(entry, i + 1, entry.actor(), entry.personalDataHash(), entry.previousHash(),
                    entry.hash()));
        }
        return renumbered;
    }

    /** Every entry from {@code sequence} on re-linked and re-hashed, as a forger would. */
    static List<AuditEntry> rehashedFrom(List<AuditEntry> chain, long sequence, Function<AuditEntry, String> hash) {
        List<AuditEntry> rewritten = new ArrayList<>();
        String previousHash = AuditEntry.GENESIS_HASH;
        for (AuditEntry entry : chain) {
            AuditEntry kept = entry;
            if (entry.sequence() >= sequence) {
                AuditEntry relinked = copy(entry, entry.sequence(), entry.actor(), entry.personalDataHash(),
                        previousHash, "");
                kept = relinked.withHash(hash.apply(relinked));
            }
            rewritten.add(kept);
            previousHash = kept.hash();
        }
        return rewritten;
    }

    static AuditEntry copy(AuditEntry entry, long sequence, String actor, String personalDataHash,
                           String previousHash, String hash) {
        return new AuditEntry(entry.workspaceId(), sequence, entry.id(), entry.at(), actor, entry.action(),
                entry.subjectType(), entry.subjectId(), Map.copyOf(entry.details()), personalDataHash, previousHash,
                hash);
    }
}
