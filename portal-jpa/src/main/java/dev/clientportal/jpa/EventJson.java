package dev.clientportal.jpa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clientportal.core.access.ContactInvited;
import dev.clientportal.core.access.ContactSignedIn;
import dev.clientportal.core.access.DocumentShared;
import dev.clientportal.core.access.PortalAccessRevoked;
import dev.clientportal.core.agreement.AgreementCompleted;
import dev.clientportal.core.agreement.AgreementCountersigned;
import dev.clientportal.core.agreement.AgreementSent;
import dev.clientportal.core.agreement.AgreementSigned;
import dev.clientportal.core.agreement.AgreementVoided;
import dev.clientportal.core.analytics.DocumentFirstViewed;
import dev.clientportal.core.approval.ApprovalGiven;
import dev.clientportal.core.approval.ApprovalRequested;
import dev.clientportal.core.approval.ApprovalWithdrawn;
import dev.clientportal.core.approval.ChangesRequested;
import dev.clientportal.core.approval.DeliverableApproved;
import dev.clientportal.core.approval.DeliverableVersionAdded;
import dev.clientportal.core.approval.ExtraRoundFlagged;
import dev.clientportal.core.files.FileAddedToLibrary;
import dev.clientportal.core.invoice.CreditNoteIssued;
import dev.clientportal.core.invoice.DepositApplied;
import dev.clientportal.core.invoice.InvoiceIssued;
import dev.clientportal.core.invoice.InvoiceMarkedUncollectible;
import dev.clientportal.core.invoice.InvoicePaid;
import dev.clientportal.core.automation.LateFeeApplied;
import dev.clientportal.core.automation.LateFeeRemoved;
import dev.clientportal.core.invoice.InvoiceReopened;
import dev.clientportal.core.invoice.InvoiceVoided;
import dev.clientportal.core.messaging.MessagePosted;
import dev.clientportal.core.payment.CreditApplied;
import dev.clientportal.core.payment.PaymentDisputed;
import dev.clientportal.core.payment.PaymentFailed;
import dev.clientportal.core.payment.PaymentPending;
import dev.clientportal.core.payment.PaymentRecorded;
import dev.clientportal.core.payment.PaymentRefunded;
import dev.clientportal.core.quote.QuoteAcceptanceReversed;
import dev.clientportal.core.quote.QuoteAccepted;
import dev.clientportal.core.quote.QuoteChangesRequested;
import dev.clientportal.core.quote.QuoteRejected;
import dev.clientportal.core.quote.QuoteRevised;
import dev.clientportal.core.quote.QuoteSent;
import dev.clientportal.core.quote.QuoteVoided;
import dev.clientportal.core.kernel.DomainEvent;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON form of domain events in the outbox: a JSON object with one member per record component, named as the
 * component, beside the event's stable {@link DomainEvent#type()} in a column of its own; reading finds the record
 * class by that type name in {@link #TYPES} and calls its canonical constructor.
 *
 * <p>Values: text for strings, UUIDs, instants and dates (ISO-8601) and enum constants (their names); numbers and
 * booleans as such; {@link Money} as {@code {"minorUnits": 1250, "currency": "EUR"}}; a record of one component
 * (every typed id) as that component's value; any other record as an object of its components; a list as an array;
 * an {@link Optional} as its value or {@code null}. A new event type is registered by adding its class to
 * {@link #TYPES}; a test fails for an event class of core that is missing there.
 */
final class EventJson {

    /** Every event record of core, by its stable type name. */
    static final Map<String, Class<? extends DomainEvent>> TYPES = byTypeName(List.of(
            ContactInvited.class,
            ContactSignedIn.class,
            DocumentShared.class,
            PortalAccessRevoked.class,
            AgreementCompleted.class,
            AgreementCountersigned.class,
            AgreementSent.class,
            AgreementSigned.class,
            AgreementVoided.class,
            DocumentFirstViewed.class,
            ApprovalGiven.class,
            ApprovalRequested.class,
            ApprovalWithdrawn.class,
            ChangesRequested.class,
            DeliverableApproved.class,
            DeliverableVersionAdded.class,
            ExtraRoundFlagged.class,
            FileAddedToLibrary.class,
            CreditNoteIssued.class,
            DepositApplied.class,
            InvoiceIssued.class,
            InvoiceMarkedUncollectible.class,
            InvoicePaid.class,
            LateFeeApplied.class,
            LateFeeRemoved.class,
            InvoiceReopened.class,
            InvoiceVoided.class,
            MessagePosted.class,
            CreditApplied.class,
            PaymentDisputed.class,
            PaymentFailed.class,
            PaymentPending.class,
            PaymentRecorded.class,
            PaymentRefunded.class,
            QuoteAcceptanceReversed.class,
            QuoteAccepted.class,
            QuoteChangesRequested.class,
            QuoteRejected.class,
            QuoteRevised.class,
            QuoteSent.class,
            QuoteVoided.class));

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventJson() {
    }

    /** The event's components as a JSON object. */
    static String write(DomainEvent event) {
        if (TYPES.get(event.type()) != event.getClass()) {
            throw new IllegalArgumentException("event type " + event.type() + " (" + event.getClass().getName()
                    + ") is not registered in EventJson.TYPES");
        }
        return Json.write(value(event, event.getClass()));
    }

    /** The event of a registered type from its JSON object. */
    static DomainEvent read(String type, String json) {
        Class<? extends DomainEvent> eventClass = TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalStateException("the outbox holds an event of unknown type " + type
                    + "; register its class in EventJson.TYPES");
        }
        return (DomainEvent) value(Json.read(json), eventClass);
    }

    /** Any record of the supported value types (e.g. a gateway event) as JSON, in the same form as events. */
    static String writeRecord(Record value) {
        return Json.write(value(value, value.getClass()));
    }

    /** A record of the given class from {@link #writeRecord}'s JSON. */
    static <R extends Record> R readRecord(String json, Class<R> recordClass) {
        return recordClass.cast(value(Json.read(json), recordClass));
    }

    private static Map<String, Class<? extends DomainEvent>> byTypeName(List<Class<? extends DomainEvent>> classes) {
        Map<String, Class<? extends DomainEvent>> types = new HashMap<>();
        for (Class<? extends DomainEvent> eventClass : classes) {
            if (types.put(typeName(eventClass), eventClass) != null) {
                throw new IllegalStateException("two event classes share the type " + typeName(eventClass));
            }
        }
        return Map.copyOf(types);
    }

    /** The {@code TYPE} constant every event record declares. */
    static String typeName(Class<? extends DomainEvent> eventClass) {
        try {
            Field type = eventClass.getField("TYPE");
            if (!Modifier.isStatic(type.getModifiers()) || type.getType() != String.class) {
                throw new IllegalStateException(eventClass.getName() + ".TYPE is not a String constant");
            }
            return (String) type.get(null);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(eventClass.getName() + " declares no public TYPE constant", e);
        }
    }

    private static JsonNode value(Object value, Type type) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String || value instanceof UUID || value instanceof Instant
                || value instanceof LocalDate) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Enum<?> constant) {
            return NODES.textNode(constant.name());
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean flag) {
            return NODES.booleanNode(flag);
        }
        if (value instanceof Money money) {
            return NODES.objectNode().put("minorUnits", money.minorUnits()).put("currency", money.currency().code());
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? value(optional.get(), argument(type)) : NODES.nullNode();
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(value(element, argument(type))));
            return array;
        }
        Class<?> recordClass = value.getClass();
        if (recordClass.isRecord()) {
            RecordComponent[] components = recordClass.getRecordComponents();
            if (components.length == 1) {
                return value(component(value, components[0]), components[0].getGenericType());
            }
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : components) {
                object.set(component.getName(), value(component(value, component), component.getGenericType()));
            }
            return object;
        }
        throw new IllegalStateException("no JSON form for a " + recordClass.getName() + " in an event");
    }

    private static Object value(JsonNode node, Type type) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return node == null || node.isNull() ? Optional.empty() : Optional.of(value(node, argument(type)));
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (raw == String.class) {
            return node.asText();
        }
        if (raw == UUID.class) {
            return UUID.fromString(node.asText());
        }
        if (raw == Instant.class) {
            return Instant.parse(node.asText());
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse(node.asText());
        }
        if (raw.isEnum()) {
            return constant(raw, node.asText());
        }
        if (raw == int.class || raw == Integer.class) {
            return node.asInt();
        }
        if (raw == long.class || raw == Long.class) {
            return node.asLong();
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.asBoolean();
        }
        if (raw == Money.class) {
            return Money.ofMinor(node.path("minorUnits").asLong(), CurrencyUnit.of(node.path("currency").asText()));
        }
        if (raw == List.class) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(element -> list.add(value(element, argument(type))));
            return List.copyOf(list);
        }
        if (raw.isRecord()) {
            RecordComponent[] components = raw.getRecordComponents();
            Object[] arguments = new Object[components.length];
            if (components.length == 1) {
                arguments[0] = value(node, components[0].getGenericType());
            } else {
                for (int i = 0; i < components.length; i++) {
                    arguments[i] = value(node.get(components[i].getName()), components[i].getGenericType());
                }
            }
            return construct(raw, components, arguments);
        }
        throw new IllegalStateException("no JSON form for a " + raw.getName() + " in an event");
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("could not read " + component.getName() + " of "
                    + record.getClass().getName(), e);
        }
    }

    private static Object construct(Class<?> raw, RecordComponent[] components, Object[] arguments) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("a stored " + raw.getSimpleName() + " is no longer valid: "
                    + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not rebuild a " + raw.getName() + " from the outbox", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(Class<?> enumClass, String name) {
        return Enum.valueOf((Class) enumClass, name);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        throw new IllegalStateException("no JSON form for a " + type + " in an event");
    }

    private static Type argument(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getActualTypeArguments()[0];
        }
        throw new IllegalStateException("a list or optional in an event needs its element type: " + type);
    }
}
