package dev.clientportal.core.audit;

import dev.clientportal.core.testing.StoresWith;
import dev.clientportal.core.internal.AuditLog;
import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.access.ContactPrincipal;
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
import dev.clientportal.core.messaging.MessageContent;
import dev.clientportal.core.messaging.NewThread;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static dev.clientportal.core.money.CurrencyUnit.USD;
import static dev.clientportal.core.testing.PortalAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data in the audit trail lives in side records the entries commit to by a keyed, salted hash: a business
 * can erase it on request without breaking the chain, while editing, deleting or silently tombstoning a side record
 * is found by {@code verify}.
 */
class AuditPersonalDataTest {

    private static final byte[] KEY = "an audit key of 32 bytes or more".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = MutableClock.at(PortalFixture.START);
    private final InMemoryStores stores = InMemoryMode.stores();
    private final TamperedTrail trail = new TamperedTrail(stores.auditTrail());
    private final ClientPortal portal = ClientPortal.builder().clock(clock).stores(StoresWith.of(stores).auditTrail(trail)).fileStore(stores.fileStore())
            .auditKey(KEY).build();
    private final StaffPrincipal owner = StaffPrincipal.of(portal.workspaces().create(new CreateWorkspace("Acme",
            USD, PaymentTerms.net(30))).id(), "owner@acme.example");
    private final Client globex = portal.clients().create(owner, new CreateClient("Globex", "ap@globex.example"));
    private final Contact ana = contact("Ana Ruiz", "ana@globex.example");
    private final Contact bob = contact("Bob Stone", "bob@globex.example");
    private final Invoice voidedInvoice = voidedInvoice();

    @Test
    void personalDataStaysOutOfTheChainedDetails_andIsReadFromItsSideRecord() {
        signIn(ana, "203.0.113.7");

        AuditEntry signedIn = last("access.signed_in");
        assertThat(signedIn.details()).doesNotContainKeys("address", "userAgent").containsKey("session");
        assertThat(signedIn.personalDataHash()).hasSize(64);
        AuditPersonalData data = portal.audit().personalData(owner, signedIn.id()).orElseThrow();
        assertThat(data.values()).containsOnly(Map.entry("address", "203.0.113.7"),
                Map.entry("userAgent", PortalFixture.BROWSER));
        assertThat(data.salt()).hasSize(32);
        assertThat(signedIn.personalDataHash()).as("keyed: not the plain salted SHA-256")
                .isNotEqualTo(AuditLog.personalDataHashOf(data));
        assertThat(last("invoice.voided").details()).doesNotContainKey("reason")
                .containsEntry("number", voidedInvoice.number());
        assertThat(portal.audit().personalData(owner, last("invoice.voided").id()).orElseThrow().values())
                .containsOnly(Map.entry("reason", "issued twice"));
        assertThat(portal.audit().personalData(owner, last("invoice.issued").id())).isEmpty();
        assertThat(portal.audit().verify(owner)).isEqualTo(new ChainVerification(entries().size(), Optional.empty()));
    }

    @Test
    void personalKeysGivenAmongTheDetails_goToTheSideRecordAnyway_andEmptyOnesAreDropped() {
        AuditLog log = new AuditLog(trail, clock, IdGenerator.random(), new SecretKeySpec(KEY, "HmacSHA256"));
        AuditEntry entry = stores.transactions().inTransaction(() -> log.record(owner.workspaceId(), "system",
                "access.sign_in_failed", "contact", "k1", Map.of("address", "192.0.2.1", "userAgent", "",
                        "attempts", "3")));
        AuditEntry without = stores.transactions().inTransaction(() -> log.record(owner.workspaceId(), "system",
                "access.sign_in_failed", "contact", "k1", Map.of("attempts", "4"), Map.of("typedName", "")));

        assertThat(entry.details()).containsOnly(Map.entry("attempts", "3"));
        assertThat(portal.audit().personalData(owner, entry.id()).orElseThrow().values())
                .containsOnly(Map.entry("address", "192.0.2.1"));
        assertThat(without.hasPersonalData()).isFalse();
        assertThat(portal.audit().personalData(owner, without.id())).isEmpty();
        assertThat(portal.audit().verify(owner).intact()).isTrue();
    }

    @Test
    void anEditedSideRecord_isFoundAsAlteredPersonalData() {
        signIn(ana, "203.0.113.7");
        AuditEntry signedIn = last("access.signed_in");
        trail.tamperPersonalData(owner.workspaceId(), records -> replaced(records, signedIn.id(), data ->
                new AuditPersonalData(data.workspaceId(), data.entryId(), data.sequence(), data.salt(),
                        Map.of("address", "198.51.100.66", "userAgent", PortalFixture.BROWSER), 0, null)));

        assertThat(portal.audit().verify(owner).firstBroken())
                .contains(new BrokenLink(signedIn.sequence(), Reason.PERSONAL_DATA_ALTERED));
    }

    @Test
    void anEditedSideRecordWithItsEntryRehashedWithoutTheKey_isFoundAsAlteredContent() {
        signIn(ana, "203.0.113.7");
        AuditEntry signedIn = last("access.signed_in");
        AuditPersonalData forged = new AuditPersonalData(owner.workspaceId(), signedIn.id(), signedIn.sequence(),
                "00", Map.of("address", "198.51.100.66"), 0, null);
        trail.tamperPersonalData(owner.workspaceId(), records -> replaced(records, signedIn.id(), data -> forged));
        trail.tamper(owner.workspaceId(), chain -> AuditTamperTest.rehashedFrom(AuditTamperTest.replace(chain,
                signedIn.sequence(), entry -> AuditTamperTest.copy(entry, entry.sequence(), entry.actor(),
                        AuditLog.personalDataHashOf(forged), entry.previousHash(), "")), signedIn.sequence(),
                AuditLog::hashOf));

        assertThat(portal.audit().verify(owner).firstBroken())
                .contains(new BrokenLink(signedIn.sequence(), Reason.CONTENT_ALTERED));
    }

    @Test
    void aDeletedSideRecord_isFoundMissing() {
        AuditEntry voided = last("invoice.voided");
        trail.tamperPersonalData(owner.workspaceId(), records -> {
            Map<UUID, AuditPersonalData> left = new HashMap<>(records);
            left.remove(voided.id());
            return left;
        });

        assertThat(portal.audit().verify(owner).firstBroken())
                .contains(new BrokenLink(voided.sequence(), Reason.PERSONAL_DATA_MISSING));
    }

    @Test
    void aTombstoneWithoutAnErasureEntry_isFoundAsAlteredPersonalData() {
        AuditEntry voided = last("invoice.voided");
        portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("More design", "1", "", Money.of("50.00", USD)));
        long end = entries().size();
        trail.tamperPersonalData(owner.workspaceId(), records -> replaced(records, voided.id(),
                data -> data.tombstone(end, clock.instant())));

        assertThat(portal.audit().verify(owner).firstBroken()).as("pointing at an entry that erased nothing")
                .contains(new BrokenLink(voided.sequence(), Reason.PERSONAL_DATA_ALTERED));
    }

    @Test
    void aTombstonePointingAtARealErasureThatDidNotNameIt_isFoundAsAlteredPersonalData() {
        signIn(ana, "203.0.113.7");
        AuditEntry voided = last("invoice.voided");
        PersonalDataErasure erasure = portal.audit().erasePersonalData(owner, "contact", ana.id().toString());
        trail.tamperPersonalData(owner.workspaceId(), records -> replaced(records, voided.id(),
                data -> data.tombstone(erasure.erasureSequence(), clock.instant())));

        assertThat(portal.audit().verify(owner).firstBroken())
                .contains(new BrokenLink(voided.sequence(), Reason.PERSONAL_DATA_ALTERED));
    }

    @Test
    void erasingAContactsPersonalData_erasesWhatIsAboutThemAndWhatTheyDid_andTheChainStillVerifies() {
        signIn(bob, "198.51.100.2");
        ContactPrincipal asAna = signIn(ana, "203.0.113.7");
        portal.messaging().startThread(asAna, NewThread.titled("My new address is 5 Elm St",
                MessageContent.text("Please update it")));
        AuditCheckpoint before = portal.audit().checkpoint(owner);
        List<AuditEntry> chainBefore = entries();
        List<Long> anas = chainBefore.stream().filter(AuditEntry::hasPersonalData)
                .filter(entry -> entry.actor().equals("contact:" + ana.id())
                        || entry.subjectId().equals(ana.id().toString()))
                .map(AuditEntry::sequence).toList();
        assertThat(anas).hasSize(4); // added, invited, signed in, started a thread
        clock.advance(Duration.ofMinutes(5));

        PersonalDataErasure erasure = portal.audit().erasePersonalData(owner, "contact", ana.id().toString());

        assertThat(erasure).isEqualTo(new PersonalDataErasure(before.sequence() + 1, anas));
        AuditEntry recorded = last(AuditLog.PERSONAL_DATA_ERASED);
        assertThat(recorded.sequence()).isEqualTo(erasure.erasureSequence());
        assertThat(recorded.actor()).isEqualTo(owner.actor());
        assertThat(recorded.subjectType()).isEqualTo("contact");
        assertThat(recorded.subjectId()).isEqualTo(ana.id().toString());
        assertThat(recorded.hasPersonalData()).isFalse();
        assertThat(entries().subList(0, chainBefore.size())).as("no entry was rewritten").isEqualTo(chainBefore);
        for (AuditEntry entry : chainBefore) {
            Optional<AuditPersonalData> data = portal.audit().personalData(owner, entry.id());
            if (anas.contains(entry.sequence())) {
                assertThat(data).hasValueSatisfying(tombstone -> {
                    assertThat(tombstone.erased()).isTrue();
                    assertThat(tombstone.values()).isEmpty();
                    assertThat(tombstone.erasedBy()).isEqualTo(erasure.erasureSequence());
                    assertThat(tombstone.erasedAt()).isEqualTo(clock.instant());
                });
            } else {
                data.ifPresent(live -> assertThat(live.erased()).as("entry %s", entry.sequence()).isFalse());
            }
        }
        String trailAsStored = stores.dumpForInspection().stream().filter(line -> line.startsWith("Audit"))
                .toList().toString();
        assertThat(trailAsStored).doesNotContain("203.0.113.7").doesNotContain("5 Elm St")
                .doesNotContain("ana@globex.example").contains("198.51.100.2");
        ChainVerification verification = portal.audit().verify(owner, before);
        assertThat(verification).isEqualTo(new ChainVerification(before.sequence() + 1, Optional.empty(), anas));
    }

    @Test
    void erasingAgain_erasesNothingAndWritesNoEntry() {
        signIn(ana, "203.0.113.7");
        portal.audit().erasePersonalData(owner, "contact", ana.id().toString());
        AuditCheckpoint after = portal.audit().checkpoint(owner);

        assertThat(portal.audit().erasePersonalData(owner, "contact", ana.id().toString()))
                .isEqualTo(new PersonalDataErasure(0, List.of()));
        assertThat(portal.audit().checkpoint(owner)).isEqualTo(after);
    }

    @Test
    void erasingChosenEntries_skipsEntriesOfAnotherWorkspaceAndEntriesWithoutPersonalData() {
        StaffPrincipal initech = StaffPrincipal.of(portal.workspaces().create(new CreateWorkspace("Initech", USD,
                PaymentTerms.net(30))).id(), "owner@initech.example");
        Client theirs = portal.clients().create(initech, new CreateClient("Hooli", "ap@hooli.example"));
        Contact gavin = portal.clients().addContact(initech, new AddContact(theirs.id(), "Gavin", "gavin@hooli.example",
                Set.of(Role.BILLING)));
        AuditEntry theirEntry = portal.audit().forSubject(initech, "contact", gavin.id().toString()).get(0);
        AuditEntry voided = last("invoice.voided");

        PersonalDataErasure erasure = portal.audit().erasePersonalData(owner, List.of(voided.id(),
                last("invoice.issued").id(), theirEntry.id(), UUID.randomUUID()));

        assertThat(erasure.erasedSequences()).containsExactly(voided.sequence());
        assertThat(last(AuditLog.PERSONAL_DATA_ERASED).subjectType()).isEqualTo("audit");
        assertThat(portal.audit().personalData(initech, theirEntry.id()).orElseThrow().erased()).isFalse();
        assertThat(portal.audit().personalData(owner, theirEntry.id())).as("not found across tenants").isEmpty();
        assertThat(portal.audit().verify(owner).personalDataErased()).containsExactly(voided.sequence());
        assertThat(portal.audit().verify(initech).intact()).isTrue();
    }

    @Test
    void erasureRequestsAreChecked() {
        assertRejected(() -> portal.audit().erasePersonalData(owner, List.of()), ErrorCode.INVALID_VALUE);
        List<UUID> tooMany = new ArrayList<>(Collections.nCopies(1_001, UUID.randomUUID()));
        assertRejected(() -> portal.audit().erasePersonalData(owner, tooMany), ErrorCode.INVALID_VALUE);
        List<UUID> withNull = new ArrayList<>();
        withNull.add(null);
        assertRejected(() -> portal.audit().erasePersonalData(owner, withNull), ErrorCode.INVALID_VALUE);
        assertRejected(() -> portal.audit().erasePersonalData(owner, (List<UUID>) null), ErrorCode.REQUIRED);
        assertRejected(() -> portal.audit().erasePersonalData(owner, " ", "x"), ErrorCode.REQUIRED);
        assertRejected(() -> portal.audit().erasePersonalData(null, "contact", "x"), ErrorCode.REQUIRED);
    }

    // ---- helpers ----

    private Contact contact(String name, String email) {
        return portal.clients().addContact(owner, new AddContact(globex.id(), name, email,
                Set.of(Role.BILLING, Role.APPROVER)));
    }

    private Invoice voidedInvoice() {
        Invoice draft = portal.invoicing().createDraft(owner, DraftInvoice.forClient(globex.id())
                .line("Design", "1", "", Money.of("100.00", USD)));
        portal.invoicing().issue(owner, draft.id());
        return portal.invoicing().voidInvoice(owner, draft.id(), "issued twice");
    }

    private ContactPrincipal signIn(Contact contact, String address) {
        SignInLink link = portal.access().invite(owner, contact.id());
        return portal.access().signIn(link.token(), PortalFixture.browserAt(address)).principal();
    }

    private List<AuditEntry> entries() {
        return portal.audit().entries(owner, 1, 1000);
    }

    private AuditEntry last(String action) {
        List<AuditEntry> matching = entries().stream().filter(entry -> entry.action().equals(action)).toList();
        return matching.get(matching.size() - 1);
    }

    private static Map<UUID, AuditPersonalData> replaced(Map<UUID, AuditPersonalData> records, UUID entryId,
                                                         UnaryOperator<AuditPersonalData> change) {
        Map<UUID, AuditPersonalData> changed = new HashMap<>(records);
        changed.computeIfPresent(entryId, (id, data) -> change.apply(data));
        return changed;
    }
}
