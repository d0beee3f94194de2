package org.localis.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The certificate PDF and its QR code lead to the public verification page, and show no cost. */
@SpringBootTest
@AutoConfigureMockMvc
class CertificatePdfTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CertificateRepository certificateRows;

    @Test
    void pdfAndQrVerify(@TempDir Path dir) throws Exception {
        // the demo profile's full-cycle sedan is certified
        var cert = certificateRows.search("Волга Седан", null, null, null, 10).get(0);
        byte[] pdf = mvc.perform(get("/registry/" + cert.number() + "/certificate.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(cert.number()).contains("АО «Волга Моторс»").contains("full-cycle")
                    .contains("3800 points").contains("http://localhost/registry/" + cert.number());
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        byte[] png = mvc.perform(get("/registry/" + cert.number() + "/qr.png")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels)))).getText();
        assertThat(decoded).isEqualTo("http://localhost/registry/" + cert.number());
        // and the page it points to verifies the certificate
        String page = mvc.perform(get(decoded.replace("http://localhost", ""))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(cert.number()).contains(">Valid<");

        // an independent decoder (Debian's zbar), installed by .ci/run
        Path zbar = Path.of("/usr/bin/zbarimg");
        if (Files.isExecutable(zbar)) {
            Path file = dir.resolve("qr.png");
            Files.write(file, png);
            Process p = new ProcessBuilder(zbar.toString(), "--raw", "-q", file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()).isEqualTo(decoded);
        } else {
            assertThat(System.getenv("CI")).as("CI must have zbarimg").isNotEqualTo("true");
        }
        mvc.perform(get("/registry/LCL-0000-000000/certificate.pdf")).andExpect(status().isNotFound());
    }
}
