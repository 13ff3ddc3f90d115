package dev.clientportal.stripe;

/**
 * {@link ShuffledWebhookDeliveryOnDatabaseSuite} on H2 with a third of the deliveries: the ten thousand run on
 * PostgreSQL and MariaDB, the databases several host instances share; H2 checks the same with fewer, to keep the build
 * short.
 */
class ShuffledWebhookDeliveryOnH2Test extends ShuffledWebhookDeliveryOnDatabaseSuite {

    @Override
    String vendor() {
        return "h2";
    }

    @Override
    int invoices() {
        return 800;
    }

    @Override
    int minimumDeliveries() {
        return 3_000;
    }
}
