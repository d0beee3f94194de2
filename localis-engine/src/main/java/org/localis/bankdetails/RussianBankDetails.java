package org.localis.bankdetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Russian bank details as printed on a payment order and in a ГОСТ Р 56042 (ST00012) QR code, with the
 * checks that catch a mistyped digit.
 *
 * <p><b>Control key</b> (Bank of Russia, Положение № 579-П): a 20-digit account is checked together with
 * three digits taken from the BIC. The 23 digits are multiplied by the weights 7, 1, 3, 7, 1, 3, …; the
 * account is right when the sum of the products is a multiple of 10 (the ninth digit of the account is
 * the key that makes it so). The three digits are
 * <ul>
 * <li>for an account at a credit institution: the last three digits of the BIC ({@link KeyVariant#CREDIT_INSTITUTION});</li>
 * <li>for an account at a Bank of Russia cash settlement centre (РКЦ) and for every correspondent account:
 *     {@code 0} followed by digits 5 and 6 of the BIC ({@link KeyVariant#CASH_SETTLEMENT_CENTRE}).</li>
 * </ul>
 * A BIC whose last three digits are {@code 000}, {@code 001} or {@code 002} belongs to a Bank of Russia
 * division, so its settlement accounts use the cash-settlement-centre variant.
 *
 * <p><b>Correspondent account</b>: 20 digits, starting {@code 30101}, ending with the BIC's last three
 * digits, and right by the cash-settlement-centre key.
 *
 * <p><b>INN</b>: 10 digits (organisation; one check digit) or 12 digits (person or sole proprietor; two
 * check digits), each check digit the weighted sum mod 11 mod 10. <b>KPP</b>: 9 characters, 4 digits
 * (tax office), 2 digits or capital Latin letters (reason), 3 digits.
 *
 * @param account              settlement account (р/с), 20 digits
 * @param bic                  БИК, 9 digits starting {@code 04}
 * @param correspondentAccount correspondent account (к/с), 20 digits, or null/blank when the bank has none
 *                             (a Bank of Russia division)
 * @param inn                  ИНН of the payee, 10 or 12 digits
 * @param kpp                  КПП, or null/blank for a person or sole proprietor (required with a 10-digit INN)
 */
public record RussianBankDetails(String account, String bic, String correspondentAccount, String inn, String kpp) {

    /** Which three digits precede the account in the control-key sum. */
    public enum KeyVariant {
        /** The last three digits of the BIC: accounts at a credit institution. */
        CREDIT_INSTITUTION,
        /** {@code 0} and digits 5-6 of the BIC: correspondent accounts and accounts at a cash settlement centre. */
        CASH_SETTLEMENT_CENTRE
    }

    private static final int[] KEY_WEIGHTS = {7, 1, 3};
    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_FIRST = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_SECOND = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    /** Every problem of these details, in field order; empty when they are right. */
    public List<FieldError> validate() {
        List<FieldError> out = new ArrayList<>();
        Optional<FieldError> bicError = checkBic(bic);
        bicError.ifPresent(out::add);
        if (bicError.isEmpty()) {
            checkSettlementAccount(account, bic).ifPresent(out::add);
            if (!blank(correspondentAccount)) {
                checkCorrespondentAccount(correspondentAccount, bic).ifPresent(out::add);
            } else if (!isBankOfRussiaDivision(bic)) {
                out.add(new FieldError("correspondentAccount", "REQUIRED", "the correspondent account (к/с) of BIC " + bic
                        + " is required: only a Bank of Russia division (BIC ending 000, 001 or 002) has none"));
            }
        } else {
            digits(account, 20, "account", "settlement account (р/с)").ifPresent(out::add);
        }
        checkInn(inn).ifPresent(out::add);
        if (!blank(kpp)) {
            checkKpp(kpp).ifPresent(out::add);
        } else if (inn != null && inn.strip().length() == 10) {
            out.add(new FieldError("kpp", "REQUIRED", "the KPP is required for an organisation (10-digit INN)"));
        }
        return out;
    }

    /** A BIC: 9 digits, the first two {@code 04} (Russia). */
    public static Optional<FieldError> checkBic(String bic) {
        Optional<FieldError> form = digits(bic, 9, "bic", "BIC (БИК)");
        if (form.isPresent()) {
            return form;
        }
        if (!bic.startsWith("04")) {
            return Optional.of(new FieldError("bic", "FORMAT", "'" + bic + "' is not a Russian BIC (БИК): it must start with 04"));
        }
        return Optional.empty();
    }

    /** A settlement account against its BIC, with the variant the BIC calls for. */
    public static Optional<FieldError> checkSettlementAccount(String account, String bic) {
        Optional<FieldError> form = digits(account, 20, "account", "settlement account (р/с)");
        if (form.isPresent()) {
            return form;
        }
        KeyVariant variant = isBankOfRussiaDivision(bic) ? KeyVariant.CASH_SETTLEMENT_CENTRE : KeyVariant.CREDIT_INSTITUTION;
        if (!controlKeyValid(account, bic, variant)) {
            return Optional.of(new FieldError("account", "CONTROL_KEY", "the settlement account " + account
                    + " does not match BIC " + bic + " (the Bank of Russia control key fails): a digit of the account or"
                    + " the BIC is wrong"));
        }
        return Optional.empty();
    }

    /** A correspondent account: 30101…, ending with the BIC's last three digits, right by the key. */
    public static Optional<FieldError> checkCorrespondentAccount(String correspondentAccount, String bic) {
        Optional<FieldError> form = digits(correspondentAccount, 20, "correspondentAccount", "correspondent account (к/с)");
        if (form.isPresent()) {
            return form;
        }
        if (!correspondentAccount.startsWith("30101")) {
            return Optional.of(new FieldError("correspondentAccount", "FORMAT", "the correspondent account "
                    + correspondentAccount + " must start with 30101"));
        }
        if (!correspondentAccount.endsWith(bic.substring(6))) {
            return Optional.of(new FieldError("correspondentAccount", "MISMATCH", "the correspondent account "
                    + correspondentAccount + " must end with " + bic.substring(6) + ", the last three digits of BIC " + bic));
        }
        if (!controlKeyValid(correspondentAccount, bic, KeyVariant.CASH_SETTLEMENT_CENTRE)) {
            return Optional.of(new FieldError("correspondentAccount", "CONTROL_KEY", "the correspondent account "
                    + correspondentAccount + " does not match BIC " + bic + " (the Bank of Russia control key fails)"));
        }
        return Optional.empty();
    }

    /** An INN: 10 or 12 digits with right check digits. */
    public static Optional<FieldError> checkInn(String inn) {
        if (blank(inn)) {
            return Optional.of(new FieldError("inn", "REQUIRED", "the INN (ИНН) is required"));
        }
        String s = inn.strip();
        if (!allDigits(s) || (s.length() != 10 && s.length() != 12)) {
            return Optional.of(new FieldError("inn", "FORMAT", "'" + inn + "' is not an INN (ИНН): 10 digits for an"
                    + " organisation, 12 for a person or sole proprietor"));
        }
        if (!innValid(s)) {
            return Optional.of(new FieldError("inn", "CHECKSUM", "the INN " + s + " has a wrong check digit: a digit is"
                    + " mistyped"));
        }
        return Optional.empty();
    }

    /** A KPP: 4 digits, 2 digits or capital Latin letters, 3 digits. */
    public static Optional<FieldError> checkKpp(String kpp) {
        if (blank(kpp)) {
            return Optional.of(new FieldError("kpp", "REQUIRED", "the KPP (КПП) is required"));
        }
        if (!kpp.strip().matches("\\d{4}[0-9A-Z]{2}\\d{3}")) {
            return Optional.of(new FieldError("kpp", "FORMAT", "'" + kpp + "' is not a KPP (КПП): 9 characters, 4 digits,"
                    + " 2 digits or capital Latin letters, 3 digits (e.g. 773601001)"));
        }
        return Optional.empty();
    }

    /** Whether a BIC belongs to a Bank of Russia division (last three digits 000, 001 or 002). */
    public static boolean isBankOfRussiaDivision(String bic) {
        String last = bic.substring(bic.length() - 3);
        return last.equals("000") || last.equals("001") || last.equals("002");
    }

    /**
     * The Bank of Russia control key of a 20-digit account with a 9-digit BIC in the given variant.
     *
     * @throws IllegalArgumentException when the account is not 20 digits or the BIC not 9
     */
    public static boolean controlKeyValid(String account, String bic, KeyVariant variant) {
        return keySum(keyDigits(account, bic, variant)) % 10 == 0;
    }

    /**
     * The account with its ninth digit (the key) set so that the control key holds: for generating right
     * accounts in tests and demo data.
     */
    public static String withControlKey(String account, String bic, KeyVariant variant) {
        String zeroed = account.substring(0, 8) + "0" + account.substring(9);
        int sum = keySum(keyDigits(zeroed, bic, variant));
        // the key sits at position 3 + 8 = 11 of the 23 digits, whose weight is 3
        int key = ((10 - sum % 10) % 10) * 7 % 10; // 3 * 7 = 21 ≡ 1 (mod 10), so 7 is the inverse of 3
        return account.substring(0, 8) + key + account.substring(9);
    }

    private static String keyDigits(String account, String bic, KeyVariant variant) {
        if (account == null || account.length() != 20 || !allDigits(account)) {
            throw new IllegalArgumentException("the account must be 20 digits: " + account);
        }
        if (bic == null || bic.length() != 9 || !allDigits(bic)) {
            throw new IllegalArgumentException("the BIC must be 9 digits: " + bic);
        }
        String prefix = variant == KeyVariant.CREDIT_INSTITUTION ? bic.substring(6) : "0" + bic.substring(4, 6);
        return prefix + account;
    }

    private static int keySum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * KEY_WEIGHTS[i % 3];
        }
        return sum;
    }

    /** Whether a 10- or 12-digit INN has right check digits. */
    public static boolean innValid(String inn) {
        if (inn == null || !allDigits(inn)) {
            return false;
        }
        if (inn.length() == 10) {
            return checkDigit(inn, INN10) == inn.charAt(9) - '0';
        }
        if (inn.length() == 12) {
            return checkDigit(inn, INN12_FIRST) == inn.charAt(10) - '0' && checkDigit(inn, INN12_SECOND) == inn.charAt(11) - '0';
        }
        return false;
    }

    /** The check digit for the digits before it: the weighted sum mod 11 mod 10. */
    static int checkDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }

    private static Optional<FieldError> digits(String value, int length, String field, String name) {
        if (blank(value)) {
            return Optional.of(new FieldError(field, "REQUIRED", "the " + name + " is required"));
        }
        if (value.length() != length || !allDigits(value)) {
            return Optional.of(new FieldError(field, "FORMAT", "'" + value + "' is not a " + name + ": " + length
                    + " digits, no spaces"));
        }
        return Optional.empty();
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
