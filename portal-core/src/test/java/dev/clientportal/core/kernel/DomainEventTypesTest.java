package dev.clientportal.core.kernel;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every domain event names its type explicitly, dotted and unique, so consumers and stored outbox rows keep working
 * when a class is renamed.
 */
class DomainEventTypesTest {

    private static final List<Class<?>> EVENTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.clientportal.core")
            .stream().filter(type -> type.isAssignableTo(DomainEvent.class) && !type.isInterface())
            .<Class<?>>map(JavaClass::reflect).toList();

    @Test
    void everyEventTypeIsFound() {
        assertThat(EVENTS).hasSizeGreaterThanOrEqualTo(36).allMatch(Class::isRecord);
    }

    @Test
    void everyEvent_declaresItsOwnTypeName_asADottedLowerCaseConstant() throws ReflectiveOperationException {
        for (Class<?> event : EVENTS) {
            Field constant = event.getDeclaredField("TYPE");
            assertThat(Modifier.isStatic(constant.getModifiers()) && Modifier.isFinal(constant.getModifiers()))
                    .as(event.getSimpleName() + ".TYPE is a constant").isTrue();
            assertThat((String) constant.get(null)).as(event.getSimpleName())
                    .matches("[a-z]+(\\.[a-z]+(_[a-z]+)*)+");
            Method type = event.getDeclaredMethod("type");
            assertThat(type.getDeclaringClass()).isEqualTo(event);
        }
    }

    @Test
    void noTwoEventTypes_shareATypeName() throws ReflectiveOperationException {
        Map<String, String> owners = new HashMap<>();
        for (Class<?> event : EVENTS) {
            String name = (String) event.getDeclaredField("TYPE").get(null);
            assertThat(owners.putIfAbsent(name, event.getSimpleName())).as(name).isNull();
        }
        assertThat(owners).hasSameSizeAs(EVENTS);
    }

    @Test
    void everyEvent_startsWithItsEventId() {
        for (Class<?> event : EVENTS) {
            assertThat(event.getRecordComponents()[0].getName()).as(event.getSimpleName()).isEqualTo("eventId");
        }
    }
}
