package dev.clientportal.jpa;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.clientportal.core.invoice.InvoiceId;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.client.ClientId;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.kernel.WorkspaceId;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JSON form of outbox events: every event record of core is registered under its type name, and every one of
 * them, filled with sample values, reads back equal to what was written.
 */
class EventJsonTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123456789Z");

    @Test
    void everyEventRecordOfCore_isRegisteredUnderItsTypeName() {
        Set<String> eventRecords = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.clientportal.core").stream()
                .filter(type -> type.isAssignableTo(DomainEvent.class) && !type.isInterface())
                .map(JavaClass::getName).collect(Collectors.toSet());

        assertThat(eventRecords).isNotEmpty();
        assertThat(EventJson.TYPES.values().stream().map(Class::getName).collect(Collectors.toSet()))
                .isEqualTo(eventRecords);
        EventJson.TYPES.forEach((type, eventClass) -> assertThat(EventJson.typeName(eventClass)).isEqualTo(type));
    }

    @Test
    void theJsonNamesEachComponent_writesIdsAsText_andMoneyInMinorUnits() {
        InvoicePaid paid = new InvoicePaid(UUID.fromString("019c0000-0000-7000-8000-000000000001"),
                new WorkspaceId(UUID.fromString("019c0000-0000-7000-8000-000000000002")),
                new InvoiceId(UUID.fromString("019c0000-0000-7000-8000-000000000003")),
                new ClientId(UUID.fromString("019c0000-0000-7000-8000-000000000004")), "INV-2026-00001", AT);

        assertThat(Json.read(EventJson.write(paid))).isEqualTo(Json.read("""
                {"eventId": "019c0000-0000-7000-8000-000000000001",
                 "workspaceId": "019c0000-0000-7000-8000-000000000002",
                 "invoiceId": "019c0000-0000-7000-8000-000000000003",
                 "clientId": "019c0000-0000-7000-8000-000000000004",
                 "number": "INV-2026-00001", "occurredAt": "2026-03-02T09:00:00.123456789Z"}"""));
        assertThat(EventJson.read(InvoicePaid.TYPE, EventJson.write(paid))).isEqualTo(paid);
    }

    @Test
    void anUnknownTypeName_isADefectThatNamesTheRegistry() {
        assertThatThrownBy(() -> EventJson.read("invoice.teleported", "{}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EventJson.TYPES");
    }

    static List<Class<? extends DomainEvent>> eventClasses() {
        return EventJson.TYPES.values().stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void everyRegisteredEvent_readsBackEqual(Class<? extends DomainEvent> eventClass) {
        DomainEvent event = (DomainEvent) sample(eventClass, eventClass);

        String json = EventJson.write(event);

        assertThat(EventJson.read(event.type(), json)).isEqualTo(event);
    }

    /** A valid value of a type: non-empty text, positive amounts, one-element lists, present optionals. */
    private static Object sample(Type type, Class<?> owner) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            return "sample-text";
        }
        if (raw == UUID.class) {
            return UUID.randomUUID();
        }
        if (raw == Instant.class) {
            return AT;
        }
        if (raw == LocalDate.class) {
            return LocalDate.of(2026, 3, 2);
        }
        if (raw == int.class || raw == Integer.class) {
            return 1;
        }
        if (raw == long.class || raw == Long.class) {
            return 1L;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return true;
        }
        if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        }
        if (raw == Money.class) {
            return Money.of("12.34", CurrencyUnit.USD);
        }
        Type argument = type instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0] : null;
        if (raw == List.class) {
            return List.of(sample(argument, owner));
        }
        if (raw == Optional.class) {
            return Optional.of(sample(argument, owner));
        }
        if (raw.getSimpleName().equals("ContentHash")) {
            return construct(raw, "a".repeat(64));
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            return construct(raw, Arrays.stream(components)
                    .map(component -> sample(component.getGenericType(), raw)).toArray());
        }
        throw new IllegalStateException("no sample for " + type + " in " + owner);
    }

    private static Object construct(Class<?> raw, Object... arguments) {
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(Arrays.stream(raw.getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("sample " + raw.getSimpleName() + " refused: " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
