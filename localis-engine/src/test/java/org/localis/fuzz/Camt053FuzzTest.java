package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.localis.input.InvalidInputException;
import org.localis.statement.Camt053Reader;
import org.localis.statement.StatementEntry;
import org.localis.statement.StatementFile;
import org.localis.statement.StatementFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

/**
 * camt.053 as any bytes: statements holding every {@code Ntry} of every {@code Stmt} (a batch split into its
 * transactions), or {@link InvalidInputException}. The count is checked against a DOM parse of the same bytes.
 * Seeds: {@code Camt053FuzzTestInputs/camt053/}.
 */
@org.junit.jupiter.api.Tag("fuzz")
class Camt053FuzzTest {

    private static final String FILE = "statement.xml";

    @FuzzTest(maxDuration = "30s")
    void camt053(byte[] data) throws Exception {
        if (data.length > FuzzChecks.MAX_INPUT) {
            return;
        }
        int lines = FuzzChecks.lineCount(data);
        StatementFile file;
        try {
            file = Camt053Reader.read(data, FILE);
        } catch (InvalidInputException e) {
            FuzzChecks.checkRejection(e, FILE, lines);
            return;
        }
        assertThat(file.format()).isEqualTo(StatementFormat.CAMT_053);
        assertThat(file.formatVersion()).matches("camt\\.053\\.001\\.(0[2-9]|1[0-3])");
        StatementChecks.checkAccepted(file, FILE, lines, false);
        for (StatementEntry e : file.entries()) {
            assertThat(e.rawText()).startsWith("<").endsWith(">").contains("Ntry");
        }
        // no partial import: as many statements and entries as the XML holds
        List<Integer> expected = entriesPerStatement(data);
        if (expected != null) {
            // an unreadable pending or information-only entry is skipped (listed, not read): it counts as one entry here
            assertThat(file.statements().stream().map(s -> s.entries().size()
                            + (int) s.skipped().stream().filter(k -> !k.readable()).count()).toList())
                    .as("entries per statement").isEqualTo(expected);
        }
    }

    /** Entries per {@code Stmt} by a DOM parse, or null when the JDK's DOM parser does not read the bytes. */
    private static List<Integer> entriesPerStatement(byte[] data) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler());
            doc = b.parse(new ByteArrayInputStream(data));
        } catch (Exception e) {
            return null;
        }
        Element root = doc.getDocumentElement();
        Element document = "Document".equals(root.getLocalName()) ? root : child(root, "Document");
        Element group = document == null ? null : child(document, "BkToCstmrStmt");
        if (group == null) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (Element stmt : children(group, "Stmt")) {
            int n = 0;
            for (Element ntry : children(stmt, "Ntry")) {
                List<Element> details = new ArrayList<>();
                for (Element d : children(ntry, "NtryDtls")) {
                    details.addAll(children(d, "TxDtls"));
                }
                boolean split = details.size() >= 2 && details.stream().allMatch(Camt053FuzzTest::hasAmount);
                n += split ? details.size() : 1;
            }
            out.add(n);
        }
        return out;
    }

    private static boolean hasAmount(Element tx) {
        if (child(tx, "Amt") != null) {
            return true;
        }
        Element details = child(tx, "AmtDtls");
        Element txAmount = details == null ? null : child(details, "TxAmt");
        return txAmount != null && child(txAmount, "Amt") != null;
    }

    private static Element child(Element parent, String localName) {
        List<Element> all = children(parent, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
