package org.localis.app.procurement;

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
import org.localis.app.procurement.TransparencyReport.Purchase;
import org.localis.app.procurement.TransparencyReport.Report;
import org.localis.app.procurement.TransparencyReport.Tires;
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

    @GetMapping(path = "/drives/{slug}/report.csv", produces = "text/csv")
    public ResponseEntity<byte[]> csv(@PathVariable String slug) {
        Drive d = published(slug);
        Report r = reports.of(d);
        StringBuilder sb = new StringBuilder("section,item,detail,quantity,amount,currency\n");
        row(sb, "money", "donations received (reconciled)", "", "", r.moneyInMinor(), d);
        row(sb, "money", "refunds", "", "", r.refundsMinor(), d);
        row(sb, "money", "fees", "", "", r.feesMinor(), d);
        row(sb, "money", "purchases invoiced", "", "", r.purchasesMinor(), d);
        row(sb, "money", "owed to suppliers", "", "", r.payablesMinor(), d);
        row(sb, "money", "bank balance", "", "", r.bankMinor(), d);
        row(sb, "money", "available", "", "", r.availableMinor(), d);
        for (Purchase p : r.purchases()) {
            row(sb, "purchase", p.supplier() + " " + p.product(), p.designation() + " " + p.season().toLowerCase(Locale.ROOT)
                    + (p.domestic() ? " domestic " + p.certificateNumber() : " imported"), String.valueOf(p.quantity()),
                    p.valueMinor(), d);
        }
        for (Tires t : r.tires()) {
            sb.append("tires,").append(text(t.designation() + " " + t.season().toLowerCase(Locale.ROOT))).append(",bought ")
                    .append(t.bought()).append(" / in stock ").append(t.inStock()).append(" / delivered ").append(t.delivered())
                    .append(',').append(t.delivered()).append(",,\n");
        }
        for (Map.Entry<String, Integer> e : r.deliveredByCategory().entrySet()) {
            sb.append("delivered,").append(text(e.getKey())).append(",,").append(e.getValue()).append(",,\n");
        }
        for (String f : r.fleetsServed()) {
            sb.append("fleet served,").append(text(f)).append(",,,,\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", org.localis.app.shared.FileNames.disposition("attachment", d.slug() + "-report.csv"))
                .cacheControl(CacheControl.noCache()).body(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/drives/{slug}/report.pdf", produces = "application/pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String slug) {
        Drive d = published(slug);
        Report r = reports.of(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font title = font(16, Font.BOLD);
        Font body = font(10, Font.NORMAL);
        doc.add(new Paragraph(d.title(), title));
        doc.add(new Paragraph(d.organizerName() + " · " + LocalDate.now(), body));
        doc.add(new Paragraph(" ", body));
        PdfPTable money = new PdfPTable(2);
        money.setWidthPercentage(100);
        cell(money, "Donations received (reconciled)", Money.plain(r.moneyInMinor(), d.currency()) + " " + d.currency(), body);
        cell(money, "Refunds", Money.plain(r.refundsMinor(), d.currency()), body);
        cell(money, "Fees", Money.plain(r.feesMinor(), d.currency()), body);
        cell(money, "Purchases invoiced", Money.plain(r.purchasesMinor(), d.currency()), body);
        cell(money, "Owed to suppliers", Money.plain(r.payablesMinor(), d.currency()), body);
        cell(money, "Bank balance", Money.plain(r.bankMinor(), d.currency()), body);
        cell(money, "Domestic share (value / count)", r.domesticSharePercentByValue() + " % / " + r.domesticSharePercentByCount()
                + " %", body);
        doc.add(money);
        doc.add(new Paragraph(" ", body));
        PdfPTable buys = new PdfPTable(new float[] {4, 3, 1, 2, 2});
        buys.setWidthPercentage(100);
        for (String h : new String[] {"Supplier / product", "Size", "Qty", "Amount", "Origin"}) {
            buys.addCell(new Paragraph(h, font(10, Font.BOLD)));
        }
        for (Purchase p : r.purchases()) {
            buys.addCell(new Paragraph(p.supplier() + " " + p.product(), body));
            buys.addCell(new Paragraph(p.designation() + " " + p.season().toLowerCase(Locale.ROOT), body));
            buys.addCell(new Paragraph(String.valueOf(p.quantity()), body));
            buys.addCell(new Paragraph(Money.plain(p.valueMinor(), d.currency()), body));
            buys.addCell(new Paragraph(p.domestic() ? "domestic " + p.certificateNumber() : "imported", body));
        }
        doc.add(buys);
        doc.add(new Paragraph(" ", body));
        for (Tires t : r.tires()) {
            doc.add(new Paragraph(t.designation() + " " + t.season().toLowerCase(Locale.ROOT) + ": bought " + t.bought()
                    + ", in stock " + t.inStock() + ", allocated " + t.allocated() + ", delivered " + t.delivered(), body));
        }
        doc.add(new Paragraph("Fleets served: " + String.join(", ", r.fleetsServed()), body));
        doc.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", org.localis.app.shared.FileNames.disposition("inline", d.slug() + "-report.pdf")).body(out.toByteArray());
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

    private static void row(StringBuilder sb, String section, String item, String detail, String qty, long minor, Drive d) {
        sb.append(section).append(',').append(text(item)).append(',').append(text(detail)).append(',').append(qty).append(',')
                .append(Money.plain(minor, d.currency())).append(',').append(d.currency()).append('\n');
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
