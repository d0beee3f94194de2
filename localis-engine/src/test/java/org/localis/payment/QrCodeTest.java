package org.localis.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static byte[] lower(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a'); // lower case forces byte mode
        return b;
    }

    @Test
    void versionsFollowTheByteModeCapacitiesAtLevelM() {
        // ISO 18004 capacities in byte mode at level M: version 1 holds 14 bytes, 13 holds 331, 40 holds 2331.
        assertThat(QrCode.encode(lower(14)).version()).isEqualTo(1);
        assertThat(QrCode.encode(lower(15)).version()).isEqualTo(2);
        assertThat(QrCode.encode(lower(331)).version()).isEqualTo(13);
        assertThat(QrCode.encode(lower(332)).version()).isEqualTo(14);
        assertThat(QrCode.encode(lower(2331)).version()).isEqualTo(40);
        assertThatThrownBy(() -> QrCode.encode(lower(2332))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMaxVersionGuardRefusesBiggerCodes() {
        assertThat(QrCode.encode(lower(331), 13).version()).isEqualTo(13);
        assertThatThrownBy(() -> QrCode.encode(lower(332), 13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 14").hasMessageContaining("13");
        assertThat(QrCode.encode(lower(14), 1).version()).isEqualTo(1);
        assertThatThrownBy(() -> QrCode.encode(lower(15), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.encode(lower(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.encode(lower(1), 41)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.encode(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMatrixHasTheFixedPatternsOfTheStandard() {
        QrCode qr = GostPaymentPayloadTest.specExample().qrCode();
        int n = qr.size();
        assertThat(n).isEqualTo(17 + 4 * qr.version());
        // three finder patterns: 7x7 dark ring, light ring, 3x3 dark centre; light separators around them
        for (int[] corner : new int[][] {{0, 0}, {n - 7, 0}, {0, n - 7}}) {
            for (int dy = 0; dy < 7; dy++) {
                for (int dx = 0; dx < 7; dx++) {
                    int ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
                    boolean expected = ring != 2;
                    assertThat(qr.dark(corner[0] + dx, corner[1] + dy)).as("finder %s +%d,%d", Arrays.toString(corner),
                            dx, dy).isEqualTo(expected);
                }
            }
        }
        for (int i = 0; i < 8; i++) {
            assertThat(qr.dark(i, 7)).isFalse();
            assertThat(qr.dark(7, i)).isFalse();
            assertThat(qr.dark(n - 8, i)).isFalse();
            assertThat(qr.dark(i, n - 8)).isFalse();
        }
        // timing patterns on row and column 6 alternate, dark on even positions
        for (int i = 8; i < n - 8; i++) {
            assertThat(qr.dark(i, 6)).isEqualTo(i % 2 == 0);
            assertThat(qr.dark(6, i)).isEqualTo(i % 2 == 0);
        }
        // the "dark module" next to the bottom-left finder
        assertThat(qr.dark(8, 4 * qr.version() + 9)).isTrue();
        assertThatThrownBy(() -> qr.dark(n, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> qr.dark(0, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void thePngIsOneBitAndShowsExactlyTheModules() {
        QrCode qr = EpcPaymentPayloadTest.structured().qrCode();
        int module = 3;
        int quiet = 4;
        BufferedImage img = QrDecoding.image(qr.png(module, quiet));
        int side = (qr.size() + 2 * quiet) * module;
        assertThat(img.getWidth()).isEqualTo(side);
        assertThat(img.getHeight()).isEqualTo(side);
        assertThat(img.getColorModel().getPixelSize()).as("bits per pixel").isEqualTo(1);
        for (int py = 0; py < side; py++) {
            for (int px = 0; px < side; px++) {
                int mx = px / module - quiet;
                int my = py / module - quiet;
                boolean inside = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size();
                boolean expectDark = inside && qr.dark(mx, my);
                int rgb = img.getRGB(px, py) & 0xFFFFFF;
                assertThat(rgb).as("pixel %d,%d", px, py).isEqualTo(expectDark ? 0x000000 : 0xFFFFFF);
            }
        }
    }

    @Test
    void pngSizesAreChecked() {
        QrCode qr = QrCode.encode("x".getBytes(StandardCharsets.US_ASCII));
        assertThat(QrDecoding.image(qr.png(1, 0)).getWidth()).isEqualTo(qr.size());
        assertThatThrownBy(() -> qr.png(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> qr.png(1, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> qr.png(1000, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> qr.svg(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSvgIsOnePathOfModuleSquaresMatchingTheGridAndThePng() {
        QrCode qr = GostPaymentPayloadTest.specExample().qrCode();
        int quiet = 4;
        String svg = qr.svg(quiet);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("viewBox=\"0 0 77 77\"") // 69 + 2 * 4
                .contains("shape-rendering=\"crispEdges\"")
                .doesNotContain("href").doesNotContain("url(").doesNotContain("<image").doesNotContain("<script")
                .endsWith("</svg>");
        assertThat(svg.split("<path", -1)).hasSize(2);
        boolean[][] grid = QrDecoding.svgGrid(svg);
        BufferedImage png = QrDecoding.image(qr.png(1, quiet));
        for (int y = 0; y < grid.length; y++) {
            for (int x = 0; x < grid.length; x++) {
                int mx = x - quiet;
                int my = y - quiet;
                boolean inside = mx >= 0 && my >= 0 && mx < qr.size() && my < qr.size();
                assertThat(grid[y][x]).as("svg %d,%d", x, y).isEqualTo(inside && qr.dark(mx, my));
                assertThat(grid[y][x]).as("svg vs png %d,%d", x, y)
                        .isEqualTo((png.getRGB(x, y) & 0xFFFFFF) == 0);
            }
        }
        // with no quiet zone the viewBox is the symbol itself
        assertThat(qr.svg(0)).contains("viewBox=\"0 0 69 69\"");
    }
}
