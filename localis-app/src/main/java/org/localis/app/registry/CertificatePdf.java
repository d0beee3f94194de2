package org.localis.app.registry;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.localis.app.registry.PublicRegistryController.PublicCertificate;

/**
 * A certificate as a one-page PDF with a QR code of its public verification address. Only what the
 * public registry shows: never a cost. Uses a system TrueType font with Cyrillic (DejaVu or Liberation)
 * when there is one, else the built-in Helvetica.
 */
public final class CertificatePdf {

    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));

    private CertificatePdf() {
    }

    public static byte[] render(PublicCertificate c, String verificationUrl) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("Localization certificate " + c.number());
            doc.addSubject(verificationUrl);
            doc.open();
            BaseFont base = font();
            Font title = new Font(base, 20, Font.BOLD);
            Font text = new Font(base, 11);
            Font small = new Font(base, 9);
            doc.add(new Paragraph("Localis — localization certificate / сертификат локализации", small));
            Paragraph h = new Paragraph(c.number(), title);
            h.setSpacingBefore(8);
            h.setSpacingAfter(14);
            doc.add(h);
            PdfPTable t = new PdfPTable(2);
            t.setWidthPercentage(100);
            t.setWidths(new float[] {1.2f, 2.8f});
            row(t, "Status", c.status() + (c.revokeReason() == null ? "" : ": " + c.revokeReason()), text);
            row(t, "Manufacturer", c.manufacturer(), text);
            row(t, "Product", c.product() + " (" + c.category() + ")", text);
            row(t, "Scheme", c.scheme() + " v" + c.schemeVersion() + ", period " + c.period(), text);
            row(t, "Score", c.score().stripTrailingZeros().toPlainString() + " " + c.unit(), text);
            row(t, "Classification", c.classification(), text);
            row(t, "Support tier", c.tier() == null ? "—" : c.tier(), text);
            row(t, "Domestic share of materials", c.domesticShare().toPlainString() + " %", text);
            row(t, "Valid", c.validFrom() + " – " + c.validTo(), text);
            doc.add(t);
            Image qr = Image.getInstance(QrCodes.png(verificationUrl, 6));
            qr.scaleAbsolute(150, 150);
            qr.setAlignment(Element.ALIGN_LEFT);
            qr.setSpacingBefore(18);
            doc.add(qr);
            doc.add(new Paragraph("Verify: " + verificationUrl, small));
            doc.close();
            writer.close();
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot render certificate " + c.number(), e);
        }
    }

    private static void row(PdfPTable t, String label, String value, Font f) {
        PdfPCell l = new PdfPCell(new Paragraph(label, f));
        l.setBorderWidth(0.3f);
        l.setPadding(5);
        PdfPCell v = new PdfPCell(new Paragraph(value, f));
        v.setBorderWidth(0.3f);
        v.setPadding(5);
        t.addCell(l);
        t.addCell(v);
    }

    private static BaseFont font() throws Exception {
        for (Path p : FONTS) {
            if (Files.isReadable(p)) {
                return BaseFont.createFont(p.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        }
        return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
    }
}
