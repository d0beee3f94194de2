package org.localis.app.funding;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.localis.app.shared.NotFoundException;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveStatus;
import org.localis.app.drive.DriveRepository;
import org.localis.app.shared.Money;
import org.localis.app.funding.TransparencyReport.Line;
import org.localis.app.funding.TransparencyReport.Report;
import org.localis.app.procurement.ReadinessService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public transparency report of a drive as a page, CSV and PDF, and fleet readiness over time. */
@Controller
public class ReportController {

    private final DriveRepository drives;
    private final TransparencyReport reports;
    private final ReadinessService readiness;

    public ReportController(DriveRepository drives, TransparencyReport reports, ReadinessService readiness) {
        this.drives = drives;
        this.reports = reports;
        this.readiness = readiness;
    }

    @GetMapping("/drives/{slug}/report")
    public String page(@PathVariable String slug, Model model) {
        Drive d = published(slug);
        model.addAttribute("r", reports.of(d));
        model.addAttribute("drive", d);
        var points = readiness.cachedSeries(d);
        model.addAttribute("readiness", points);
        model.addAttribute("readinessLine", ReadinessService.polyline(points, 600, 120));
        return "report";
    }

    /**
     * The report as CSV: one row per figure ({@code section,key,item,detail,quantity,unit_price,amount,currency}),
     * amounts as plain numbers with exactly the currency's minor digits and the currency in its own column.
     */
    @GetMapping(path = "/drives/{slug}/report.csv", produces = "text/csv")
    public ResponseEntity<byte[]> csv(@PathVariable String slug) {
        Drive d = published(slug);
        Report r = reports.of(d);
        String cur = d.currency();
        StringBuilder sb = new StringBuilder("section,key,item,detail,quantity,unit_price,amount,currency\n");
        row(sb, "reconciliation", "on-account", "received on the account", "donations received + awaiting review", "", "",
                Money.plain(r.onAccountMinor(), cur), cur);
        for (Line l : r.lines()) {
            if (l.money()) {
                row(sb, "money", l.key(), l.label(), "", "", "", Money.plain(l.value(), cur), cur);
            } else {
                row(sb, "tires", l.key(), l.label(), "", String.valueOf(l.value()), "", "", "");
            }
        }
        for (DriveFigures.Purchase p : r.figures().purchases()) {
            row(sb, "purchase", "order-" + p.orderId(), p.supplier() + " " + p.product(), p.designation() + " "
                    + p.season().toLowerCase(Locale.ROOT) + "; " + origin(p) + "; invoices: "
                    + (p.invoices().isEmpty() ? "none" : String.join(" ", p.invoices())), String.valueOf(p.quantity()),
                    Money.plain(p.unitPriceMinor(), cur), Money.plain(p.valueMinor(), cur), cur);
        }
        row(sb, "purchases", "purchases-ordered", "sum of the purchase table", "", "", "",
                Money.plain(r.figures().purchasesOrderedMinor(), cur), cur);
        row(sb, "purchases", "purchases-invoiced", "invoiced in the purchase table", "", "", "",
                Money.plain(r.figures().purchasesInvoicedMinor(), cur), cur);
        for (DriveFigures.TireLine t : r.figures().tireLines()) {
            row(sb, "tire-line", t.designation() + " " + t.season().toLowerCase(Locale.ROOT), "delivered", "ordered "
                    + t.ordered() + " / received " + t.received() + " / in stock " + t.inStock() + " / shipped " + t.shipped(),
                    String.valueOf(t.delivered()), "", "", "");
        }
        for (DriveFigures.Discrepancy x : r.figures().discrepancies()) {
            row(sb, "discrepancy", "discrepancy-" + x.id(), x.fleet() + " " + x.vehicle(), x.status().toLowerCase(Locale.ROOT)
                    + (x.reason() == null ? "" : ": " + x.reason()), String.valueOf(x.tires()), "", "", "");
        }
        for (Map.Entry<String, Integer> e : r.deliveredByCategory().entrySet()) {
            row(sb, "delivered", e.getKey(), e.getKey(), "", String.valueOf(e.getValue()), "", "", "");
        }
        for (String f : r.fleetsServed()) {
            row(sb, "fleet served", "", f, "", "", "", "", "");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", org.localis.app.shared.FileNames.disposition("attachment", d.slug() + "-report.csv"))
                .cacheControl(CacheControl.noCache()).body(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The report as PDF: the same figure lines, amounts formatted in English with the currency's minor digits. */
    @GetMapping(path = "/drives/{slug}/report.pdf", produces = "application/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        Drive d = published(slug);
        Report r = reports.of(d);
        String cur = d.currency();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = font(16, Font.BOLD);
        Font body = font(10, Font.NORMAL);
        Font bold = font(10, Font.BOLD);
        doc.add(new Paragraph(d.title(), title));
        doc.add(new Paragraph(d.organizerName() + " · " + LocalDate.now(), body));
        doc.add(new Paragraph(" ", body));
        doc.add(new Paragraph(reconciliation(r, Locale.ENGLISH), bold));
        doc.add(new Paragraph(" ", body));
        PdfPTable money = new PdfPTable(2);
        money.setWidthPercentage(100);
        for (Line l : r.lines()) {
            cell(money, l.label(), l.money() ? Money.format(l.value(), cur, Locale.ENGLISH) : String.valueOf(l.value()), body);
        }
        cell(money, "Domestic share (value / count)", r.figures().domesticSharePercentByValue() + " % / "
                + r.figures().domesticSharePercentByCount() + " %", body);
        doc.add(money);
        doc.add(new Paragraph(" ", body));
        PdfPTable buys = new PdfPTable(new float[] {4, 3, 3, 1, 2, 2, 2});
        buys.setWidthPercentage(100);
        for (String h : new String[] {"Supplier / product", "Size", "Origin", "Qty", "Unit price", "Amount", "Invoices"}) {
            buys.addCell(new Paragraph(h, bold));
        }
        for (DriveFigures.Purchase p : r.figures().purchases()) {
            buys.addCell(new Paragraph(p.supplier() + " " + p.product(), body));
            buys.addCell(new Paragraph(p.designation() + " " + p.season().toLowerCase(Locale.ROOT), body));
            buys.addCell(new Paragraph(origin(p), body));
            buys.addCell(new Paragraph(String.valueOf(p.quantity()), body));
            buys.addCell(new Paragraph(Money.format(p.unitPriceMinor(), cur, Locale.ENGLISH), body));
            buys.addCell(new Paragraph(Money.format(p.valueMinor(), cur, Locale.ENGLISH), body));
            buys.addCell(new Paragraph(p.invoices().isEmpty() ? "—" : String.join(", ", p.invoices()), body));
        }
        doc.add(buys);
        doc.add(new Paragraph("Purchases ordered: " + Money.format(r.figures().purchasesOrderedMinor(), cur, Locale.ENGLISH)
                + "; invoiced: " + Money.format(r.figures().purchasesInvoicedMinor(), cur, Locale.ENGLISH), body));
        doc.add(new Paragraph(" ", body));
        for (DriveFigures.TireLine t : r.figures().tireLines()) {
            doc.add(new Paragraph(t.designation() + " " + t.season().toLowerCase(Locale.ROOT) + ": ordered " + t.ordered()
                    + ", received " + t.received() + ", in stock " + t.inStock() + ", allocated " + t.allocated()
                    + ", shipped " + t.shipped() + ", delivered " + t.delivered(), body));
        }
        for (DriveFigures.Discrepancy x : r.figures().discrepancies()) {
            doc.add(new Paragraph("Discrepancy: " + x.tires() + " tires for " + x.fleet() + " " + x.vehicle() + ", "
                    + x.status().toLowerCase(Locale.ROOT) + (x.reason() == null ? "" : ": " + x.reason()), body));
        }
        doc.add(new Paragraph("Fleets served: " + String.join(", ", r.fleetsServed()), body));
        doc.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.localis.app.shared.FileNames.disposition("inline", d.slug() + "-report.pdf")).body(out.toByteArray());
    }

    /**
     * The reconciliation line: received on the account = spent + committed + fees + refunds + available + awaiting
     * review, which holds by the figures' definitions.
     */
    static String reconciliation(Report r, Locale locale) {
        DriveFigures.Money m = r.figures().money();
        String c = r.drive().currency();
        return "Received " + Money.format(r.onAccountMinor(), c, locale) + " = spent " + Money.format(m.spentMinor(), c, locale)
                + " + committed " + Money.format(m.committedMinor(), c, locale) + " + fees " + Money.format(m.feesMinor(), c, locale)
                + " + refunds " + Money.format(m.refundedMinor(), c, locale) + " + available "
                + Money.format(m.availableMinor(), c, locale) + " + awaiting review " + Money.format(m.awaitingReviewMinor(), c, locale);
    }

    /** Domestic with its registry certificate and tier, or imported. */
    static String origin(DriveFigures.Purchase p) {
        return p.domestic() ? "domestic, certificate " + p.certificateNumber() + (p.tier() == null ? "" : ", tier " + p.tier())
                : "imported";
    }

    private static Font font(float size, int style) {
        // a TrueType font with Cyrillic glyphs when the system has one; the built-in Helvetica otherwise
        for (String f : new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf"}) {
            if (new java.io.File(f).isFile()) {
                return FontFactory.getFont(f, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, size, style);
            }
        }
        return FontFactory.getFont(FontFactory.HELVETICA, size, style);
    }

    private static void cell(PdfPTable t, String k, String v, Font f) {
        t.addCell(new Paragraph(k, f));
        Paragraph p = new Paragraph(v, f);
        p.setAlignment(Element.ALIGN_RIGHT);
        t.addCell(p);
    }

    private static void row(StringBuilder sb, String section, String key, String item, String detail, String qty,
                            String unitPrice, String amount, String currency) {
        sb.append(section).append(',').append(text(key)).append(',').append(text(item)).append(',').append(text(detail))
                .append(',').append(qty).append(',').append(unitPrice).append(',').append(amount).append(',').append(currency)
                .append('\n');
    }

    /** CSV text that a spreadsheet will not run as a formula, quoted. */
    static String text(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private Drive published(String slug) {
        return drives.findBySlug(slug).filter(d -> d.status() != DriveStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("no drive " + slug));
    }
}
