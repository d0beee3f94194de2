/**
 * Checks of bank details before they are printed into payment QR codes: Russian settlement and
 * correspondent accounts against their BIC with the Bank of Russia control key, INN checksums and KPP
 * format ({@link org.localis.bankdetails.RussianBankDetails}); IBAN and SWIFT BIC
 * ({@link org.localis.bankdetails.InternationalBankDetails}). Each problem is a
 * {@link org.localis.bankdetails.FieldError} naming the field. Plain Java, no I/O.
 */
package org.localis.bankdetails;
