package org.localis.payment;

/** A published standard for a payment QR code, and the currency it carries. */
public enum PaymentQrStandard {
    /** ГОСТ Р 56042-2014 "ST00012" payment QR code of Russian banks ({@link GostPaymentPayload}); RUB only. */
    ST00012("RUB"),
    /** EPC069-12 SEPA credit transfer QR code ("GiroCode", {@link EpcPaymentPayload}); EUR only. */
    EPC069_12("EUR");

    private final String currency;

    PaymentQrStandard(String currency) {
        this.currency = currency;
    }

    /** The ISO 4217 code of the only currency the standard carries. */
    public String currency() {
        return currency;
    }
}
