package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every real statement file under {@code real-statements/} (see SOURCES.md there) is either read, and
 * then agrees per statement with an independent reading (a DOM parse for camt.053, a plain key=value scan
 * for 1C) on the account, the number of entries and the booked credit and debit totals per currency, or
 * it is refused for the reason listed here, which the format's standard supports.
 */
class RealStatementsTest {

    private static final Path ROOT = Path.of("src/test/resources/real-statements");

    /** File → the field and a part of the message of the first error, for the files that must be refused. */
    private static final Map<String, String[]> REFUSED = Map.of(
            // GrpHdr but no Stmt: BkToCstmrStmt requires at least one statement
            "genkgo-camt053.v2.wrong.xml", new String[] {"Stmt", "holds no statement"},
            // entries without Sts, mandatory (1..1) in every camt.053 version; anonymized central bank export
            "subite-LT625883379695428516-2024-03-07.xml", new String[] {"Sts", "entry status"},
            "subite-LT625883379695428516-2024-03-08.xml", new String[] {"Sts", "entry status"},
            "subite-LT625883379695428516-2024-03-11.xml", new String[] {"Sts", "entry status"},
            // a key the 1C standard does not define, and no КонецРасчСчет/КонецФайла
            "condo-1CClientBankExchange-Invalid.txt", new String[] {"НеизвестноеСвойство", "unknown key"},
            // anonymized: the documents' accounts were replaced, so none touches the statement account
            "kilylabs-one_day.txt", new String[] {"ПолучательСчет", "neither credits nor debits"},
            "kilylabs-one_day_utf8.txt", new String[] {"ПолучательСчет", "neither credits nor debits"},
            // a minimal example with a placeholder key "Поле=Значение" and no sections
            "odoo-ru-1c_to_kl-win-min-example.txt", new String[] {"Поле", "unknown key"});

    static Stream<Path> camtFiles() throws IOException {
        return list("camt053");
    }

    static Stream<Path> oneCFiles() throws IOException {
        return list("1c");
    }

    private static Stream<Path> list(String dir) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            return s.sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasEnoughFilesAndEveryFileIsListedInSources() throws IOException {
        List<Path> camt = camtFiles().toList();
        List<Path> oneC = oneCFiles().toList();
        assertThat(camt).hasSizeGreaterThanOrEqualTo(20);
        assertThat(oneC).hasSizeGreaterThanOrEqualTo(5);
        String sources = Files.readString(ROOT.resolve("SOURCES.md"));
        for (Path p : Stream.concat(camt.stream(), oneC.stream()).toList()) {
            String sha = sha256(Files.readAllBytes(p));
            assertThat(sources).as("SOURCES.md lists %s with its SHA-256", p.getFileName())
                    .contains(p.getFileName().toString()).contains(sha);
        }
    }

    @ParameterizedTest
    @MethodSource("camtFiles")
    void camtFileAgreesWithADomReadingOrIsRefusedForItsReason(Path path) throws Exception {
        byte[] bytes = Files.readAllBytes(path);
        String name = path.getFileName().toString();
        if (REFUSED.containsKey(name)) {
            assertRefused(bytes, name);
            return;
        }
        StatementFile file = StatementFiles.read(bytes, name);
        List<Expected> expected = domReading(bytes);
        assertThat(file.statements()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            BankStatement s = file.statements().get(i);
            Expected e = expected.get(i);
            assertThat(s.account()).isEqualTo(e.account);
            long ntryUnits = s.entries().stream().map(StatementEntry::rawText).distinct().count()
                    + s.skipped().stream().filter(k -> !k.readable()).count();
            assertThat(ntryUnits).as("entries of statement %d", i + 1).isEqualTo(e.entries);
            assertThat(s.skipped()).hasSize(e.notBooked);
            assertThat(bookedTotals(s)).as("booked totals of statement %d", i + 1).isEqualTo(e.totals);
        }
    }

    @ParameterizedTest
    @MethodSource("oneCFiles")
    void oneCFileAgreesWithAKeyValueScanOrIsRefusedForItsReason(Path path) throws Exception {
        byte[] bytes = Files.readAllBytes(path);
        String name = path.getFileName().toString();
        if (REFUSED.containsKey(name)) {
            assertRefused(bytes, name);
            return;
        }
        StatementFile file = StatementFiles.read(bytes, name);
        Map<String, Expected> expected = keyValueScan(bytes);
        assertThat(file.statements()).extracting(BankStatement::account).containsExactlyElementsOf(expected.keySet());
        for (BankStatement s : file.statements()) {
            Expected e = expected.get(s.account());
            assertThat(s.entries()).hasSize(e.entries);
            assertThat(s.skipped()).hasSize(e.notBooked);
            assertThat(bookedTotals(s)).isEqualTo(e.totals);
        }
    }

    @Test
    void thePrcdSampleReadsItsOpeningFromOpbdAndIgnoresTheOtherCodes() throws IOException {
        // all-balance-types has OPBD 1.01 and PRCD, plus ITBD, CLAV, OPAV, FWAV, ITAV, INFO
        StatementFile f = StatementFiles.read(ROOT.resolve("camt053/genkgo-camt053.v2.all-balance-types.xml"));
        BankStatement s = f.statements().get(0);
        assertThat(s.accountBalanceCheck().orElseThrow().openingCode()).isEqualTo("OPBD");
        assertThat(s.openingBalanceMinor()).isEqualTo(101L);
        assertThat(s.balanceChecks()).extracting(BalanceCheck::currency).containsExactly("EUR");
    }

    private static void assertRefused(byte[] bytes, String name) {
        String[] reason = REFUSED.get(name);
        assertThatThrownBy(() -> StatementFiles.read(bytes, name)).isInstanceOf(InvalidInputException.class)
                .satisfies(ex -> {
                    InputError first = ((InvalidInputException) ex).errors().get(0);
                    assertThat(first.file()).isEqualTo(name);
                    assertThat(first.field()).isEqualTo(reason[0]);
                    assertThat(first.message()).contains(reason[1]);
                });
    }

    /** Booked credits and debits per currency, as decimal amounts ("EUR CRDT" → 12.34). */
    private static Map<String, BigDecimal> bookedTotals(BankStatement s) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (StatementEntry e : s.bookedEntries()) {
            int digits = java.util.Currency.getInstance(e.currency()).getDefaultFractionDigits();
            out.merge(e.currency() + (e.direction() == Direction.CREDIT ? " CRDT" : " DBIT"),
                    BigDecimal.valueOf(e.amountMinor(), digits), BigDecimal::add);
        }
        out.replaceAll((k, v) -> v.stripTrailingZeros());
        return out;
    }

    private record Expected(String account, int entries, int notBooked, Map<String, BigDecimal> totals) {
    }

    // ---- the independent camt reading: a DOM, namespace-unaware, element names only ----

    private static List<Expected> domReading(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setNamespaceAware(true);
        Document doc;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            doc = f.newDocumentBuilder().parse(in);
        }
        List<Expected> out = new ArrayList<>();
        for (Element stmt : descendants(doc.getDocumentElement(), "Stmt")) {
            Element acct = child(stmt, "Acct");
            Element id = child(acct, "Id");
            String account = child(id, "IBAN") != null ? text(child(id, "IBAN")).replaceAll("\\s", "")
                    : text(child(child(id, "Othr"), "Id"));
            int entries = 0;
            int notBooked = 0;
            Map<String, BigDecimal> totals = new TreeMap<>();
            for (Element ntry : children(stmt, "Ntry")) {
                entries++;
                Element sts = child(ntry, "Sts");
                String status = child(sts, "Cd") != null ? text(child(sts, "Cd")) : text(sts);
                if (!status.equals("BOOK")) {
                    notBooked++;
                    continue;
                }
                Element amt = child(ntry, "Amt");
                totals.merge(amt.getAttribute("Ccy") + " " + text(child(ntry, "CdtDbtInd")), new BigDecimal(text(amt)),
                        BigDecimal::add);
            }
            totals.replaceAll((k, v) -> v.stripTrailingZeros());
            out.add(new Expected(account, entries, notBooked, totals));
        }
        return out;
    }

    private static List<Element> descendants(Element root, String name) {
        List<Element> out = new ArrayList<>();
        var nodes = root.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String text(Element e) {
        return e == null ? "" : e.getTextContent().strip();
    }

    // ---- the independent 1C reading: lines of Key=Value between section markers ----

    private static Map<String, Expected> keyValueScan(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            text = new String(bytes, Charset.forName("windows-1251"));
        }
        Set<String> accounts = new HashSet<>();
        List<String> order = new ArrayList<>();
        List<Map<String, String>> documents = new ArrayList<>();
        Map<String, String> current = null;
        boolean inBalance = false;
        for (String raw : text.split("\r?\n")) {
            String line = raw.strip();
            if (line.equals("СекцияРасчСчет")) {
                inBalance = true;
            } else if (line.equals("КонецРасчСчет")) {
                inBalance = false;
            } else if (line.startsWith("СекцияДокумент")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("КонецДокумента")) {
                documents.add(current);
                current = null;
            } else if (line.contains("=")) {
                String key = line.substring(0, line.indexOf('='));
                String value = line.substring(line.indexOf('=') + 1).strip();
                if (current != null) {
                    current.put(key, value);
                } else if (key.equals("РасчСчет") && !value.isEmpty() && accounts.add(value)) {
                    order.add(value);
                }
            }
        }
        Map<String, Expected> out = new LinkedHashMap<>();
        for (String account : order) {
            int entries = 0;
            int pending = 0;
            Map<String, BigDecimal> totals = new TreeMap<>();
            for (Map<String, String> d : documents) {
                boolean in = account.equals(d.get("ПолучательСчет")) || account.equals(d.get("ПолучательРасчСчет"));
                boolean outgoing = account.equals(d.get("ПлательщикСчет")) || account.equals(d.get("ПлательщикРасчСчет"));
                for (boolean credit : new boolean[] {true, false}) {
                    if (credit ? !in : !outgoing) {
                        continue;
                    }
                    entries++;
                    String date = d.getOrDefault(credit ? "ДатаПоступило" : "ДатаСписано", "");
                    if (date.isEmpty()) {
                        pending++;
                    } else {
                        totals.merge("RUB " + (credit ? "CRDT" : "DBIT"), new BigDecimal(d.get("Сумма")), BigDecimal::add);
                    }
                }
            }
            totals.replaceAll((k, v) -> v.stripTrailingZeros());
            out.put(account, new Expected(account, entries, pending, totals));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
