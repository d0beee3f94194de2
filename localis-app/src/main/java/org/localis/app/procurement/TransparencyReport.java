package org.localis.app.procurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.localis.app.drive.Drive;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.procurement.DeliveryRepository.Allocation;
import org.localis.app.procurement.ProcurementRepository.Order;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.TrialBalance;
import org.springframework.stereotype.Service;

/**
 * The public account of a drive: money in (reconciled only), money out (each purchase with supplier and
 * whether it is a certified domestic product), fees, refunds, balance; tires bought, in stock and
 * delivered per size and per service category; the fleets served. No donor is named.
 */
@Service
public class TransparencyReport {

    /** One purchase as the public sees it. */
    public record Purchase(long orderId, String supplier, String product, String designation, String season, int quantity,
                           long unitPriceMinor, long valueMinor, long invoicedMinor, boolean domestic,
                           String certificateNumber) {
    }

    /** Tires of one size and season. */
    public record Tires(String designation, String season, int bought, int inStock, int allocated, int delivered) {
    }

    /** The whole report. */
    public record Report(Drive drive, long moneyInMinor, long refundsMinor, long purchasesMinor, long feesMinor,
                         long payablesMinor, long bankMinor, long availableMinor, List<Purchase> purchases,
                         long domesticValueMinor, int domesticTires, int tiresBought, List<Tires> tires,
                         Map<String, Integer> deliveredByCategory, List<String> fleetsServed, boolean ledgerBalanced) {
        public int domesticSharePercentByValue() {
            long total = purchases.stream().mapToLong(Purchase::valueMinor).sum();
            return total == 0 ? 0 : (int) (domesticValueMinor * 100 / total);
        }

        public int domesticSharePercentByCount() {
            return tiresBought == 0 ? 0 : domesticTires * 100 / tiresBought;
        }
    }

    private final ProcurementRepository procurement;
    private final DeliveryRepository delivery;
    private final DeliveryService deliveries;
    private final LedgerRepository ledger;

    public TransparencyReport(ProcurementRepository procurement, DeliveryRepository delivery, DeliveryService deliveries,
                              LedgerRepository ledger) {
        this.procurement = procurement;
        this.delivery = delivery;
        this.deliveries = deliveries;
        this.ledger = ledger;
    }

    public Report of(Drive d) {
        TrialBalance tb = ledger.trialBalance(d.id());
        List<Purchase> purchases = new ArrayList<>();
        long domesticValue = 0;
        int domesticTires = 0;
        int bought = 0;
        for (Order o : procurement.orders(d.id())) {
            purchases.add(new Purchase(o.id(), o.supplier(), o.brandModel(), o.designation(), o.season(), o.quantity(),
                    o.unitPriceMinor(), o.valueMinor(), o.invoicedMinor(), o.domestic(), o.certificateNumber()));
            bought += o.quantity();
            if (o.domestic()) {
                domesticValue += o.valueMinor();
                domesticTires += o.quantity();
            }
        }
        List<Tires> tires = new ArrayList<>();
        for (Map.Entry<String, int[]> e : deliveries.tireCounts(d.id()).entrySet()) {
            String[] k = e.getKey().split("\\|");
            int[] c = e.getValue();
            tires.add(new Tires(k[0], k[1], c[0], c[1], c[2], c[3]));
        }
        Map<String, Integer> byCategory = new TreeMap<>();
        TreeSet<String> fleets = new TreeSet<>();
        Map<Long, String> status = new java.util.HashMap<>();
        for (DeliveryRepository.Shipment s : delivery.shipments(d.id())) {
            status.put(s.id(), s.status());
            if ("RECEIVED".equals(s.status())) {
                fleets.add(s.organizationName());
            }
        }
        for (Allocation a : delivery.allocations(d.id())) {
            if (a.shipmentId() != null && "RECEIVED".equals(status.get(a.shipmentId()))) {
                byCategory.merge(a.category(), a.quantity(), Integer::sum);
            }
        }
        return new Report(d, LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND)), tb.balance(LedgerAccount.REFUNDS),
                tb.balance(LedgerAccount.PURCHASES), tb.balance(LedgerAccount.FEES),
                LedgerAccount.PAYABLES.natural(tb.balance(LedgerAccount.PAYABLES)), tb.balance(LedgerAccount.BANK),
                tb.available(), purchases, domesticValue, domesticTires, bought, tires, byCategory, List.copyOf(fleets),
                tb.balanced());
    }
}
