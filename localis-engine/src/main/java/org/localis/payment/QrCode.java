package org.localis.payment;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A QR code (error correction level M) holding exact payload bytes, with PNG and SVG output.
 *
 * <p>The bytes are handed to ZXing's encoder as a Latin-1 string (byte {@code b} becomes char {@code b}) and
 * without a character-set hint, so ZXing writes no ECI segment and a reader gets back exactly the same bytes
 * (a UTF-8 {@code ST00012} or {@code BCD} payload stays UTF-8). Payloads made only of digits, or only of
 * {@code 0-9 A-Z space $%*+-./:}, are written in ZXing's numeric or alphanumeric mode, which decode to the
 * same ASCII bytes. ZXing picks the smallest version that fits and the mask.
 *
 * <p>Immutable and thread-safe.
 */
public final class QrCode {

    /** Largest QR version. */
    public static final int MAX_VERSION = 40;
    /** Largest PNG side in pixels that {@link #png} agrees to draw. */
    public static final int MAX_PNG_SIDE = 16_384;

    private final int version;
    private final int size;
    private final boolean[] dark;

    private QrCode(int version, int size, boolean[] dark) {
        this.version = version;
        this.size = size;
        this.dark = dark;
    }

    /**
     * Encodes {@code payload} at level M in the smallest version that fits.
     *
     * @throws IllegalArgumentException if the payload is empty or does not fit even version 40
     */
    public static QrCode encode(byte[] payload) {
        return encode(payload, MAX_VERSION);
    }

    /**
     * Encodes {@code payload} at level M in the smallest version that fits, which must not exceed
     * {@code maxVersion} (EPC069-12 allows at most 13).
     *
     * @throws IllegalArgumentException if the payload is empty, {@code maxVersion} is not 1..40, or the payload
     *                                  does not fit a version up to {@code maxVersion}
     */
    public static QrCode encode(byte[] payload, int maxVersion) {
        Objects.requireNonNull(payload, "payload");
        if (maxVersion < 1 || maxVersion > MAX_VERSION) {
            throw new IllegalArgumentException("maxVersion must be 1.." + MAX_VERSION + ", got " + maxVersion);
        }
        if (payload.length == 0) {
            throw new IllegalArgumentException("payload is empty");
        }
        com.google.zxing.qrcode.encoder.QRCode qr;
        try {
            // No hints at all: a CHARACTER_SET hint (even ISO-8859-1) would make ZXing write an ECI segment.
            qr = Encoder.encode(new String(payload, StandardCharsets.ISO_8859_1), ErrorCorrectionLevel.M);
        } catch (WriterException e) {
            throw new IllegalArgumentException(
                    "payload of " + payload.length + " bytes does not fit a QR code at level M", e);
        }
        int v = qr.getVersion().getVersionNumber();
        if (v > maxVersion) {
            throw new IllegalArgumentException("payload of " + payload.length + " bytes needs QR version " + v
                    + " at level M, at most " + maxVersion + " is allowed");
        }
        ByteMatrix m = qr.getMatrix();
        int n = m.getWidth();
        boolean[] d = new boolean[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                d[y * n + x] = m.get(x, y) == 1;
            }
        }
        return new QrCode(v, n, d);
    }

    /** The QR version, 1..40. */
    public int version() {
        return version;
    }

    /** Modules per side ({@code 17 + 4 * version}), quiet zone not included. */
    public int size() {
        return size;
    }

    /**
     * Whether the module in column {@code x}, row {@code y} (0-based, from the top left) is dark.
     *
     * @throws IndexOutOfBoundsException outside {@code 0..size()-1}
     */
    public boolean dark(int x, int y) {
        Objects.checkIndex(x, size);
        Objects.checkIndex(y, size);
        return dark[y * size + x];
    }

    /**
     * A 1-bit black-and-white PNG.
     *
     * @param moduleSizePx     pixels per module side, at least 1
     * @param quietZoneModules light modules around the symbol, at least 0 (the standard asks for 4)
     * @throws IllegalArgumentException for bad sizes or an image side above {@value #MAX_PNG_SIDE} pixels
     */
    public byte[] png(int moduleSizePx, int quietZoneModules) {
        if (moduleSizePx < 1 || quietZoneModules < 0) {
            throw new IllegalArgumentException("module size must be >= 1 and quiet zone >= 0");
        }
        long sideModules = size + 2L * quietZoneModules;
        if (sideModules * moduleSizePx > MAX_PNG_SIDE) {
            throw new IllegalArgumentException("image would be " + sideModules * moduleSizePx
                    + " pixels wide, at most " + MAX_PNG_SIDE + " allowed");
        }
        int side = (int) sideModules * moduleSizePx;
        // TYPE_BYTE_BINARY: 1 bit per pixel, index 0 = black, 1 = white.
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster r = img.getRaster();
        int[] white = new int[side];
        Arrays.fill(white, 1);
        for (int y = 0; y < side; y++) {
            r.setSamples(0, y, side, 1, 0, white);
        }
        int[] black = new int[moduleSizePx * moduleSizePx];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (dark[y * size + x]) {
                    r.setSamples((x + quietZoneModules) * moduleSizePx, (y + quietZoneModules) * moduleSizePx,
                            moduleSizePx, moduleSizePx, 0, black);
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A standalone SVG: a white background rectangle and a single black {@code <path>} made of one
     * {@code M x y h1v1h-1z} square per dark module, coordinates and {@code viewBox} in modules, with
     * {@code shape-rendering="crispEdges"} and no external references. Scale it with CSS or width/height.
     *
     * @param quietZoneModules light modules around the symbol, at least 0
     */
    public String svg(int quietZoneModules) {
        if (quietZoneModules < 0) {
            throw new IllegalArgumentException("quiet zone must be >= 0");
        }
        int side = size + 2 * quietZoneModules;
        StringBuilder b = new StringBuilder(64 + dark.length * 8);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(side).append(' ').append(side)
                .append("\" shape-rendering=\"crispEdges\">")
                .append("<rect width=\"").append(side).append("\" height=\"").append(side).append("\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"");
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (dark[y * size + x]) {
                    b.append('M').append(x + quietZoneModules).append(' ').append(y + quietZoneModules)
                            .append("h1v1h-1z");
                }
            }
        }
        return b.append("\"/></svg>").toString();
    }
}
