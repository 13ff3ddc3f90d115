package dev.clientportal.core.contract;

import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.project.Project;
import dev.clientportal.core.project.ProjectId;
import dev.clientportal.core.project.ProjectItem;
import dev.clientportal.core.project.ProjectItemType;
import dev.clientportal.core.project.ProjectRepository;
import dev.clientportal.core.project.ProjectStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.clientportal.core.contract.InvoiceBuilder.anInvoice;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ProjectRepository}: projects read back with every field, scoped by workspace, listed per client oldest
 * first; optimistic versions; an invoice belongs to at most one project, and assigning it again moves it. Run by every
 * adapter that keeps projects.
 */
public abstract class ProjectRepositoryContract extends StoreContract {

    private static final CurrencyUnit USD = CurrencyUnit.USD;
    private static final Instant CREATED = Instant.parse("2026-03-02T09:15:30.123456Z");

    private ProjectRepository projects;
    private WorkspaceId acme;
    private WorkspaceId other;
    private ClientId globex;
    private ClientId initech;

    @BeforeEach
    void twoWorkspaces() {
        projects = stores.projects().orElseThrow(() -> new AssertionError("these stores keep no projects")).projects();
        acme = storedWorkspace("Acme").id();
        other = storedWorkspace("Other").id();
        globex = storedClient(acme, "Globex", USD).id();
        initech = storedClient(acme, "Initech", USD).id();
    }

    @Test
    void aProject_isReadBackWithEveryField_inItsWorkspaceOnly() {
        Project project = new Project(new ProjectId(Samples.orderedUuid(1)), acme, globex, "Rebrand",
                ProjectStatus.ON_HOLD, USD, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30),
                Money.of("12500.50", USD), CREATED, 0);

        Project saved = inTransaction(() -> projects.save(project));

        assertThat(saved).isEqualTo(project.withVersion(1));
        assertThat(inTransaction(() -> projects.find(acme, project.id()))).contains(saved);
        assertThat(inTransaction(() -> projects.find(other, project.id()))).isEmpty();
        Project open = inTransaction(() -> projects.save(new Project(new ProjectId(Samples.orderedUuid(2)), acme,
                globex, "Support", ProjectStatus.ACTIVE, USD, null, null, null, CREATED, 0)));
        assertThat(inTransaction(() -> projects.find(acme, open.id()))).contains(open);
    }

    @Test
    void aStaleVersion_isRefused_andAnExistingIdIsNotInsertedTwice() {
        Project first = inTransaction(() -> projects.save(project(1, globex, CREATED)));
        Project renamed = inTransaction(() -> projects.save(first.renamed("Rebrand, phase 2")));

        assertThat(renamed.version()).isEqualTo(2);
        assertFailsWith(ErrorCode.CONCURRENT_MODIFICATION, () -> inTransaction(() -> projects.save(
                first.renamed("Lost update"))));
        assertFailsWith(ErrorCode.DUPLICATE_KEY, () -> inTransaction(() -> projects.save(project(1, globex,
                CREATED))));
        assertThat(inTransaction(() -> projects.find(acme, first.id()))).contains(renamed);
    }

    @Test
    void aClientsProjects_areListedOldestFirst_withoutOtherClientsOrWorkspaces() {
        Project later = inTransaction(() -> projects.save(project(1, globex, CREATED.plusSeconds(60))));
        Project earlier = inTransaction(() -> projects.save(project(2, globex, CREATED)));
        Project tieSecond = inTransaction(() -> projects.save(project(4, globex, CREATED.plusSeconds(60))));
        inTransaction(() -> projects.save(project(3, initech, CREATED)));

        assertThat(inTransaction(() -> projects.forClient(acme, globex))).containsExactly(earlier, later, tieSecond);
        assertThat(inTransaction(() -> projects.forClient(other, globex))).isEmpty();
    }

    @Test
    void anInvoice_belongsToOneProject_andAssigningItAgainMovesIt() {
        Project rebrand = inTransaction(() -> projects.save(project(1, globex, CREATED)));
        Project support = inTransaction(() -> projects.save(project(2, globex, CREATED)));
        Invoice first = stored(anInvoice(acme, globex).amount("100.00", USD).build());
        Invoice second = stored(anInvoice(acme, globex).amount("200.00", USD).build());

        inTransaction(() -> projects.assign(acme, ProjectItem.invoice(first.id()), rebrand.id()));
        inTransaction(() -> projects.assign(acme, ProjectItem.invoice(second.id()), rebrand.id()));
        inTransaction(() -> projects.assign(acme, ProjectItem.invoice(second.id()), support.id()));

        assertThat(inTransaction(() -> projects.projectOf(acme, ProjectItem.invoice(first.id()))))
                .contains(rebrand.id());
        assertThat(inTransaction(() -> projects.projectOf(acme, ProjectItem.invoice(second.id()))))
                .contains(support.id());
        assertThat(inTransaction(() -> projects.itemsOf(acme, rebrand.id(), ProjectItemType.INVOICE)))
                .containsExactly(first.id().value());
        assertThat(inTransaction(() -> projects.itemsOf(acme, support.id(), ProjectItemType.INVOICE)))
                .containsExactly(second.id().value());
        assertThat(inTransaction(() -> projects.projectOf(other, ProjectItem.invoice(first.id())))).isEmpty();
        assertThat(inTransaction(() -> projects.itemsOf(other, rebrand.id(), ProjectItemType.INVOICE))).isEmpty();
    }

    @Test
    void itemsOfEveryType_areKeptApart_underOneId() {
        Project rebrand = inTransaction(() -> projects.save(project(1, globex, CREATED)));
        Project support = inTransaction(() -> projects.save(project(2, globex, CREATED)));
        UUID shared = UUID.fromString("00000000-0000-7000-8000-0000000000aa");

        for (ProjectItemType type : ProjectItemType.values()) {
            inTransaction(() -> projects.assign(acme, new ProjectItem(type, shared),
                    type.ordinal() % 2 == 0 ? rebrand.id() : support.id()));
        }

        for (ProjectItemType type : ProjectItemType.values()) {
            ProjectId expected = type.ordinal() % 2 == 0 ? rebrand.id() : support.id();
            assertThat(inTransaction(() -> projects.projectOf(acme, new ProjectItem(type, shared))))
                    .as("project of the %s", type).contains(expected);
            assertThat(inTransaction(() -> projects.itemsOf(acme, expected, type))).containsExactly(shared);
            ProjectId otherProject = expected.equals(rebrand.id()) ? support.id() : rebrand.id();
            assertThat(inTransaction(() -> projects.itemsOf(acme, otherProject, type))).isEmpty();
        }
        List<ProjectItem> asked = new ArrayList<>();
        Map<ProjectItem, ProjectId> expected = new HashMap<>();
        for (ProjectItemType type : ProjectItemType.values()) {
            asked.add(new ProjectItem(type, shared));
            asked.add(new ProjectItem(type, UUID.randomUUID()));
            expected.put(new ProjectItem(type, shared), type.ordinal() % 2 == 0 ? rebrand.id() : support.id());
        }
        assertThat(inTransaction(() -> projects.projectsOf(acme, asked))).as("unassigned items are left out")
                .isEqualTo(expected);
        assertThat(inTransaction(() -> projects.projectsOf(other, asked))).isEmpty();
        assertThat(inTransaction(() -> projects.projectsOf(acme, List.of()))).isEmpty();
    }

    private Project project(int n, ClientId clientId, Instant createdAt) {
        return new Project(new ProjectId(Samples.orderedUuid(n)), acme, clientId, "Project " + n,
                ProjectStatus.ACTIVE, USD, null, null, null, createdAt, 0);
    }
}
