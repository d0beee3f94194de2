package org.localis.app.shared;

import java.math.BigDecimal;

/**
 * Limits on what people type, declared once: the form and request records use these constants in their Bean
 * Validation annotations ({@code @Size(max = Limits.FLEET_ID)}, {@code @DecimalMax(Limits.MAX_AMOUNT_TEXT)}),
 * and each text limit is the length of the database column the value is stored in (Flyway migrations).
 * {@code FormLimitsTest} posts, for every form and JSON endpoint, the value at each limit and one beyond.
 */
public final class Limits {

    private Limits() {
    }

    /** The largest price, net cost or budget accepted (the database keeps 18 digits with 2 decimals): ten trillion. */
    public static final String MAX_AMOUNT_TEXT = "10000000000000";
    public static final BigDecimal MAX_AMOUNT = new BigDecimal(MAX_AMOUNT_TEXT);
    /** Digits of an amount: 14 before the decimal point, 2 after. */
    public static final int AMOUNT_INTEGER_DIGITS = 14;
    public static final int AMOUNT_FRACTION_DIGITS = 2;

    /** Assessment and planning dates: from 1990 to 2100. */
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    /** Whole numbers people type (volumes, jobs, tires, quantities): at most a billion, far inside INTEGER. */
    public static final long MAX_COUNT = 1_000_000_000L;
    /** A scheme period (a year, or a period number). */
    public static final long MAX_PERIOD = LAST_YEAR;
    /** A percentage. */
    public static final long MAX_PERCENT = 100;
    /** Lines of a drive's target table a pledge can name. */
    public static final long MAX_TARGET_LINE = 10_000;
    /** Tires in one pledge. */
    public static final long MAX_TIRES = 100_000;

    // --- texts, each the length of its column ---
    /** app_user.username */
    public static final int USERNAME = 100;
    /** app_user.display_name */
    public static final int DISPLAY_NAME = 200;
    /** app_user.email, pledge.donor_email */
    public static final int EMAIL = 200;
    /** A password: bcrypt reads 72 bytes, and {@code AccountService} refuses more bytes; 128 characters at most. */
    public static final int PASSWORD = 128;
    /** organization.name */
    public static final int ORGANIZATION_NAME = 200;
    /** api_token.name */
    public static final int TOKEN_NAME = 100;
    /** An enum's name sent by a form (role, kind, decision, season, status…). */
    public static final int CODE = 40;
    /** vehicle.fleet_number; the fleet file readers (engine) apply the same limits, declared on {@code Vehicle}. */
    public static final int FLEET_ID = org.localis.fleet.Vehicle.MAX_ID_LENGTH;
    /** vehicle.make_model */
    public static final int MAKE_MODEL = org.localis.fleet.Vehicle.MAX_MAKE_MODEL_LENGTH;
    /** vehicle.region */
    public static final int REGION = org.localis.fleet.Vehicle.MAX_REGION_LENGTH;
    /** drive.slug */
    public static final int DRIVE_SLUG = 60;
    /** drive.title, support_program.title */
    public static final int TITLE = 200;
    /** drive.story */
    public static final int DRIVE_STORY = 4000;
    /** drive_update.body */
    public static final int DRIVE_UPDATE = 2000;
    /** ISO 4217 currency code */
    public static final int CURRENCY = 3;
    /** A date typed as text (yyyy-mm-dd). */
    public static final int DATE_TEXT = 10;
    /** An amount or a count typed as text (parsed by the service, which checks its range). */
    public static final int NUMBER_TEXT = 20;
    /** drive.payee_name */
    public static final int PAYEE_NAME = 160;
    /** drive.payee_account (IBAN length) */
    public static final int ACCOUNT = 34;
    /** drive.bank_name */
    public static final int BANK_NAME = 140;
    /** drive.bank_bic */
    public static final int BIC = 11;
    /** drive.corresp_account */
    public static final int CORRESP_ACCOUNT = 20;
    /** drive.payee_inn */
    public static final int INN = 12;
    /** drive.payee_kpp */
    public static final int KPP = 9;
    /** pledge.donor_name */
    public static final int DONOR_NAME = 80;
    /** supplier_offer.supplier, supplier_offer.brand_model */
    public static final int SUPPLIER = 200;
    /** supplier_offer.designation, drive_target.designation */
    public static final int DESIGNATION = 120;
    /** certificate.number, supplier_offer.certificate_number, bank_entry.found_reference */
    public static final int CERTIFICATE_NUMBER = 40;
    /** supplier_invoice.invoice_no */
    public static final int INVOICE_NO = 60;
    /** delivery_discrepancy.reason */
    public static final int REASON = 500;
    /** shipment.discrepancy, certificate.revoke_reason */
    public static final int NOTE = 1000;
    /** product.name */
    public static final int PRODUCT_NAME = 200;
    /** assessment_run.product_name */
    public static final int RUN_PRODUCT_NAME = 300;
    /** scheme ids (assessment_run.scheme_id, support_program.scheme_id), with an {@code @version} */
    public static final int SCHEME = 100;
    /** support_program.minimum_tier */
    public static final int TIER = 100;
    /** evidence_document.description */
    public static final int DESCRIPTION = 500;
    /** submission.reviewer_comment */
    public static final int COMMENT = 2000;
}
