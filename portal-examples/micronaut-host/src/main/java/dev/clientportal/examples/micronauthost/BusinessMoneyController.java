package dev.clientportal.examples.micronauthost;

import dev.clientportal.core.ClientPortal;
import dev.clientportal.core.invoice.Invoice;
import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;
import dev.clientportal.core.kernel.StaffPrincipal;
import dev.clientportal.core.money.CurrencyUnit;
import dev.clientportal.core.money.Money;
import dev.clientportal.core.payment.Payment;
import dev.clientportal.core.payment.PaymentMethod;
import dev.clientportal.core.payment.RecordPayment;
import dev.clientportal.core.payment.Refund;
import dev.clientportal.core.payment.RefundPayment;
import dev.clientportal.examples.demo.PathIds;
import dev.clientportal.examples.micronauthost.ApiJson.BusinessPaymentJson;
import dev.clientportal.examples.micronauthost.BusinessJson.RefundJson;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Money the business records by hand, as JSON: a payment received against an invoice and a refund of a payment.
 * Both require an {@code Idempotency-Key}, which becomes the payment's or refund's external reference (for a bank
 * transfer, the bank's reference is a good key): a replay with the same key and body answers the first result and
 * moves no money again; the same key with another body is refused with 422.
 */
@Controller("/api/business")
@SecurityRequirement(name = MicronautHostApplication.BEARER)
@ExecuteOn(TaskExecutors.BLOCKING)
class BusinessMoneyController {

    private final ClientPortal portal;

    BusinessMoneyController(ClientPortal portal) {
        this.portal = portal;
    }

    /**
     * A payment received for an invoice; what exceeds the amount due becomes client credit.
     *
     * @param amount     the amount, a decimal in the invoice's currency, e.g. {@code "500.00"}
     * @param method     how it arrived, e.g. {@code BANK_TRANSFER}
     * @param receivedOn the day it arrived; absent for today
     * @param note       a note for the business
     */
    @Serdeable
    record NewPayment(@Nullable String amount, @Nullable String method, @Nullable LocalDate receivedOn,
                      @Nullable String note) {
    }

    /**
     * A refund of a payment, taken from the credit it created first, then from its latest allocations.
     *
     * @param amount the amount, a decimal in the payment's currency
     * @param reason why
     */
    @Serdeable
    record NewRefund(@Nullable String amount, @Nullable String reason) {
    }

    @Post("/invoices/{id}/payments")
    @ApiResponse(responseCode = "201", description = "the payment recorded, or the one recorded before under the key",
            content = @Content(schema = @Schema(implementation = BusinessPaymentJson.class)))
    HttpResponse<BusinessPaymentJson> recordPayment(@Parameter(hidden = true) StaffPrincipal staff,
                                                    @PathVariable String id,
                                                    @Parameter(required = true, schema = @Schema(type = "string"),
                                                            description = IdempotencyKeys.DESCRIPTION)
                                                    @Header(value = IdempotencyKeys.HEADER, defaultValue = "")
                                                    String idempotencyKey,
                                                    @Nullable @Body NewPayment body) {
        String key = IdempotencyKeys.require(idempotencyKey);
        Invoice invoice = portal.invoicing().get(staff, PathIds.invoice(id));
        NewPayment request = PortalException.requireField(body, "body");
        RecordPayment command = RecordPayment.manual(invoice.clientId(),
                        money(request.amount(), invoice.total().currency()), method(request.method()), key)
                .allocateTo(invoice.id());
        if (request.receivedOn() != null) {
            command = command.receivedOn(request.receivedOn());
        }
        if (request.note() != null) {
            command = command.note(request.note());
        }
        Payment payment = portal.payments().record(staff, command);
        IdempotencyKeys.requireSame(sameRequest(payment, command, invoice), ErrorCode.PAYMENT_REFERENCE_CONFLICT, key,
                "a payment of " + payment.amount() + " by " + payment.method() + " on " + payment.receivedOn());
        return HttpResponse.status(HttpStatus.CREATED).body(BusinessPaymentJson.of(payment));
    }

    @Post("/payments/{id}/refunds")
    @ApiResponse(responseCode = "201", description = "the refund made, or the one made before under the key",
            content = @Content(schema = @Schema(implementation = RefundJson.class)))
    HttpResponse<RefundJson> refund(@Parameter(hidden = true) StaffPrincipal staff, @PathVariable String id,
                                    @Parameter(required = true, schema = @Schema(type = "string"),
                                            description = IdempotencyKeys.DESCRIPTION)
                                    @Header(value = IdempotencyKeys.HEADER, defaultValue = "") String idempotencyKey,
                                    @Nullable @Body NewRefund body) {
        String key = IdempotencyKeys.require(idempotencyKey);
        Payment payment = portal.payments().get(staff, PathIds.payment(id));
        NewRefund request = PortalException.requireField(body, "body");
        RefundPayment command = RefundPayment.of(payment.id(), money(request.amount(), payment.amount().currency()),
                key, request.reason());
        Payment refunded = portal.payments().refund(staff, command);
        Refund refund = refunded.refundByReference(key).orElseThrow();
        IdempotencyKeys.requireSame(refund.reason().equals(command.reason()), ErrorCode.REFUND_REFERENCE_CONFLICT,
                key, "a refund of " + refund.amount() + " for \"" + refund.reason() + "\"");
        return HttpResponse.status(HttpStatus.CREATED).body(RefundJson.of(refunded, refund));
    }

    /**
     * Whether the payment recorded under the key is the one this request asks for. Core has compared client and
     * amount; a replay without a date matches any date, as "today" moves.
     */
    private static boolean sameRequest(Payment payment, RecordPayment command, Invoice invoice) {
        return payment.gateway().isEmpty() && payment.method() == command.method()
                && payment.note().equals(command.note())
                && (command.receivedOn() == null || payment.receivedOn().equals(command.receivedOn()))
                && payment.allocations().stream().anyMatch(allocation -> allocation.invoiceId().equals(invoice.id()));
    }

    private static Money money(@Nullable String amount, CurrencyUnit currency) {
        return Money.of(PortalException.requireText(amount, "amount"), currency);
    }

    private static PaymentMethod method(@Nullable String name) {
        String given = PortalException.requireText(name, "method");
        return Arrays.stream(PaymentMethod.values())
                .filter(method -> method.name().equals(given.trim().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> PortalException.invalid(ErrorCode.INVALID_VALUE, "method", given,
                        "must be one of " + Arrays.toString(PaymentMethod.values())));
    }
}
