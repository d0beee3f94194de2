package org.localis.app.drive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.localis.app.shared.FieldProblem;
import org.localis.bankdetails.FieldError;
import org.localis.bankdetails.InternationalBankDetails;
import org.localis.bankdetails.RussianBankDetails;
import org.localis.payment.Currencies;

/**
 * Checks a drive's currency and bank details before they are printed into every donor's payment QR: for
 * RUB the settlement account against the BIC with the Bank of Russia control key, the correspondent account
 * against the BIC, the INN check digits and the KPP; for EUR (and any IBAN) the IBAN's mod-97 check and the
 * BIC's format; then that the payment QR of the currency's standard can be built from them. Each problem
 * names its form field.
 */
final class BankDetailsCheck {

    private BankDetailsCheck() {
    }

    static List<FieldProblem> problems(String currency, BankDetails bank) {
        List<FieldProblem> out = new ArrayList<>();
        if (!Currencies.isSupported(currency)) {
            out.add(new FieldProblem("currency", "drive.error.currency"));
            return out;
        }
        if (bank.payeeName() == null || bank.payeeName().isBlank()) {
            out.add(new FieldProblem("payeeName", "drive.error.bank.REQUIRED"));
        }
        List<FieldError> errors = switch (currency) {
            case "RUB" -> new RussianBankDetails(bank.account(), bank.bic(), bank.correspAccount(), bank.inn(), bank.kpp())
                    .validate().stream()
                    // the payee's INN (and with it the KPP) is optional in GOST R 56042; when given, it is checked
                    .filter(e -> !(blank(bank.inn()) && "REQUIRED".equals(e.code())
                            && ("inn".equals(e.field()) || "kpp".equals(e.field()))))
                    .toList();
            case "EUR" -> new InternationalBankDetails(bank.account(), bank.bic()).validate();
            default -> other(bank);
        };
        Set<String> named = new LinkedHashSet<>();
        for (FieldError e : errors) {
            String field = formField(e.field());
            named.add(field);
            out.add(new FieldProblem(field, "drive.error.bank." + e.code()));
        }
        if (errors.isEmpty() && out.isEmpty() && Currencies.paymentQrStandard(currency).isPresent()) {
            // what the QR standard itself requires (lengths, characters) beyond the bank details' own rules
            for (String p : PaymentQrService.problems(currency, bank)) {
                int colon = p.indexOf(':');
                String field = colon > 0 ? p.substring(0, colon).strip() : "bank";
                if (named.add(field)) {
                    out.add(new FieldProblem(field, p));
                }
            }
        }
        return out;
    }

    /** A currency without a payment-QR standard: an IBAN if it looks like one, otherwise a plain account number. */
    private static List<FieldError> other(BankDetails bank) {
        List<FieldError> out = new ArrayList<>();
        String account = bank.account() == null ? "" : bank.account().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (account.isEmpty()) {
            out.add(new FieldError("account", "REQUIRED", "the account is required"));
        } else if (account.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            InternationalBankDetails.checkIban(account).ifPresent(out::add);
        } else if (!account.matches("[A-Z0-9]{5,34}")) {
            out.add(new FieldError("account", "FORMAT", "an account number is 5 to 34 letters and digits"));
        }
        if (bank.bic() != null && !bank.bic().isBlank()) {
            InternationalBankDetails.checkBic(bank.bic()).ifPresent(out::add);
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String formField(String engineField) {
        return switch (engineField) {
            case "correspondentAccount" -> "correspAccount";
            case "iban" -> "account";
            default -> engineField;
        };
    }
}
