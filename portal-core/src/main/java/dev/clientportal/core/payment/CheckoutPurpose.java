package dev.clientportal.core.payment;

import dev.clientportal.core.kernel.ErrorCode;
import dev.clientportal.core.kernel.PortalException;

/** What a checkout pays, so the gateway can label it for the client (and the business can tell later). */
public sealed interface CheckoutPurpose {

    /**
     * A short description for the client, e.g. "Installment 2 of 3".
     *
     * @return the description, e.g. "Installment 2 of 3"
     */
    String describe();

    /** Everything still due on the invoice. */
    record AmountDue() implements CheckoutPurpose {
        @Override
        public String describe() {
            return "Amount due";
        }
    }

    /**
     * One installment of the invoice's payment schedule.
     *
     * @param number the installment's position in the schedule, from 1
     * @param label  its label, e.g. "Installment 2 of 3"
     */
    record Installment(int number, String label) implements CheckoutPurpose {
        /**
         * Requires a positive number and a label.
         *
         * @param number the installment's position in the schedule, from 1
         * @param label  its label, e.g. "Installment 2 of 3"
         */
        public Installment {
            if (number < 1) {
                throw PortalException.invalid(ErrorCode.UNKNOWN_INSTALLMENT, "installment", number,
                        "installments are numbered from 1");
            }
            label = PortalException.requireText(label, "installment.label");
        }

        @Override
        public String describe() {
            return label;
        }
    }

    /**
     * A deposit invoice created when the client accepted a quote.
     *
     * @param quoteNumber the accepted quote's number
     */
    record Deposit(String quoteNumber) implements CheckoutPurpose {
        /**
         * Requires the quote number.
         *
         * @param quoteNumber the accepted quote's number
         */
        public Deposit {
            quoteNumber = PortalException.requireText(quoteNumber, "quoteNumber");
        }

        @Override
        public String describe() {
            return "Deposit for quote " + quoteNumber;
        }
    }
}
