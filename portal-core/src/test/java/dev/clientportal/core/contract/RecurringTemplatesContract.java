package dev.clientportal.core.contract;

import dev.clientportal.core.automation.AutoCharge;
import dev.clientportal.core.automation.Cadence;
import dev.clientportal.core.automation.LineChange;
import dev.clientportal.core.automation.RecurringProgress;
import dev.clientportal.core.automation.RecurringStatus;
import dev.clientportal.core.automation.RecurringTemplate;
import dev.clientportal.core.automation.RecurringTemplateId;
import dev.clientportal.core.automation.RecurringTemplates;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.pricing.LineItem;
import dev.clientportal.core.workspace.PaymentTerms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RecurringTemplates}: versioned templates scoped by workspace, with every field read back as saved; progress
 * that only moves forward and never touches the template's version; and the due query across workspaces, active
 * templates only, in pages by id that add up. Run by every adapter that keeps recurring templates.
 */
public abstract class RecurringTemplatesContract extends StoreContract {

    private static final LocalDate START = LocalDate.of(2026, 1, 31);
    private static final CurrencyUnit USD = CurrencyUnit.USD;

    private RecurringTemplates templates;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;
    private ClientId initech;

    @BeforeEach
    void twoWorkspaces() {
        templates = stores.recurringTemplates().orElseThrow(() -> new AssertionError("these stores keep no templates"));
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", USD).id();
        initech = storedClient(other, "Initech", USD).id();
    }

    @Test
    void aTemplate_isReadBackWithEveryField_inItsWorkspaceOnly() {
        RecurringTemplate rich = new RecurringTemplate(id(1), acme, globex,
                List.of(LineItem.of("Retainer", "1", "month", Money.of("900.00", USD)),
                        LineItem.of("Hosting", "2.5", "GB", Money.of("4.10", USD))),
                "Thank you!", PaymentTerms.net(14), Cadence.quarterly(), START, LocalDate.of(2027, 12, 31), 6, true,
                List.of(new LineChange(LocalDate.of(2026, 7, 1),
                        List.of(LineItem.of("Retainer", "1", "month", Money.of("950.00", USD))))),
                RecurringStatus.ACTIVE, 0, AutoCharge.to("pm_1MqLiJLkdIwHu7ix"));

        RecurringTemplate saved = inTransaction(() -> templates.save(rich));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(inTransaction(() -> templates.find(acme, rich.id()))).contains(rich.withVersion(1));
        assertThat(inTransaction(() -> templates.find(other, rich.id()))).as("another workspace").isEmpty();
        RecurringTemplate endless = template(2, acme, globex);
        inTransaction(() -> templates.save(endless));
        assertThat(inTransaction(() -> templates.find(acme, endless.id()))).contains(endless.withVersion(1));
        RecurringTemplate chargeOff = inTransaction(() -> templates.save(saved.withAutoCharge(null)));
        assertThat(inTransaction(() -> templates.find(acme, rich.id()))).as("auto-charge turned off")
                .contains(chargeOff).get().extracting(RecurringTemplate::autoCharge).isNull();
    }

    @Test
    void savingAStaleVersion_orInsertingAnIdTwice_isRefused_andChangesNothing() {
        RecurringTemplate saved = inTransaction(() -> templates.save(template(1, acme, globex)));
        RecurringTemplate paused = inTransaction(() -> templates.save(saved.withStatus(RecurringStatus.PAUSED)));

        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> inTransaction(() ->
                templates.save(saved.withStatus(RecurringStatus.CANCELLED))));
        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> templates.save(template(1, acme, globex))));
        assertThat(inTransaction(() -> templates.find(acme, saved.id()))).contains(paused);
        assertThat(paused.version()).isEqualTo(2);
    }

    @Test
    void aClientsTemplates_areListedByIdInItsWorkspace() {
        inTransaction(() -> templates.save(template(3, acme, globex)));
        inTransaction(() -> templates.save(template(1, acme, globex)));
        inTransaction(() -> templates.save(template(2, other, initech)));

        assertThat(inTransaction(() -> templates.ofClient(acme, globex))).extracting(RecurringTemplate::id)
                .containsExactly(id(1), id(3));
        assertThat(inTransaction(() -> templates.ofClient(other, globex))).isEmpty();
    }

    @Test
    void progress_onlyMovesForward_andLeavesTheTemplatesVersionAlone() {
        RecurringTemplate saved = inTransaction(() -> templates.save(template(1, acme, globex)));

        assertThat(inTransaction(() -> templates.progress(acme, saved.id()))).isEmpty();
        assertThat(inTransaction(() -> templates.advance(acme, saved.id(), 0, START))).as("first row").isTrue();
        assertThat(inTransaction(() -> templates.advance(acme, saved.id(), 2, LocalDate.of(2026, 3, 31)))).isTrue();
        assertThat(inTransaction(() -> templates.advance(acme, saved.id(), 2, LocalDate.of(2099, 1, 1))))
                .as("the same count again").isFalse();
        assertThat(inTransaction(() -> templates.advance(acme, saved.id(), 1, LocalDate.of(2026, 2, 28))))
                .as("backwards").isFalse();
        assertThat(inTransaction(() -> templates.advance(acme, saved.id(), 3, null))).as("the last period").isTrue();

        assertThat(inTransaction(() -> templates.progress(acme, saved.id())))
                .contains(new RecurringProgress(acme, saved.id(), 3, null));
        assertThat(inTransaction(() -> templates.progress(other, saved.id()))).as("another workspace").isEmpty();
        assertThat(inTransaction(() -> templates.find(acme, saved.id())).orElseThrow().version()).isEqualTo(1);
        assertThat(inTransaction(() -> templates.save(saved)).version()).as("a staff edit after progress").isEqualTo(2);
        assertThat(inTransaction(() -> templates.progress(acme, saved.id())).orElseThrow().issued()).isEqualTo(3);
    }

    @Test
    void aRolledBackAdvance_leavesTheProgressAsItWas() {
        RecurringTemplate saved = inTransaction(() -> templates.save(template(1, acme, globex)));
        inTransaction(() -> templates.advance(acme, saved.id(), 0, START));

        try {
            inTransaction(() -> {
                templates.advance(acme, saved.id(), 1, LocalDate.of(2026, 2, 28));
                throw new IllegalStateException("the issue failed");
            });
        } catch (IllegalStateException expected) {
            // the unit of work rolled back
        }

        assertThat(inTransaction(() -> templates.progress(acme, saved.id())))
                .contains(new RecurringProgress(acme, saved.id(), 0, START));
    }

    @Test
    void due_listsActiveTemplatesOfEveryWorkspaceWhoseNextPeriodHasCome_inPagesByIdThatAddUp() {
        LocalDate through = LocalDate.of(2026, 3, 31);
        List<RecurringTemplateId> expected = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            WorkspaceId workspace = n % 2 == 0 ? other : acme;
            RecurringTemplate saved = inTransaction(() -> templates.save(template(0, workspace,
                    workspace.equals(acme) ? globex : initech)));
            RecurringTemplateId id = saved.id();
            inTransaction(() -> templates.advance(workspace, id, 1, through.minusDays(1)));
            expected.add(id);
        }
        RecurringTemplate onTheDay = inTransaction(() -> templates.save(template(0, acme, globex)));
        inTransaction(() -> templates.advance(acme, onTheDay.id(), 0, through));
        expected.add(onTheDay.id());
        RecurringTemplate later = inTransaction(() -> templates.save(template(0, acme, globex)));
        inTransaction(() -> templates.advance(acme, later.id(), 0, through.plusDays(1)));
        RecurringTemplate ended = inTransaction(() -> templates.save(template(0, acme, globex)));
        inTransaction(() -> templates.advance(acme, ended.id(), 4, null));
        RecurringTemplate paused = inTransaction(() -> templates.save(template(0, acme, globex)));
        inTransaction(() -> templates.advance(acme, paused.id(), 0, START));
        inTransaction(() -> templates.save(paused.withVersion(1).withStatus(RecurringStatus.PAUSED)));
        RecurringTemplate cancelled = inTransaction(() -> templates.save(template(0, other, initech)));
        inTransaction(() -> templates.advance(other, cancelled.id(), 0, START));
        inTransaction(() -> templates.save(cancelled.withVersion(1).withStatus(RecurringStatus.CANCELLED)));

        List<RecurringTemplateId> seen = new ArrayList<>();
        Optional<RecurringTemplateId> after = Optional.empty();
        while (true) {
            Optional<RecurringTemplateId> from = after;
            List<RecurringProgress> page = inTransaction(() -> templates.due(through, from, 3));
            page.forEach(row -> seen.add(row.templateId()));
            if (page.size() < 3) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).templateId());
        }

        assertThat(seen).containsExactlyElementsOf(expected.stream().sorted(
                java.util.Comparator.comparing(RecurringTemplateId::toString)).toList());
    }

    private static RecurringTemplateId id(int n) {
        return new RecurringTemplateId(Samples.orderedUuid(n));
    }

    private static RecurringTemplate template(int n, WorkspaceId workspace, ClientId client) {
        RecurringTemplateId id = n == 0 ? new RecurringTemplateId(java.util.UUID.randomUUID()) : id(n);
        return new RecurringTemplate(id, workspace, client,
                List.of(LineItem.of("Retainer", "1", "month", Money.of("900.00", USD))), "", null, Cadence.monthly(),
                START, null, 0, false, List.of(), RecurringStatus.ACTIVE, 0);
    }
}
