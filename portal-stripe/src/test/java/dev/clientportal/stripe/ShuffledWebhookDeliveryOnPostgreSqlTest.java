package dev.clientportal.stripe;

/** {@link ShuffledWebhookDeliveryOnDatabaseSuite} on PostgreSQL. */
class ShuffledWebhookDeliveryOnPostgreSqlTest extends ShuffledWebhookDeliveryOnDatabaseSuite {

    @Override
    String vendor() {
        return "postgresql";
    }
}
