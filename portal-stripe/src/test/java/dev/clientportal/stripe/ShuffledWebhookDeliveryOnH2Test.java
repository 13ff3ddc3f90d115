package dev.clientportal.stripe;

/** {@link ShuffledWebhookDeliveryOnDatabaseSuite} on H2. */
class ShuffledWebhookDeliveryOnH2Test extends ShuffledWebhookDeliveryOnDatabaseSuite {

    @Override
    String vendor() {
        return "h2";
    }
}
