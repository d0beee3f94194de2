package org.localis.app.funding;

import java.time.LocalDate;
import java.util.List;

import org.localis.app.bank.BankEntry;
import org.localis.app.drive.Pledge;

/**
 * What a donor sees by reference: awaiting payment, or what arrived and when. Computed from the bank
 * entries linked to the pledge, never from the pledge itself.
 */
public record PledgeStatus(State state, long pledgedMinor, long receivedMinor, LocalDate lastReceived,
                           List<Payment> payments) {

    /** Where a pledge stands. */
    public enum State { AWAITING, PARTIAL, RECEIVED, OVERPAID, REFUNDED }

    /** One bank movement for the pledge: positive for money in, negative for money returned. */
    public record Payment(LocalDate date, long amountMinor) {
    }

    public static PledgeStatus of(Pledge pledge, List<BankEntry> entries) {
        long received = 0;
        boolean anyIn = false;
        LocalDate last = null;
        List<Payment> payments = new java.util.ArrayList<>();
        for (BankEntry e : entries) {
            received += e.signedMinor();
            anyIn |= e.credit();
            if (e.credit() && (last == null || e.bookingDate().isAfter(last))) {
                last = e.bookingDate();
            }
            payments.add(new Payment(e.bookingDate(), e.signedMinor()));
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
