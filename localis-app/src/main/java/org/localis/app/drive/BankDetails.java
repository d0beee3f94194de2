package org.localis.app.drive;

/**
 * The organizer's bank details printed on the page and in every payment QR. For RUB: a 20-digit
 * account, the bank's 9-digit BIC and correspondent account, INN and KPP. For EUR: an IBAN and BIC.
 */
public record BankDetails(String payeeName, String account, String bankName, String bic, String correspAccount,
                          String inn, String kpp) {
}
