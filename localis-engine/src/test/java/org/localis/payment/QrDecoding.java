package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/** Test helpers: decode our PNGs with independent readers and read our SVG back into a module grid. */
final class QrDecoding {

    private QrDecoding() {
    }

    /** What ZXing's reader found: the exact bytes and the symbology identifier ({@code ]Q1} = no ECI). */
    record ZxingResult(byte[] bytes, String symbologyId) {
    }

    static BufferedImage image(byte[] png) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(img).as("PNG readable by ImageIO").isNotNull();
            return img;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Decodes a PNG with ZXing's QR reader; bytes from BYTE_SEGMENTS (byte mode) or the ASCII text (other modes).
     *
     * <p>Uses the PURE_BARCODE hint (the image is a clean, unrotated code with a quiet zone): ZXing's general
     * finder-pattern detector fails on about 1 % of such perfectly synthetic images (seen with 3 to 5 pixel
     * modules and random payloads that zbarimg and ZXing's pure mode read correctly), which would make the test
     * flaky without telling anything about our output. zbarimg does the real-world detection check.
     */
    @SuppressWarnings("unchecked")
    static ZxingResult zxing(byte[] png) {
        BufferedImage img = image(png);
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = img.getRGB(0, 0, w, h, null, 0, w);
        LuminanceSource src = new RGBLuminanceSource(w, h, px);
        Result r;
        try {
            r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(src)),
                    Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        } catch (Exception e) {
            throw new AssertionError("ZXing could not decode the PNG", e);
        }
        Map<ResultMetadataType, Object> meta = r.getResultMetadata();
        String symbologyId = (String) meta.get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        List<byte[]> segments = (List<byte[]>) meta.get(ResultMetadataType.BYTE_SEGMENTS);
        if (segments == null) {
            return new ZxingResult(r.getText().getBytes(StandardCharsets.ISO_8859_1), symbologyId);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        segments.forEach(all::writeBytes);
        return new ZxingResult(all.toByteArray(), symbologyId);
    }

    /** The zbarimg executable on PATH, if any. */
    static Optional<Path> zbarimg() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "zbarimg");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** zbarimg, or skip the test (fail instead when env CI=true: the CI image must have zbar-tools). */
    static Path requireZbarimg() {
        Optional<Path> z = zbarimg();
        if (z.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("zbarimg not found on PATH but CI=true; install zbar-tools (apt-get install -y zbar-tools)");
            }
            Assumptions.abort("zbarimg not found on PATH (apt-get install -y zbar-tools)");
        }
        return z.get();
    }

    /** Decodes a PNG with {@code zbarimg --raw -q -Sbinary}: the exact bytes of the (single) symbol. */
    static byte[] zbar(Path zbarimg, byte[] png, Path dir) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "qr", ".png");
        Files.write(file, png);
        Process p = new ProcessBuilder(zbarimg.toString(), "--raw", "-q", "-Sbinary", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("zbarimg finished").isTrue();
        assertThat(p.exitValue()).as("zbarimg exit code (0 = a symbol was found)").isZero();
        return out;
    }

    private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern PATH_D = Pattern.compile("<path [^>]*d=\"([^\"]*)\"");

    /** Reads our SVG back: grid[y][x] over the whole viewBox (quiet zone included). */
    static boolean[][] svgGrid(String svg) {
        Matcher vb = VIEWBOX.matcher(svg);
        assertThat(vb.find()).as("viewBox").isTrue();
        int w = Integer.parseInt(vb.group(1));
        int h = Integer.parseInt(vb.group(2));
        Matcher d = PATH_D.matcher(svg);
        assertThat(d.find()).as("path").isTrue();
        String data = d.group(1);
        assertThat(d.find()).as("only one path").isFalse();
        boolean[][] grid = new boolean[h][w];
        Matcher sq = SQUARE.matcher(data);
        int end = 0;
        while (sq.find()) {
            assertThat(sq.start()).as("path data is nothing but squares").isEqualTo(end);
            end = sq.end();
            int x = Integer.parseInt(sq.group(1));
            int y = Integer.parseInt(sq.group(2));
            assertThat(grid[y][x]).as("square drawn twice at " + x + "," + y).isFalse();
            grid[y][x] = true;
        }
        assertThat(end).as("path data is nothing but squares").isEqualTo(data.length());
        return grid;
    }
}
