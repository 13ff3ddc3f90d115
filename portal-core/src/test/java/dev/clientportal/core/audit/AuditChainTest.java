package dev.clientportal.core.audit;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.testing.InMemoryMode;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.audit.ChainVerification.BrokenLink;
import dev.clientportal.core.audit.ChainVerification.Reason;
import dev.clientportal.core.client.Client;
import dev.clientportal.core.client.CreateClient;
import dev.clientportal.core.invoice.DraftInvoice;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.memory.InMemoryStores;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.spi.IdGenerator;
import dev.clientportal.core.testing.MutableClock;
import dev.clientportal.core.testing.PortalFixture;
import dev.clientportal.core.workspace.CreateWorkspace;
import dev.clientportal.core.workspace.PaymentTerms;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.kernel.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

class AuditChainTest {

    private static final byte[] KEY = "an audit key of 32 bytes or more".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = MutableClock.at(PortalFixture.START);
    private final InMemoryStores stores = InMemoryMode.stores();
    private final TamperedTrail trail = new TamperedTrail(stores.auditTrail());
    private final ClientPortal portal = ClientPortal.builder().clock(clock).stores(StoresWith.of(stores).auditTrail(trail)).fileStore(stores.fileStore()).build();
    private final StaffPrincipal acme = workspaceWithHistory("Acme");

    @Test
    void theChainOfRecordedDecisionsVerifies() {
        ChainVerification verification = portal.audit().verify(acme);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstBroken()).isEmpty();
        assertThat(verification.entriesChecked()).isEqualTo(entries().size()).isGreaterThanOrEqualTo(5);
        assertThat(entries()).extracting(AuditEntry::action).startsWith("workspace.created", "client.created",
                "invoice.drafted", "invoice.issued", "payment.recorded");
    }

    @Test
    void entriesLinkEachToThePreviousHashFromTheGenesis() {
        List<AuditEntry> entries = entries();
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).sequence()).isEqualTo(i + 1);
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
            assertThat(entries.get(i).hash()).isEqualTo(AuditLog.hashOf(entries.get(i))).hasSize(64);
        }
    }

    static Stream<Arguments> tamperings() {
        return Stream.of(
                tampering("altering the actor of entry 3", chain -> replace(chain, 3, entry -> copy(entry,
                        entry.sequence(), "staff:mallory", entry.details(), entry.previousHash(), entry.hash())),
                        Reason.CONTENT_ALTERED, 3),
                tampering("altering a detail of entry 4", chain -> replace(chain, 4, entry -> copy(entry,
                        entry.sequence(), entry.actor(), withDetail(entry.details(), "total", "USD 1.00"),
                        entry.previousHash(), entry.hash())), Reason.CONTENT_ALTERED, 4),
                tampering("altering entry 3 and re-hashing it", chain -> replace(chain, 3, entry -> rehashed(
                        copy(entry, entry.sequence(), "staff:mallory", entry.details(), entry.previousHash(), ""))),
                        Reason.LINK_BROKEN, 4),
                tampering("relinking entry 3 to another hash", chain -> replace(chain, 3, entry -> rehashed(
                        copy(entry, entry.sequence(), entry.actor(), entry.details(), "f".repeat(64), ""))),
                        Reason.LINK_BROKEN, 3),
                tampering("removing entry 3", chain -> chain.stream().filter(entry -> entry.sequence() != 3).toList(),
                        Reason.SEQUENCE_GAP, 3),
                tampering("removing entry 3 and renumbering the rest", AuditChainTest::removeThirdAndRenumber,
                        Reason.LINK_BROKEN, 3),
                tampering("removing the first entry", chain -> chain.subList(1, chain.size()), Reason.SEQUENCE_GAP, 1));
    }

    private static Arguments tampering(String name, UnaryOperator<List<AuditEntry>> change, Reason reason,
                                       long sequence) {
        return Arguments.of(named(name, change), reason, sequence);
    }

    @ParameterizedTest(name = "{0} is reported as {1} at {2}")
    @MethodSource("tamperings")
    void tamperingIsReportedWithItsReasonAtTheFirstBrokenEntry(UnaryOperator<List<AuditEntry>> tampering,
                                                               Reason reason, long sequence) {
        trail.tamper(acme.workspaceId(), tampering);

        ChainVerification verification = portal.audit().verify(acme);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken()).contains(new BrokenLink(sequence, reason));
        assertThat(verification.entriesChecked()).isEqualTo(sequence);
    }

    @Test
    void tamperingWithOneWorkspacesChain_leavesTheOthersIntact() {
        StaffPrincipal initech = workspaceWithHistory("Initech");
        trail.tamper(acme.workspaceId(), chain -> chain.subList(0, chain.size() - 2));
        trail.tamper(acme.workspaceId(), chain -> replace(chain, 2, entry -> copy(entry, 2, "system",
                entry.details(), entry.previousHash(), entry.hash())));
        assertThat(portal.audit().verify(acme).intact()).isFalse();
        assertThat(portal.audit().verify(initech).intact()).isTrue();
    }

    @Test
    void longChainsAreVerifiedPageByPage() {
        AuditLog log = new AuditLog(trail, clock, IdGenerator.random());
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());
        for (int i = 0; i < 1_201; i++) {
            log.record(workspace, "system", "test.step", "test", Integer.toString(i), Map.of("i", Integer.toString(i)));
        }
        assertThat(log.verify(workspace)).isEqualTo(new ChainVerification(1_201, Optional.empty()));

        trail.tamper(workspace, chain -> replace(chain, 777, entry -> copy(entry, 777, "mallory", entry.details(),
                entry.previousHash(), entry.hash())));
        assertThat(log.verify(workspace))
                .isEqualTo(new ChainVerification(777, Optional.of(new BrokenLink(777, Reason.CONTENT_ALTERED))));
    }

    @Test
    void aCheckpointIsTheHeadOfTheCallersChain() {
        List<AuditEntry> entries = entries();
        AuditEntry last = entries.get(entries.size() - 1);

        AuditCheckpoint checkpoint = portal.audit().checkpoint(acme);

        assertThat(checkpoint).isEqualTo(new AuditCheckpoint(acme.workspaceId(), last.sequence(), last.hash()));
        assertThat(portal.audit().verify(acme, checkpoint))
                .isEqualTo(new ChainVerification(entries.size(), Optional.empty()));
    }

    @Test
    void anEarlierCheckpointStillVerifies_afterTheChainGrew() {
        AuditCheckpoint checkpoint = portal.audit().checkpoint(acme);
        portal.clients().create(acme, new CreateClient("Hooli", "ap@hooli.example"));

        ChainVerification verification = portal.audit().verify(acme, checkpoint);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(checkpoint.sequence() + 1);
    }

    @Test
    void deletingTheNewestEntries_passesThePlainVerification_butIsFoundTruncatedByACheckpoint() {
        AuditCheckpoint checkpoint = portal.audit().checkpoint(acme);
        trail.tamper(acme.workspaceId(), chain -> chain.subList(0, chain.size() - 2));

        assertThat(portal.audit().verify(acme).intact()).as("nothing inside the chain is inconsistent").isTrue();
        ChainVerification verification = portal.audit().verify(acme, checkpoint);

        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBroken())
                .contains(new BrokenLink(checkpoint.sequence() - 1, Reason.TRUNCATED));
        assertThat(verification.entriesChecked()).isEqualTo(checkpoint.sequence() - 2);
    }

    @Test
    void deletingEveryEntry_isFoundTruncatedAtTheFirst() {
        AuditCheckpoint checkpoint = portal.audit().checkpoint(acme);
        trail.tamper(acme.workspaceId(), chain -> List.of());

        assertThat(portal.audit().verify(acme, checkpoint))
                .isEqualTo(new ChainVerification(0, Optional.of(new BrokenLink(1, Reason.TRUNCATED))));
    }

    @Test
    void rewritingAnEntryAndRehashingTheRest_passesThePlainVerification_butNotTheCheckpoint() {
        AuditCheckpoint checkpoint = portal.audit().checkpoint(acme);
        trail.tamper(acme.workspaceId(), chain -> rewrittenFrom(chain, 3));

        assertThat(portal.audit().verify(acme).intact()).as("a full re-hash hides the edit from the chain itself")
                .isTrue();
        assertThat(portal.audit().verify(acme, checkpoint)).isEqualTo(new ChainVerification(checkpoint.sequence(),
                Optional.of(new BrokenLink(checkpoint.sequence(), Reason.CHECKPOINT_MISMATCH))));
    }

    @Test
    void anEditInsideTheChain_isReportedAsSuchAlsoWithACheckpoint() {
        AuditCheckpoint checkpoint = portal.audit().checkpoint(acme);
        trail.tamper(acme.workspaceId(), chain -> replace(chain, 2, entry -> copy(entry, 2, "staff:mallory",
                entry.details(), entry.previousHash(), entry.hash())));

        assertThat(portal.audit().verify(acme, checkpoint).firstBroken())
                .contains(new BrokenLink(2, Reason.CONTENT_ALTERED));
    }

    @Test
    void theCheckpointOfAnEmptyChainIsTheGenesis() {
        AuditLog log = new AuditLog(trail, clock, IdGenerator.random());
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

        assertThat(log.checkpoint(workspace)).isEqualTo(AuditCheckpoint.genesis(workspace));
        assertThat(log.verify(AuditCheckpoint.genesis(workspace)).intact()).isTrue();
        AuditEntry first = log.record(workspace, "system", "test.step", "test", "1", Map.of());
        assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(log.checkpoint(workspace)).isEqualTo(AuditCheckpoint.of(first));
    }

    @Test
    void aCheckpointOfAnotherWorkspaceIsRejected() {
        StaffPrincipal initech = workspaceWithHistory("Initech");
        AuditCheckpoint theirs = portal.audit().checkpoint(initech);

        assertRejected(() -> portal.audit().verify(acme, theirs), ErrorCode.INVALID_VALUE);
        assertRejected(() -> portal.audit().verify(acme, null), ErrorCode.REQUIRED);
    }

    @Test
    void aCheckpointNeedsAWellFormedHead() {
        WorkspaceId workspace = acme.workspaceId();
        assertThatThrownBy(() -> new AuditCheckpoint(workspace, -1, AuditEntry.GENESIS_HASH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditCheckpoint(workspace, 0, "a".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditCheckpoint(workspace, 3, "A".repeat(64)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditCheckpoint(workspace, 3, "a".repeat(63)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditCheckpoint(workspace, 3, "0123456789abcdef".repeat(4)).nextSequence()).isEqualTo(4);
    }

    @Test
    void recordedTimesAreCutToTheMicrosecond_whateverTheClockGives() {
        MutableClock fine = MutableClock.at("2026-03-02T09:00:00.123456789Z");
        AuditLog log = new AuditLog(trail, fine, IdGenerator.random());
        WorkspaceId workspace = new WorkspaceId(UUID.randomUUID());

        AuditEntry entry = log.record(workspace, "system", "test.step", "test", "1", Map.of());

        assertThat(entry.at()).isEqualTo(Instant.parse("2026-03-02T09:00:00.123456Z"));
        assertThat(log.verify(workspace).intact()).isTrue();
    }

    @Test
    void aKeyedChainVerifies_andItsLinksAreNotPlainSha256() {
        ClientPortal keyed = keyedPortal(KEY);
        StaffPrincipal owner = workspaceWithHistory(keyed, "Hooli");

        List<AuditEntry> entries = keyed.audit().entries(owner, 1, 1000);
        assertThat(keyed.audit().verify(owner)).isEqualTo(new ChainVerification(entries.size(), Optional.empty()));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.hash()).hasSize(64)
                .isNotEqualTo(AuditLog.hashOf(entry)));
    }

    @Test
    void rewritingAnEntryAndRehashingTheRest_withoutTheKey_isFoundInAKeyedChain() {
        ClientPortal keyed = keyedPortal(KEY);
        StaffPrincipal owner = workspaceWithHistory(keyed, "Hooli");
        trail.tamper(owner.workspaceId(), chain -> rewrittenFrom(chain, 3, AuditLog::hashOf));

        assertThat(keyed.audit().verify(owner).firstBroken()).contains(new BrokenLink(3, Reason.CONTENT_ALTERED));
        assertThat(keyedPortal(otherKey()).audit().verify(owner).firstBroken())
                .as("nor does a chain verify under another key").contains(new BrokenLink(1, Reason.CONTENT_ALTERED));
    }

    @Test
    void withTheKey_aRewrittenChainWouldVerify_soTheKeyIsWhatProtectsIt() {
        ClientPortal keyed = keyedPortal(KEY);
        StaffPrincipal owner = workspaceWithHistory(keyed, "Hooli");
        AuditLog withKey = new AuditLog(trail, clock, IdGenerator.random(), new SecretKeySpec(KEY, "HmacSHA256"));
        trail.tamper(owner.workspaceId(), chain -> rewrittenFrom(chain, 3, withKey::hash));

        assertThat(keyed.audit().verify(owner).intact()).isTrue();
        assertThat(keyed.audit().entries(owner, 3, 1).get(0).actor()).isEqualTo("staff:mallory");
    }

    @Test
    void theKeyMayBeGivenAsBytesOrAsASecretKey() {
        StaffPrincipal owner = workspaceWithHistory(keyedPortal(KEY), "Hooli");
        ClientPortal fromSecretKey = ClientPortal.builder().clock(clock).stores(StoresWith.of(stores).auditTrail(trail)).fileStore(stores.fileStore())
                .auditKey(new SecretKeySpec(KEY.clone(), "HmacSHA256")).build();

        assertThat(fromSecretKey.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void anAuditKeyShorterThan256BitsIsRejected() {
        assertRejected(() -> ClientPortal.builder().auditKey(new byte[31]), ErrorCode.INVALID_VALUE);
        assertRejected(() -> ClientPortal.builder().auditKey(new SecretKeySpec(new byte[16], "HmacSHA256")),
                ErrorCode.INVALID_VALUE);
        assertThatThrownBy(() -> new AuditLog(trail, clock, IdGenerator.random(),
                new SecretKeySpec(new byte[16], "HmacSHA256"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyFieldIsHashedUnambiguously() {
        AuditEntry entry = entries().get(1);
        AuditEntry shifted = new AuditEntry(entry.workspaceId(), entry.sequence(), entry.id(), entry.at(),
                entry.actor() + entry.action().charAt(0), entry.action().substring(1), entry.subjectType(),
                entry.subjectId(), entry.details(), entry.previousHash(), "");
        assertThat(AuditLog.hashOf(shifted)).isNotEqualTo(AuditLog.hashOf(entry));

        // "a=1;b=2;" would serialize both alike; length prefixes keep them apart
        AuditEntry twoDetails = withDetails(entry, Map.of("a", "1", "b", "2"));
        AuditEntry oneDetail = withDetails(entry, Map.of("a", "1;b=2"));
        assertThat(AuditLog.hashOf(twoDetails)).isNotEqualTo(AuditLog.hashOf(oneDetail));
    }

    @Test
    void detailsAreHashedInKeyOrderWhateverOrderTheyWereGivenIn() {
        AuditEntry entry = entries().get(1);
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(AuditLog.hashOf(withDetails(entry, ab))).isEqualTo(AuditLog.hashOf(withDetails(entry, ba)));
        assertThat(withDetails(entry, ba).details().keySet()).containsExactly("a", "b");
    }

    @Test
    void theTrailIsReadInPagesAndBySubject() {
        assertThat(portal.audit().entries(acme, 2, 2)).extracting(AuditEntry::sequence).containsExactly(2L, 3L);
        Invoice invoice = portal.invoicing().list(acme, null, 0, 1).get(0);
        assertThat(portal.audit().forSubject(acme, "invoice", invoice.id().toString()))
                .extracting(AuditEntry::action).containsExactly("invoice.drafted", "invoice.issued");
        assertRejected(() -> portal.audit().entries(acme, 0, 10), ErrorCode.INVALID_VALUE);
        assertRejected(() -> portal.audit().entries(acme, 1, 1001), ErrorCode.INVALID_VALUE);
    }

    // ---- helpers ----

    private StaffPrincipal workspaceWithHistory(String name) {
        return workspaceWithHistory(portal, name);
    }

    private ClientPortal keyedPortal(byte[] key) {
        return ClientPortal.builder().clock(clock).stores(StoresWith.of(stores).auditTrail(trail)).fileStore(stores.fileStore()).auditKey(key).build();
    }

    private static byte[] otherKey() {
        byte[] other = KEY.clone();
        other[0] ^= 1;
        return other;
    }

    private static StaffPrincipal workspaceWithHistory(ClientPortal portal, String name) {
        StaffPrincipal owner = StaffPrincipal.of(portal.workspaces().create(new CreateWorkspace(name, USD,
                PaymentTerms.net(30))).id(), "owner@" + name.toLowerCase() + ".example");
        Client client = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(client.id())
                .line("Design", "1", "", Money.of("100.00", USD)));
        portal.invoicing().issue(owner, draft.id());
        portal.payments().record(owner, RecordPayment.manual(client.id(), Money.of("100.00", USD),
                PaymentMethod.CARD, "card-" + name).allocateTo(draft.id()));
        return owner;
    }

    private List<AuditEntry> entries() {
        return portal.audit().entries(acme, 1, 1000);
    }

    private static List<AuditEntry> removeThirdAndRenumber(List<AuditEntry> chain) {
        List<AuditEntry> renumbered = new ArrayList<>();
        for (AuditEntry entry : chain) {
            if (entry.sequence() < 3) {
                renumbered.add(entry);
            } else if (entry.sequence() > 3) {
                renumbered.add(rehashed(copy(entry, entry.sequence() - 1, entry.actor(), entry.details(),
                        entry.previousHash(), "")));
            }
        }
        return renumbered;
    }

    /** Entry {@code sequence} altered, and it and every later entry re-hashed and re-linked, as a forger would. */
    private static List<AuditEntry> rewrittenFrom(List<AuditEntry> chain, long sequence) {
        return rewrittenFrom(chain, sequence, AuditLog::hashOf);
    }

    private static List<AuditEntry> rewrittenFrom(List<AuditEntry> chain, long sequence,
                                                  Function<AuditEntry, String> hash) {
        List<AuditEntry> rewritten = new ArrayList<>();
        String previousHash = AuditEntry.GENESIS_HASH;
        for (AuditEntry entry : chain) {
            AuditEntry kept = entry;
            if (entry.sequence() >= sequence) {
                String actor = entry.sequence() == sequence ? "staff:mallory" : entry.actor();
                AuditEntry changed = copy(entry, entry.sequence(), actor, entry.details(), previousHash, "");
                kept = copy(changed, changed.sequence(), actor, changed.details(), previousHash, hash.apply(changed));
            }
            rewritten.add(kept);
            previousHash = kept.hash();
        }
        return rewritten;
    }

    private static List<AuditEntry> replace(List<AuditEntry> chain, long sequence, UnaryOperator<AuditEntry> change) {
        return chain.stream().map(entry -> entry.sequence() == sequence ? change.apply(entry) : entry).toList();
    }

    private static AuditEntry withDetails(AuditEntry entry, Map<String, String> details) {
        return copy(entry, entry.sequence(), entry.actor(), details, entry.previousHash(), "");
    }

    private static Map<String, String> withDetail(Map<String, String> details, String key, String value) {
        Map<String, String> changed = new HashMap<>(details);
        changed.put(key, value);
        return changed;
    }

    private static AuditEntry copy(AuditEntry entry, long sequence, String actor, Map<String, String> details,
                                   String previousHash, String hash) {
        return new AuditEntry(entry.workspaceId(), sequence, entry.id(), entry.at(), actor, entry.action(),
                entry.subjectType(), entry.subjectId(), details, previousHash, hash);
    }

    private static AuditEntry rehashed(AuditEntry entry) {
        return copy(entry, entry.sequence(), entry.actor(), entry.details(), entry.previousHash(),
                AuditLog.hashOf(entry));
    }
}
