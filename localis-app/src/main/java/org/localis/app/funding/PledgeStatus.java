package org.localis.app.funding;

import java.time.LocalDate;
import java.util.List;

import org.localis.app.bank.BankEntry;
import org.localis.app.drive.Pledge;

/**
 * What a donor sees by reference: awaiting payment, or what arrived and when, what is still outstanding,
 * what was paid over the pledge and what was returned. Computed from the bank entries linked to the pledge,
 * never from the pledge itself. {@link #outstandingMinor()} is the one definition of "outstanding" that the
 * payment QR, this page and the drive's "pledged, not yet received" figure all use.
 */
public record PledgeStatus(State state, long pledgedMinor, long receivedMinor, LocalDate lastReceived,
                           List<Payment> payments) {

    /** Where a pledge stands. */
    public enum State { AWAITING, PARTIAL, RECEIVED, OVERPAID, REFUNDED }

    /** One bank movement for the pledge: positive for money in, negative for money returned. */
    public record Payment(LocalDate date, long amountMinor) {
    }

    /**
     * A pledge's outstanding amount: what was pledged less what was received against it (net of money returned),
     * never below zero; a pledge whose every payment was returned is closed (nothing outstanding).
     */
    public static long outstanding(long pledgedMinor, long netReceivedMinor, boolean anyPaymentIn) {
        if (anyPaymentIn && netReceivedMinor <= 0) {
            return 0;
        }
        return Math.max(0, pledgedMinor - netReceivedMinor);
    }

    /** Still to pay: the amount the payment QR asks for (none when zero). */
    public long outstandingMinor() {
        return outstanding(pledgedMinor, receivedMinor, state != State.AWAITING);
    }

    /** Paid over the pledge (net of returns). */
    public long overpaidMinor() {
        return Math.max(0, receivedMinor - pledgedMinor);
    }

    /** Money returned to the donor. */
    public long returnedMinor() {
        return -payments.stream().mapToLong(Payment::amountMinor).filter(a -> a < 0).sum();
    }

    public static PledgeStatus of(Pledge pledge, List<BankEntry> entries) {
        long received = 0;
        boolean anyIn = false;
        LocalDate last = null;
        List<Payment> payments = new java.util.ArrayList<>();
        for (BankEntry e : entries) {
            received += e.signedDriveMinor();
            anyIn |= e.credit();
            if (e.credit() && (last == null || e.bookingDate().isAfter(last))) {
                last = e.bookingDate();
            }
            payments.add(new Payment(e.bookingDate(), e.signedDriveMinor()));
        }
        State state;
        if (!anyIn) {
            state = State.AWAITING;
        } else if (received <= 0) {
            state = State.REFUNDED;
        } else if (received < pledge.amountMinor()) {
            state = State.PARTIAL;
        } else if (received == pledge.amountMinor()) {
            state = State.RECEIVED;
        } else {
            state = State.OVERPAID;
        }
        return new PledgeStatus(state, pledge.amountMinor(), received, last, List.copyOf(payments));
    }
}
