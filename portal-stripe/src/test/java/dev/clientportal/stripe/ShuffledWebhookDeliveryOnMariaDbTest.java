package dev.clientportal.stripe;

/** {@link ShuffledWebhookDeliveryOnDatabaseSuite} on MariaDB. */
class ShuffledWebhookDeliveryOnMariaDbTest extends ShuffledWebhookDeliveryOnDatabaseSuite {

    @Override
    String vendor() {
        return "mariadb";
    }
}
