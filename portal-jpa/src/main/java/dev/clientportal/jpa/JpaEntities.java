package dev.clientportal.jpa;

import java.util.List;

/** Every entity class of the adapter, for a persistence unit that lists its classes. */
final class JpaEntities {

    /** The classes, in no particular order. */
    static final List<Class<?>> CLASSES = List.of(WorkspaceEntity.class, ClientEntity.class, ContactEntity.class,
            CounterEntity.class, InvoiceEntity.class, InvoiceOpenAmountEntity.class, CreditNoteEntity.class,
            PeriodLockEntity.class,
            PaymentEntity.class, PaymentAllocationEntity.class, PaymentRefundEntity.class,
            LoginTokenEntity.class, PortalSessionEntity.class, DocumentLinkEntity.class, PortalAccessEntity.class,
            DocumentSendEntity.class, RateLimitEntity.class,
            WorkClaimEntity.class, OutboxEventEntity.class, AuditHeadEntity.class,
            AuditEntryEntity.class, AuditPersonalDataEntity.class, GatewayEventEntity.class, GatewayCustomerEntity.class,
            DocumentViewEntity.class, DocumentViewerEntity.class, DocumentEngagementEntity.class,
            ClientLastSeenEntity.class,
            SharedFileEntity.class, MessageThreadEntity.class, MessageEntity.class, MessageReadMarkEntity.class,
            QuoteEntity.class, AgreementEntity.class, AgreementSignerEntity.class, DeliverableEntity.class,
            DeliverableVersionEntity.class, DeliverableApproverEntity.class,
            ReminderPolicyEntity.class, ClientReminderEntity.class, ReminderPauseEntity.class, ReminderLogEntity.class,
            RecurringTemplateEntity.class, RecurringProgressEntity.class, ChargeAttemptEntity.class,
            LateFeeEntity.class, NotificationTemplateEntity.class, SentNotificationEntity.class, ProjectEntity.class,
            ProjectItemEntity.class, FeedEntryEntity.class, FeedReadMarkEntity.class, FeedDigestEntity.class);

    private JpaEntities() {
    }
}
