package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.statement.StatementTestFiles.bytes;
import static org.localis.statement.StatementTestFiles.errors;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementFilesTest {

    @TempDir
    Path tmp;

    @Test
    void detectsTheFormatFromTheContentNotTheName() {
        byte[] camt = bytes("genkgo-camt053.v2.multi.statement.xml");
        byte[] oneC = bytes("condo-1CClientBankExchange.cp1251-crlf.txt");
        assertThat(StatementFiles.read(camt, "statement.txt").format()).isEqualTo(StatementFormat.CAMT_053);
        assertThat(StatementFiles.read(oneC, "statement.xml").format()).isEqualTo(StatementFormat.CLIENT_BANK_EXCHANGE);
        assertThat(StatementFiles.read(new ByteArrayInputStream(oneC), "s").entries()).hasSize(4);
        byte[] padded = ("\uFEFF \r\n\t" + new String(camt, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        assertThat(StatementFiles.detect(padded, "p")).isEqualTo(StatementFormat.CAMT_053);
        byte[] bom1c = ("\uFEFF" + new String(bytes("condo-1CClientBankExchange.txt"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(StatementFiles.read(bom1c, "b").entries()).hasSize(4);
        assertThat(StatementFiles.detect("1CClientBankExchange \t\r\nВерсияФормата=1.03".getBytes(StandardCharsets.UTF_8), "t"))
                .isEqualTo(StatementFormat.CLIENT_BANK_EXCHANGE);
    }

    @Test
    void readsFromAPath() throws Exception {
        Path file = Files.write(tmp.resolve("kl_to_1c.txt"), bytes("condo-1CClientBankExchange.txt"));
        StatementFile read = StatementFiles.read(file);
        assertThat(read.fileName()).isEqualTo("kl_to_1c.txt");
        assertThat(read.entries()).hasSize(4);
        assertThat(errors(() -> StatementFiles.read(tmp.resolve("missing.xml")))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("cannot be read"));
    }

    @Test
    void unknownAndEmptyContentIsRejectedClearly() {
        assertThat(errors(() -> StatementFiles.read("date,amount\n2025-01-01,5\n".getBytes(StandardCharsets.UTF_8), "x.csv")))
                .singleElement().satisfies(e -> {
                    assertThat(e.file()).isEqualTo("x.csv");
                    assertThat(e.message()).contains("camt.053").contains("1CClientBankExchange");
                });
        assertThat(errors(() -> StatementFiles.read(new byte[0], "e"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("empty"));
        assertThat(errors(() -> StatementFiles.read("1CClientBankExchangeX\n".getBytes(StandardCharsets.UTF_8), "e")))
                .isNotEmpty();
        // a reader's own errors come through unchanged
        assertThat(errors(() -> StatementFiles.read(bytes("genkgo-camt053.v2.wrong.xml"), "w.xml"))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(3));
        assertThat(errors(() -> StatementFiles.read(bytes("condo-1CClientBankExchange-Invalid.txt"), "i.txt")))
                .extracting(org.localis.input.InputError::line).containsExactly(14, 19);
    }

    @Test
    void filesOverTheSizeLimitAreRefusedUnparsed() {
        byte[] big = new byte[StatementFiles.MAX_BYTES + 1];
        big[0] = '<';
        assertThat(errors(() -> StatementFiles.read(big, "big.xml"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("larger than 50 MB"));
        assertThat(errors(() -> Camt053Reader.read(big, "big.xml"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("larger than 50 MB"));
        assertThat(errors(() -> ClientBankExchangeReader.read(big, "big.txt"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("larger than 50 MB"));
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        assertThat(errors(() -> Camt053Reader.read(endless, "endless.xml"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("larger than 50 MB"));
    }
}
