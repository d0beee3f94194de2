package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.localis.statement.StatementTestFiles.errors;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.input.InputError;

/**
 * Hostile XML: a DOCTYPE is refused before anything is parsed, so no external entity is read (checked
 * with a secret file and a local HTTP server that counts requests) and no entity is expanded.
 */
class Camt053SecurityTest {

    private static final String SECRET = "TOP-SECRET-XXE-MARKER-4711";
    private static final String NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @TempDir
    Path tmp;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** A complete statement whose one remittance line holds {@code payload}, after {@code prolog}. */
    private static String statement(String prolog, String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog + "\n<Document xmlns=\"" + NS + "\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2025-01-01T00:00:00</CreDtTm></GrpHdr>"
                + "<Stmt><Id>S</Id><CreDtTm>2025-01-01T00:00:00</CreDtTm><Acct><Id><IBAN>DE44500105175407324931</IBAN></Id>"
                + "<Ccy>EUR</Ccy></Acct><Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
                + "<BookgDt><Dt>2025-01-01</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>" + payload
                + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>\n";
    }

    private static List<InputError> refused(String xml) {
        List<InputError> errors = errors(() -> Camt053Reader.read(xml.getBytes(StandardCharsets.UTF_8), "evil.xml"));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.field()).isEqualTo("DOCTYPE");
            assertThat(e.message()).contains("DOCTYPE").contains("not allowed");
            assertThat(e.message()).doesNotContain(SECRET);
        });
        return errors;
    }

    @Test
    void theStatementWithoutDoctypeIsReadSoTheRefusalsBelowAreAboutTheDoctype() {
        StatementFile ok = Camt053Reader.read(statement("", "plain").getBytes(StandardCharsets.UTF_8), "ok.xml");
        assertThat(ok.entries()).singleElement().satisfies(e -> assertThat(e.remittanceLines()).containsExactly("plain"));
    }

    @Test
    void externalFileEntityIsRefusedAndTheFileIsNotRead() throws Exception {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), SECRET);
        refused(statement("<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"));
    }

    @Test
    void externalHttpEntitiesAndDtdsAreRefusedWithoutAnyRequest() {
        refused(statement("<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + base + "/entity\">]>", "&xxe;"));
        refused(statement("<!DOCTYPE Document SYSTEM \"" + base + "/camt.dtd\">", "x"));
        refused(statement("<!DOCTYPE Document [<!ENTITY % remote SYSTEM \"" + base + "/param.dtd\"> %remote;]>", "&leak;"));
        assertThat(requests.get()).isZero();
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String xml = statement(dtd.toString(), "&lol9;");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refused(xml));
    }

    @Test
    void doctypeAfterCommentsAndByteOrderMarkIsStillRefused() {
        String xml = statement("<!-- a bank comment --><?pi x?>\n<!DOCTYPE Document>", "x");
        List<InputError> errors = errors(() -> Camt053Reader.read(("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8), "e.xml"));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("DOCTYPE"));
        // a DOCTYPE text inside the data (escaped) is only text
        StatementFile ok = Camt053Reader.read(statement("", "&lt;!DOCTYPE x&gt;").getBytes(StandardCharsets.UTF_8), "ok.xml");
        assertThat(ok.entries().get(0).remittanceLines()).containsExactly("<!DOCTYPE x>");
    }

    @Test
    void undeclaredEntityIsMalformedNotExpanded() {
        List<InputError> errors = errors(() -> Camt053Reader.read(statement("", "&xxe;").getBytes(StandardCharsets.UTF_8), "e.xml"));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.message()).contains("malformed XML").contains("xxe"));
    }
}
