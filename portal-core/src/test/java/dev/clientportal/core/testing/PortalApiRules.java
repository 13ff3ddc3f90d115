package dev.clientportal.core.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import dev.clientportal.core.internal.Internal;
import dev.clientportal.core.memory.InMemoryStores;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Architecture rules for modules built on core (adapters, renderers, hosts), to check in their own tests: they use
 * core's API — the use cases, their commands and results, the ports and {@code ClientPortal} — and never the wiring
 * core keeps public only to assemble itself.
 */
public final class PortalApiRules {

    private PortalApiRules() {
    }

    /**
     * No class in {@code packageName} depends on core's wiring: the {@code internal} package, types marked
     * {@link Internal} (the {@code *Wiring} factories), or the in-memory adapters other than {@code InMemoryStores}.
     */
    public static ArchRule onlyTheApiOfCore(String packageName) {
        return noClasses().that().resideInAPackage(packageName + "..")
                .should().dependOnClassesThat(coreWiring())
                .as("classes of " + packageName + " use only the API of portal-core")
                .because("the wiring (internal, @Internal, in-memory adapter internals) changes in any release and "
                        + "lets its user bypass the portal's rules, e.g. write audit entries as any actor")
                .allowEmptyShould(false);
    }

    private static DescribedPredicate<JavaClass> coreWiring() {
        return resideInAPackage("dev.clientportal.core.internal..")
                .or(annotatedWith(Internal.class))
                .or(resideInAPackage("dev.clientportal.core.memory..").and(belongToAnyOf(InMemoryStores.class).negate()))
                .as("core's wiring");
    }
}
