package org.localis.app.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.localis.app.bank.BankEntryRepository;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.Target;
import org.localis.app.ledger.LedgerRepository;
import org.localis.app.procurement.DeliveryRepository;
import org.localis.app.procurement.DeliveryRepository.Allocation;
import org.localis.app.procurement.DeliveryRepository.AllocationState;
import org.localis.app.procurement.DomesticStatusResolver;
import org.localis.app.procurement.ProcurementRepository;
import org.localis.app.procurement.ProcurementRepository.Order;
import org.localis.drive.FundingProgress;
import org.localis.drive.TargetLine;
import org.localis.ledger.LedgerAccount;
import org.localis.ledger.TrialBalance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes {@link DriveFigures}, the one read model behind every figure of a drive, from the stored ledger,
 * the purchase orders and invoices, the stock receipts, the allocations and the shipments. Runs in one
 * read-only transaction so the figures of one call describe one moment.
 */
@Service
public class DriveFiguresService {

    /** What the drive's money funds per target line (for the progress bar and the public table). */
    public record Funding(long goalMinor, long surplusMinor, int tiresTarget, int tiresFunded,
                          List<DriveProgressService.LineProgress> lines) {
    }

    private final DriveRepository drives;
    private final BankEntryRepository entries;
    private final LedgerRepository ledger;
    private final ProcurementRepository procurement;
    private final DeliveryRepository delivery;
    private final DomesticStatusResolver domestic;

    public DriveFiguresService(DriveRepository drives, BankEntryRepository entries, LedgerRepository ledger,
                               ProcurementRepository procurement, DeliveryRepository delivery, DomesticStatusResolver domestic) {
        this.drives = drives;
        this.entries = entries;
        this.ledger = ledger;
        this.procurement = procurement;
        this.delivery = delivery;
        this.domestic = domestic;
    }

    @Transactional(readOnly = true)
    public DriveFigures of(Drive drive) {
        long id = drive.id();
        TrialBalance tb = ledger.trialBalance(id);
        Funding funding = funding(drive, tb);

        long outstanding = 0;
        int pledgesOutstanding = 0;
        long overpaid = 0;
        for (BankEntryRepository.PledgeBalance p : entries.pledgeBalances(id)) {
            long o = PledgeStatus.outstanding(p.pledgedMinor(), p.netReceivedMinor(), p.anyPaymentIn());
            outstanding += o;
            pledgesOutstanding += o > 0 ? 1 : 0;
            overpaid += Math.max(0, p.netReceivedMinor() - p.pledgedMinor());
        }

        List<Order> orders = procurement.orders(id);
        Map<Long, List<String>> invoices = procurement.invoiceNumbers(id);
        Map<Long, Integer> receipts = procurement.receiptsPerOrder(id);
        LocalDate today = LocalDate.now();
        List<DriveFigures.Purchase> purchases = new ArrayList<>();
        long committed = 0;
        int ordered = 0;
        int received = 0;
        Map<String, int[]> lines = new LinkedHashMap<>();
        Map<Long, String> lineOfOrder = new HashMap<>();
        for (Order o : orders) {
            String tier = domestic.resolve(o.certificateNumber(), today).map(DomesticStatusResolver.Status::tier).orElse(null);
            DriveFigures.Purchase p = new DriveFigures.Purchase(o.id(), o.supplier(), o.brandModel(), o.designation(), o.season(),
                    o.quantity(), o.unitPriceMinor(), o.valueMinor(), o.invoicedMinor(), o.domestic(), o.certificateNumber(),
                    tier, invoices.getOrDefault(o.id(), List.of()));
            purchases.add(p);
            committed += p.committedMinor();
            int in = receipts.getOrDefault(o.id(), 0);
            ordered += o.quantity();
            received += in;
            String key = o.designation() + "|" + o.season();
            lineOfOrder.put(o.id(), key);
            int[] c = lines.computeIfAbsent(key, k -> new int[5]);
            c[0] += o.quantity();
            c[1] += in;
        }

        int allocated = 0;
        int shipped = 0;
        int delivered = 0;
        int inTransit = 0;
        int missing = 0;
        int writtenOff = 0;
        for (Allocation a : delivery.allocations(id)) {
            AllocationState st = a.state();
            int q = a.quantity();
            allocated += q;
            int[] c = lines.computeIfAbsent(lineOfOrder.getOrDefault(a.orderId(), a.designation() + "|" + a.season()),
                    k -> new int[5]);
            c[2] += q;
            if (st.leftStock()) {
                shipped += q;
                c[3] += q;
            }
            switch (st) {
                case FITTED -> {
                    delivered += q;
                    c[4] += q;
                }
                case SHIPPED -> inTransit += q;
                case MISSING -> {
                    inTransit += q;
                    missing += q;
                }
                case WRITTEN_OFF -> writtenOff += q;
                default -> {
                }
            }
        }
        List<DriveFigures.TireLine> tireLines = new ArrayList<>();
        for (Map.Entry<String, int[]> e : lines.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int[] c = e.getValue();
            tireLines.add(new DriveFigures.TireLine(k[0], k[1], c[0], c[1], c[2], c[3], c[4]));
        }
        List<DriveFigures.Discrepancy> discrepancies = delivery.discrepancies(id).stream()
                .map(x -> new DriveFigures.Discrepancy(x.id(), x.shipmentId(), x.organizationName(), x.fleetNumber(),
                        x.quantity(), x.status(), x.reason())).toList();

        DriveFigures.Money money = new DriveFigures.Money(LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND)),
                tb.balance(LedgerAccount.REFUNDS), tb.balance(LedgerAccount.FEES),
                LedgerAccount.SUSPENSE.natural(tb.balance(LedgerAccount.SUSPENSE)), tb.balance(LedgerAccount.PURCHASES),
                LedgerAccount.PAYABLES.natural(tb.balance(LedgerAccount.PAYABLES)), committed, tb.balance(LedgerAccount.BANK),
                outstanding, pledgesOutstanding, overpaid);
        DriveFigures.Tires tires = new DriveFigures.Tires(funding.tiresFunded(), funding.tiresTarget(), ordered, received,
                allocated, shipped, delivered, inTransit, missing, writtenOff);
        return new DriveFigures(id, drive.currency(), money, tires, purchases, tireLines, discrepancies, tb.balanced());
    }

    /** Tires funded per target line: pledged-for-a-line money first to its line, the rest spread by the engine. */
    @Transactional(readOnly = true)
    public Funding funding(Drive drive) {
        return funding(drive, ledger.trialBalance(drive.id()));
    }

    private Funding funding(Drive drive, TrialBalance tb) {
        List<Target> targets = drives.targets(drive.id());
        long raised = LedgerAccount.FUND.natural(tb.balance(LedgerAccount.FUND)) - tb.balance(LedgerAccount.REFUNDS);
        Map<Integer, String> keyOfLine = new HashMap<>();
        for (Target t : targets) {
            keyOfLine.put(t.lineNo(), t.key());
        }
        Map<String, Long> earmarked = new HashMap<>();
        long earmarkedTotal = 0;
        for (BankEntryRepository.PledgeReceipts p : entries.receivedPerPledge(drive.id())) {
            String key = keyOfLine.get(p.targetLine());
            if (key == null) {
                continue;
            }
            long e = Math.max(0, Math.min(p.receivedMinor(), p.pledgedMinor()));
            earmarked.merge(key, e, Long::sum);
            earmarkedTotal += e;
        }
        long general = Math.max(0, raised - earmarkedTotal);
        List<TargetLine> lines = targets.stream().map(t -> new TargetLine(t.key(), t.quantity(), t.unitPriceMinor())).toList();
        if (lines.isEmpty()) {
            return new Funding(0, 0, 0, 0, List.of());
        }
        FundingProgress.Result r = FundingProgress.compute(lines, earmarked, general);
        List<DriveProgressService.LineProgress> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            FundingProgress.Line l = r.lines().get(i);
            out.add(new DriveProgressService.LineProgress(t.lineNo(), t.designation(), t.season(), t.quantity(),
                    l.tiresFunded(), l.percent(), t.unitPriceMinor(), l.fundedMinor()));
        }
        return new Funding(r.goalMinor(), r.surplusMinor(), r.tiresTarget(), r.tiresFunded(), List.copyOf(out));
    }
}
