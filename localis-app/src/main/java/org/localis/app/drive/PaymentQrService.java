package org.localis.app.drive;

import java.util.List;
import java.util.Map;




import org.localis.payment.CreditorReference;
import org.localis.payment.EpcPaymentPayload;
import org.localis.payment.GostPaymentPayload;
import org.localis.payment.QrCode;
import org.springframework.stereotype.Service;

/**
 * The payment QR of a pledge: GOST R 56042-2014 {@code ST00012} for roubles (sum in kopecks, the
 * reference in {@code Purpose}, {@code TechCode=14} for charities) and EPC069-12 for euro (the
 * reference as structured ISO 11649 remittance). Rendered without an ECI segment so the exact bytes
 * reach the bank's app.
 */
@Service
public class PaymentQrService {

    /** PNG module size in pixels and quiet zone in modules. */
    private static final int MODULE_PX = 6;
    private static final int QUIET_ZONE = 4;

    /** The payment purpose a donor's bank shows; carries the reference so the statement can be matched. */
    public String purpose(Drive drive, Pledge pledge) {
        String ref = CreditorReference.printed(pledge.reference());
        return "RUB".equals(drive.currency())
                ? "Пожертвование, сбор " + drive.slug() + ", " + ref + ". НДС не облагается"
                : "Donation " + drive.slug() + " " + ref;
    }

    /** Whether a payment-QR standard exists for the drive's currency (ST00012 for RUB, EPC069-12 for EUR). */
    public boolean available(Drive drive) {
        return org.localis.payment.Currencies.paymentQrStandard(drive.currency()).isPresent();
    }

    public byte[] payload(Drive drive, Pledge pledge) {
        return payload(drive, pledge, pledge.amountMinor());
    }

    /** The payload asking for {@code amountMinor} (a partly paid pledge's code asks for what is still outstanding). */
    public byte[] payload(Drive drive, Pledge pledge, long amountMinor) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("a payment QR needs a positive amount");
        }
        return switch (drive.currency()) {
            case "RUB" -> gost(drive.bank(), amountMinor, purpose(drive, pledge)).bytes();
            case "EUR" -> epc(drive.bank(), amountMinor, pledge.reference()).bytes();
            default -> throw new IllegalStateException("no payment QR standard for " + drive.currency());
        };
    }

    public String text(Drive drive, Pledge pledge) {
        return text(drive, pledge, pledge.amountMinor());
    }

    public String text(Drive drive, Pledge pledge, long amountMinor) {
        return new String(payload(drive, pledge, amountMinor), java.nio.charset.StandardCharsets.UTF_8);
    }

    public byte[] png(Drive drive, Pledge pledge) {
        return png(drive, pledge, pledge.amountMinor());
    }

    public byte[] png(Drive drive, Pledge pledge, long amountMinor) {
        return code(drive, pledge, amountMinor).png(MODULE_PX, QUIET_ZONE);
    }

    public String svg(Drive drive, Pledge pledge) {
        return svg(drive, pledge, pledge.amountMinor());
    }

    public String svg(Drive drive, Pledge pledge, long amountMinor) {
        return code(drive, pledge, amountMinor).svg(QUIET_ZONE);
    }

    private QrCode code(Drive drive, Pledge pledge, long amountMinor) {
        byte[] bytes = payload(drive, pledge, amountMinor);
        return "EUR".equals(drive.currency()) ? QrCode.encode(bytes, EpcPaymentPayload.MAX_QR_VERSION) : QrCode.encode(bytes);
    }

    /**
     * Problems with a drive's bank details, checked by building the QR payload the drive will print
     * (so a drive that is accepted can always produce its codes). Each problem names its field.
     */
    public static List<String> problems(String currency, BankDetails bank) {
        return switch (currency) {
            case "RUB" -> gost(bank, 100L, "Пожертвование, сбор x, RF00 0000 0000 0000. НДС не облагается").problems();
            case "EUR" -> {
                yield epc(bank, 100L, CreditorReference.create("000000000000")).problems();
            }
            default -> List.of("currency: only RUB (GOST R 56042 QR) and EUR (EPC069-12 QR) are supported");
        };
    }

    private static EpcPaymentPayload epc(BankDetails b, long cents, String reference) {
        String bic = b.bic() == null || b.bic().isBlank() ? null : b.bic();
        return new EpcPaymentPayload(bic, b.payeeName(), b.account(), cents, EpcPaymentPayload.PURPOSE_CHARITY, reference,
                null, null);
    }

    private static GostPaymentPayload gost(BankDetails b, long kopecks, String purpose) {
        return new GostPaymentPayload(b.payeeName(), b.account(), b.bankName(), b.bic(), b.correspAccount(), b.inn(), b.kpp(),
                kopecks, purpose, GostPaymentPayload.TECH_CODE_CHARITY, Map.of());
    }
}
