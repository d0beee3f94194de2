package org.localis.app.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.localis.app.drive.Drive;
import org.localis.app.procurement.DeliveryRepository;
import org.localis.app.procurement.DeliveryRepository.Allocation;
import org.localis.app.procurement.DeliveryRepository.AllocationState;
import org.springframework.stereotype.Service;

/**
 * The public account of a drive: the figures of {@link DriveFigures} as named lines (the same lines, in the
 * same order, in the HTML page, the CSV and the PDF), a one-line reconciliation, every purchase with its
 * supplier, origin, certificate and tier, quantity, unit price and invoices; tires per size; delivery
 * discrepancies and how they were resolved; tires delivered per service category and the fleets served.
 * No donor is named.
 */
@Service
public class TransparencyReport {

    /** One figure of the report: a stable key (the CSV's), its message key, an English label (the PDF's), the value. */
    public record Line(String key, String messageKey, String label, boolean money, long value) {
    }

    /** The whole report. */
    public record Report(Drive drive, DriveFigures figures, List<Line> lines, Map<String, Integer> deliveredByCategory,
                         List<String> fleetsServed) {

        /** Received on the account: donations received plus money awaiting review (the reconciliation's left side). */
        public long onAccountMinor() {
            DriveFigures.Money m = figures.money();
            return m.receivedMinor() + m.awaitingReviewMinor();
        }

        public Line line(String key) {
            return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
        }
    }

    private final DriveFiguresService figures;
    private final DeliveryRepository delivery;

    public TransparencyReport(DriveFiguresService figures, DeliveryRepository delivery) {
        this.figures = figures;
        this.delivery = delivery;
    }

    public Report of(Drive d) {
        DriveFigures f = figures.of(d);
        DriveFigures.Money m = f.money();
        DriveFigures.Tires t = f.tires();
        List<Line> lines = new ArrayList<>(List.of(
                new Line("received", "figures.received", "Donations received", true, m.receivedMinor()),
                new Line("refunded", "figures.refunded", "Refunded to donors", true, m.refundedMinor()),
                new Line("fees", "figures.fees", "Bank fees", true, m.feesMinor()),
                new Line("awaiting-review", "figures.awaitingReview", "Awaiting review", true, m.awaitingReviewMinor()),
                new Line("spent", "figures.spent", "Spent (invoiced)", true, m.spentMinor()),
                new Line("paid-to-suppliers", "figures.paidToSuppliers", "Paid to suppliers", true, m.paidToSuppliersMinor()),
                new Line("owed-to-suppliers", "figures.owedToSuppliers", "Owed to suppliers", true, m.owedToSuppliersMinor()),
                new Line("committed", "figures.committed", "Committed to orders", true, m.committedMinor()),
                new Line("available", "figures.available", "Available to spend", true, m.availableMinor()),
                new Line("bank", "figures.bank", "Bank balance", true, m.bankMinor()),
                new Line("pledged-outstanding", "figures.pledgedOutstanding", "Pledged, not yet received", true,
                        m.pledgedOutstandingMinor()),
                new Line("tires-funded", "figures.tiresFunded", "Tires funded", false, t.funded()),
                new Line("tires-ordered", "figures.tiresOrdered", "Tires ordered", false, t.ordered()),
                new Line("tires-received", "figures.tiresReceived", "Tires received", false, t.received()),
                new Line("tires-in-stock", "figures.tiresInStock", "Tires in stock", false, t.inStock()),
                new Line("tires-allocated", "figures.tiresAllocated", "Tires allocated", false, t.allocated()),
                new Line("tires-shipped", "figures.tiresShipped", "Tires shipped", false, t.shipped()),
                new Line("tires-in-transit", "figures.tiresInTransit", "Tires in transit", false, t.inTransit()),
                new Line("tires-missing", "figures.tiresMissing", "Tires missing", false, t.missing()),
                new Line("tires-written-off", "figures.tiresWrittenOff", "Tires written off", false, t.writtenOff()),
                new Line("tires-delivered", "figures.tiresDelivered", "Tires delivered", false, t.delivered())));
        Map<String, Integer> byCategory = new TreeMap<>();
        TreeSet<String> fleets = new TreeSet<>();
        for (Allocation a : delivery.allocations(d.id())) {
            if (a.state() == AllocationState.FITTED) {
                byCategory.merge(a.category(), a.quantity(), Integer::sum);
                fleets.add(a.organizationName());
            }
        }
        return new Report(d, f, List.copyOf(lines), byCategory, List.copyOf(fleets));
    }
}
