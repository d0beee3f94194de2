package org.localis.app.registry;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes (ZXing) as PNG: black modules on white with a 4-module quiet zone, error correction M. */
public final class QrCodes {

    private QrCodes() {
    }

    public static BufferedImage image(String text, int moduleSize) {
        try {
            BitMatrix m = new QRCodeWriter().encode(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                    BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 4));
            int w = m.getWidth() * moduleSize;
            int h = m.getHeight() * moduleSize;
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    img.setRGB(x, y, m.get(x / moduleSize, y / moduleSize) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
        }
    }

    public static byte[] png(String text, int moduleSize) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image(text, moduleSize), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
