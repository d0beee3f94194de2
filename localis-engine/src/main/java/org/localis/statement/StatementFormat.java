package org.localis.statement;

/** The bank statement formats Localis reads. */
public enum StatementFormat {
    /** ISO 20022 BankToCustomerStatement, XML, namespaces {@code camt.053.001.02} to {@code .13}. */
    CAMT_053,
    /** The 1C "Клиент-банк" text exchange format ({@code 1CClientBankExchange}, versions 1.02/1.03). */
    CLIENT_BANK_EXCHANGE
}
