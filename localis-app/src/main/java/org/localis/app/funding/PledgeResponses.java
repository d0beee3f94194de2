package org.localis.app.funding;

import org.localis.app.drive.Drive;
import org.localis.app.drive.PaymentQrService;
import org.localis.app.drive.Pledge;
import org.localis.app.funding.DriveApiController.PledgeResponse;
import org.localis.payment.CreditorReference;
import org.springframework.stereotype.Component;

/** What the API answers about a pledge (the reference, amount, bank details, QR and status), for the controller and the direct endpoint. */
@Component
class PledgeResponses {

    private final PaymentQrService qr;

    PledgeResponses(PaymentQrService qr) {
        this.qr = qr;
    }

    PledgeResponse of(Drive d, Pledge p, PledgeStatus s) {
        long due = s.outstandingMinor();
        boolean code = qr.available(d) && due > 0; // the QR asks for the outstanding amount; none when nothing is
        return new PledgeResponse(p.reference(), CreditorReference.printed(p.reference()), p.amountMinor(), d.currency(),
                d.bank().payeeName(), d.bank().account(), d.bank().bankName(), d.bank().bic(), qr.purpose(d, p),
                code ? qr.text(d, p, due) : null, code ? "/pledges/" + p.reference() + "/qr.png" : null,
                code ? "/pledges/" + p.reference() + "/qr.svg" : null, "/pledges/" + p.reference(),
                s.state().name(), s.receivedMinor(), due, s.overpaidMinor(), s.returnedMinor());
    }
}
