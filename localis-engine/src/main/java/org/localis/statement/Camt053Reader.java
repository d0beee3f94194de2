package org.localis.statement;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;

/**
 * Reads ISO 20022 camt.053 bank-to-customer statements (versions {@code camt.053.001.02} to
 * {@code .13}) with the JDK's StAX parser, into {@link StatementFile}.
 *
 * <p><b>What is read.</b> Element local names only (namespace prefixes do not matter), but the
 * {@code Document} must be in the namespace {@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN},
 * NN 02 to 13. The {@code Document} may be the root or a child of an envelope root next to a business
 * application header ({@code AppHdr}, skipped). Per {@code Stmt}: {@code Id}, the account
 * ({@code Acct/Id/IBAN} or {@code Acct/Id/Othr/Id}), {@code Acct/Ccy}, the {@code OPBD}/{@code CLBD}
 * balances and {@code FrToDt}. Per {@code Ntry}: {@code Amt@Ccy}, {@code CdtDbtInd}, {@code RvslInd},
 * {@code Sts} (a plain code up to v07, {@code Sts/Cd} from v08), {@code BookgDt}/{@code ValDt}
 * ({@code Dt} or {@code DtTm}), {@code NtryRef}, {@code AcctSvcrRef}, {@code AddtlNtryInf}, and of
 * its {@code NtryDtls/TxDtls}: {@code Refs/EndToEndId}, {@code Refs/AcctSvcrRef}, the debtor
 * ({@code RltdPties/Dbtr/Nm} up to v07, {@code Dbtr/Pty/Nm} from v08) and its account, {@code RmtInf/Ustrd},
 * {@code RmtInf/Strd/CdtrRefInf/Ref} and {@code AddtlTxInf}. Other elements are ignored.
 *
 * <p><b>Batches.</b> An entry with two or more {@code TxDtls} that all carry an amount ({@code TxDtls/Amt}
 * or {@code AmtDtls/TxAmt/Amt}) is split into one {@link StatementEntry} per transaction; the signed
 * transaction amounts must add up to the entry amount. Otherwise an entry is one {@link StatementEntry}
 * whatever its {@code TxDtls} say about amounts.
 *
 * <p><b>Amounts</b> may have up to 5 decimals; decimals past the currency's minor units must be zeros. The
 * entries of one statement may add up to at most 10^18 minor units, so that every sum of them fits a {@code long}.
 *
 * <p><b>Balances.</b> When a statement has both {@code OPBD} and {@code CLBD} in its currency, opening +
 * booked credits − booked debits is compared with the closing balance. A mismatch is a
 * {@linkplain StatementFile#warnings() warning}, not an error: the public genkgo sample
 * {@code camt053.v2.five.decimals.xml} (18.15 + 8.85 ≠ 27.05) does not add up, and a page of a
 * paginated statement need not hold every entry of its period.
 *
 * <p><b>Security.</b> No DTD is ever processed: a file with a {@code DOCTYPE} is refused before parsing
 * (so XXE and entity-expansion "billion laughs" files are rejected with a clear message and nothing is
 * fetched), and the parser runs with {@code SUPPORT_DTD=false}, {@code IS_SUPPORTING_EXTERNAL_ENTITIES=false},
 * no external DTD/schema access and a resolver that refuses everything. Files over
 * {@link StatementFiles#MAX_BYTES} are refused.
 *
 * <p>All or nothing: any problem throws {@link InvalidInputException} listing every problem found with
 * its line and field; nothing else is thrown for bad content.
 */
public final class Camt053Reader {

    /** The namespace of a camt.053 {@code Document} without its two-digit version. */
    public static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    public static final int OLDEST_VERSION = 2;
    public static final int NEWEST_VERSION = 13;
    /** Deepest element nesting accepted inside a statement part (camt needs about 12). */
    static final int MAX_DEPTH = 64;

    private static final Pattern ISO_MESSAGE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3}\\.\\d{3}\\.\\d{2})");
    private static final Pattern DECLARED_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private Camt053Reader() {
    }

    public static StatementFile read(Path path) {
        return InputFiles.read(path, Camt053Reader::read);
    }

    /**
     * Reads a camt.053 file; {@code fileName} names it in messages.
     *
     * @throws InvalidInputException listing every problem when the file is not a valid camt.053 statement
     */
    public static StatementFile read(InputStream in, String fileName) {
        return read(StatementFiles.readBytes(in, fileName), fileName);
    }

    /** Reads a camt.053 file from its bytes; see {@link #read(InputStream, String)}. */
    public static StatementFile read(byte[] content, String fileName) {
        return new Parse(content, fileName).run();
    }

    /** Thrown inside the parser to stop at a problem that makes the rest unreadable (already recorded). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private record Money(String currency, long minor, int line) {
    }

    private record Balance(int line, String currency, long signedMinor, LocalDate date) {
    }

    /** One future {@link StatementEntry} before the statement's account is known. */
    private record Tx(int line, String rawText, String currency, long amountMinor, Direction direction,
            boolean reversal, EntryStatus status, LocalDate bookingDate, LocalDate valueDate,
            String structuredReference, List<String> remittance, String endToEndId, String payerName,
            String payerAccount, String bankReference, String keyReference, String ntryRef, int txNumber,
            String entryReference, long entryAmountMinor, Direction entryDirection) {
    }

    private static final class Parse {
        private final byte[] bytes;
        private final String fileName;
        private final ErrorCollector errors;
        private final List<InputError> warnings = new ArrayList<>();
        private final List<BankStatement> statements = new ArrayList<>();
        private String text;
        private Texts.LineIndex lines;
        private XMLStreamReader reader;
        private String version;
        private LocalDate groupCreated;

        Parse(byte[] bytes, String fileName) {
            this.bytes = bytes;
            this.fileName = fileName;
            this.errors = new ErrorCollector(fileName);
        }

        StatementFile run() {
            try {
                if (bytes.length > StatementFiles.MAX_BYTES) {
                    stop(0, "", StatementFiles.tooLarge(bytes.length));
                }
                text = decode();
                lines = new Texts.LineIndex(text);
                refuseDoctype();
                reader = factory().createXMLStreamReader(new StringReader(text));
                file();
            } catch (Stop stop) {
                // recorded in errors
            } catch (XMLStreamException e) {
                errors.add(0, "", "cannot be parsed as XML: " + message(e));
            } finally {
                close();
            }
            errors.throwIfAny();
            return new StatementFile(fileName, StatementFormat.CAMT_053, version, statements, warnings);
        }

        private void stop(int line, String field, String message) {
            errors.add(line, field, message);
            throw new Stop();
        }

        private void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing left to release
                }
            }
        }

        // ---- bytes to text, and the DOCTYPE guard ----

        private String decode() {
            if (bytes.length == 0) {
                stop(0, "", "the file is empty");
            }
            Charset charset;
            int skip = 0;
            if (Texts.startsWith(bytes, Texts.UTF8_BOM)) {
                charset = StandardCharsets.UTF_8;
                skip = 3;
            } else if (Texts.startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
                charset = StandardCharsets.UTF_16BE;
                skip = 2;
            } else if (Texts.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
                charset = StandardCharsets.UTF_16LE;
                skip = 2;
            } else if (Texts.startsWith(bytes, new byte[] {0, '<'})) {
                charset = StandardCharsets.UTF_16BE;
            } else if (Texts.startsWith(bytes, new byte[] {'<', 0})) {
                charset = StandardCharsets.UTF_16LE;
            } else {
                charset = declaredCharset();
            }
            Texts.Decoded decoded = Texts.decode(bytes, skip, charset);
            if (!decoded.ok()) {
                int line = charset.name().startsWith("UTF-16") ? 0 : Texts.lineOfByte(bytes, skip + decoded.badOffset());
                stop(line, "", "is not valid " + charset.name() + " text (byte " + (skip + decoded.badOffset() + 1)
                        + "); save the statement as the bank delivered it");
            }
            return lineBreaks(decoded.text());
        }

        /**
         * A lone CR becomes LF, as XML reads it anyway: the parser then counts lines and columns the way
         * {@link Texts.LineIndex} does. CRLF is kept.
         */
        private static String lineBreaks(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                    return s.replaceAll("\r(?!\n)", "\n");
                }
            }
            return s;
        }

        /** The encoding of the XML declaration ({@code <?xml … encoding="…"?>}), UTF-8 when there is none. */
        private Charset declaredCharset() {
            int n = Math.min(bytes.length, 200);
            String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
            if (!head.startsWith("<?xml")) {
                return StandardCharsets.UTF_8;
            }
            int end = head.indexOf("?>");
            Matcher m = DECLARED_ENCODING.matcher(end < 0 ? head : head.substring(0, end));
            if (!m.find()) {
                return StandardCharsets.UTF_8;
            }
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                stop(1, "encoding", "the XML declaration names the encoding '" + m.group(1) + "', which is not supported");
                return null;
            }
        }

        /**
         * Refuses any DOCTYPE in the prolog before a parser sees the text: no entity is declared,
         * expanded or fetched.
         */
        private void refuseDoctype() {
            int i = 0;
            int n = text.length();
            if (n > 0 && text.charAt(0) == '\uFEFF') {
                i = 1;
            }
            while (i < n) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    i++;
                } else if (text.startsWith("<?", i)) {
                    int j = text.indexOf("?>", i + 2);
                    if (j < 0) {
                        return;
                    }
                    i = j + 2;
                } else if (text.startsWith("<!--", i)) {
                    int j = text.indexOf("-->", i + 4);
                    if (j < 0) {
                        return;
                    }
                    i = j + 3;
                } else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
                    stop(lines.lineOf(i), "DOCTYPE", "a DOCTYPE (document type declaration) is not allowed in a bank"
                            + " statement; the file was refused without being processed (a DOCTYPE can declare"
                            + " entities that expand without bound or read other files)");
                } else {
                    return;
                }
            }
        }

        private static XMLInputFactory factory() {
            XMLInputFactory f = XMLInputFactory.newDefaultFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
            f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
            setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
            setIfSupported(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
                throw new XMLStreamException("external resources are not read (" + systemId + ")");
            });
            f.setXMLReporter((message, type, info, location) -> {
            });
            return f;
        }

        private static void setIfSupported(XMLInputFactory f, String property, Object value) {
            try {
                f.setProperty(property, value);
            } catch (IllegalArgumentException e) {
                // this property is not known to the parser; the DOCTYPE guard covers it
            }
        }

        // ---- StAX navigation ----

        private int next() {
            try {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    stop(line(reader.getLocation()), "DOCTYPE", "a DOCTYPE is not allowed in a bank statement");
                }
                return event;
            } catch (XMLStreamException e) {
                int line = line(e.getLocation());
                boolean atEnd = line >= lines.lineOf(text.length());
                stop(line, "", (atEnd ? "unexpected end of file (the file may be truncated): " : "malformed XML: ")
                        + message(e));
            } catch (RuntimeException e) {
                if (e instanceof Stop) {
                    throw e;
                }
                stop(line(safeLocation()), "", "malformed XML: " + e.getMessage());
            }
            return -1;
        }

        private Location safeLocation() {
            try {
                return reader.getLocation();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private static int line(Location location) {
            return location == null ? 0 : Math.max(location.getLineNumber(), 0);
        }

        private static String message(XMLStreamException e) {
            String m = String.valueOf(e.getMessage());
            int i = m.indexOf("Message: ");
            return (i >= 0 ? m.substring(i + 9) : m).strip();
        }

        /** Moves to the next child start tag, or to the end tag of the current element. */
        private int nextTag() {
            while (true) {
                int event = next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return event;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    stop(lines.lineOf(text.length()), "", "unexpected end of file");
                }
            }
        }

        /** Skips the element whose start tag is current, up to its end tag. */
        private void skip() {
            int depth = 1;
            while (depth > 0) {
                int event = nextTag();
                depth += event == XMLStreamConstants.START_ELEMENT ? 1 : -1;
            }
        }

        /** Where the current start tag begins (its '<'). */
        private int startOffset() {
            int off = offset();
            if (off <= 0) {
                return 0;
            }
            int lt = text.lastIndexOf('<', off - 1);
            return Math.max(lt, 0);
        }

        /** Just past the current end tag (its '>'). */
        private int endOffset() {
            int off = offset();
            if (off > 0 && text.charAt(off - 1) == '>') {
                return off;
            }
            int gt = text.indexOf('>', Math.max(off, 0));
            return gt < 0 ? text.length() : gt + 1;
        }

        /**
         * The parser's position just after the current tag, as an offset into {@link #text}. Taken from the
         * line and column, which the JDK parser keeps exactly; its character offset drifts after some
         * entity references, so it is only a fallback.
         */
        private int offset() {
            Location loc = reader.getLocation();
            int off = lines.offsetOf(loc.getLineNumber(), loc.getColumnNumber());
            if (endsTag(off)) {
                return off;
            }
            int alt = loc.getCharacterOffset();
            if (endsTag(alt)) {
                return alt;
            }
            return off < 0 || off > text.length() ? -1 : off;
        }

        private boolean endsTag(int off) {
            return off > 0 && off <= text.length() && text.charAt(off - 1) == '>';
        }

        private int startLine() {
            return lines.lineOf(startOffset());
        }

        /** Reads the element whose start tag is current into a tree, up to its end tag. */
        private XmlNode readNode() {
            XmlNode root = newNode();
            Deque<XmlNode> open = new ArrayDeque<>();
            open.push(root);
            while (!open.isEmpty()) {
                int event = next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (open.size() >= MAX_DEPTH) {
                            stop(startLine(), reader.getLocalName(), "elements are nested more than " + MAX_DEPTH + " deep");
                        }
                        XmlNode child = newNode();
                        open.peek().children.add(child);
                        open.push(child);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop().end = endOffset();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            open.peek().appendText(reader.getText());
                    case XMLStreamConstants.END_DOCUMENT -> stop(lines.lineOf(text.length()), "", "unexpected end of file");
                    default -> {
                        // comments and processing instructions carry no statement data
                    }
                }
            }
            return root;
        }

        private XmlNode newNode() {
            int start = startOffset();
            int count = reader.getAttributeCount();
            Map<String, String> attributes = Map.of();
            if (count > 0) {
                attributes = new HashMap<>();
                for (int i = 0; i < count; i++) {
                    attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                }
            }
            return new XmlNode(reader.getLocalName(), lines.lineOf(start), start, attributes);
        }

        // ---- document structure ----

        private void file() {
            int event = reader.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    stop(0, "", "the file holds no XML element");
                }
                event = next();
            }
            String root = reader.getLocalName();
            if ("Document".equals(root)) {
                document();
            } else {
                int rootLine = startLine();
                boolean found = false;
                while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (!found && "Document".equals(reader.getLocalName())) {
                        found = true;
                        document();
                    } else {
                        skip();
                    }
                }
                if (!found) {
                    stop(rootLine, root, "not a camt.053 statement: the root element is <" + root
                            + ">, expected <Document> (alone or next to an <AppHdr> in an envelope)");
                }
            }
            while (next() != XMLStreamConstants.END_DOCUMENT) {
                // the parser checks that what follows the root is well-formed
            }
        }

        private void document() {
            int line = startLine();
            version = version(reader.getNamespaceURI(), line);
            boolean found = false;
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!found && "BkToCstmrStmt".equals(reader.getLocalName())) {
                    found = true;
                    bankToCustomerStatement();
                } else {
                    skip();
                }
            }
            if (!found) {
                stop(line, "BkToCstmrStmt", "the Document holds no BkToCstmrStmt (bank-to-customer statement)");
            }
        }

        private String version(String namespace, int line) {
            String expected = "expected " + NAMESPACE_PREFIX + "NN with NN from 02 to " + NEWEST_VERSION;
            if (namespace == null || namespace.isEmpty()) {
                stop(line, "Document", "the Document has no namespace; " + expected);
            }
            if (namespace.startsWith(NAMESPACE_PREFIX)) {
                String nn = namespace.substring(NAMESPACE_PREFIX.length());
                if (nn.length() == 2 && Character.isDigit(nn.charAt(0)) && Character.isDigit(nn.charAt(1))) {
                    int v = Integer.parseInt(nn);
                    if (v >= OLDEST_VERSION && v <= NEWEST_VERSION) {
                        return "camt.053.001." + nn;
                    }
                    stop(line, "Document", "camt.053 version 001." + nn + " is not supported; " + expected);
                }
            }
            Matcher m = ISO_MESSAGE.matcher(namespace);
            if (m.matches()) {
                stop(line, "Document", "this is a " + m.group(1) + " message, not a camt.053 bank statement; " + expected);
            }
            stop(line, "Document", "unknown namespace '" + namespace + "'; " + expected);
            return null;
        }

        private void bankToCustomerStatement() {
            int line = startLine();
            int count = 0;
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                if ("GrpHdr".equals(name)) {
                    XmlNode header = readNode();
                    String created = header.text("CreDtTm");
                    if (created != null) {
                        groupCreated = Dates.isoDateTimeDate(created, errors, header.path("CreDtTm").line, "GrpHdr/CreDtTm");
                    }
                } else if ("Stmt".equals(name)) {
                    count++;
                    statement();
                } else {
                    skip();
                }
            }
            if (count == 0) {
                errors.add(line, "Stmt", "the file holds no statement (no Stmt element in BkToCstmrStmt)");
            }
        }

        // ---- one statement ----

        private void statement() {
            int start = startOffset();
            XmlNode stmt = new XmlNode("Stmt", lines.lineOf(start), start, Map.of());
            ErrorCollector local = new ErrorCollector(fileName);
            List<Tx> txs = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                XmlNode child = readNode();
                if ("Ntry".equals(child.name)) {
                    txs.addAll(entry(child, local));
                } else {
                    stmt.children.add(child);
                }
            }
            BankStatement statement = buildStatement(stmt, txs, local);
            local.errors().forEach(errors::add);
            if (statement != null && !local.hasErrors()) {
                statements.add(statement);
            }
        }

        private BankStatement buildStatement(XmlNode stmt, List<Tx> txs, ErrorCollector local) {
            int line = stmt.line;
            String id = stmt.text("Id");
            if (id == null) {
                local.add(line, "Id", "a statement Id is required");
            }
            String account = account(stmt);
            if (account == null) {
                local.add(line, "Acct/Id", "the account (Acct/Id/IBAN or Acct/Id/Othr/Id) is required");
            }
            String accountCurrency = null;
            XmlNode ccy = stmt.path("Acct", "Ccy");
            if (ccy != null && Amounts.minorDigits(ccy.text(), local, ccy.line, "Acct/Ccy") >= 0) {
                accountCurrency = ccy.text();
            }
            Balance opening = null;
            Balance closing = null;
            for (XmlNode bal : stmt.all("Bal")) {
                String code = bal.text("Tp", "CdOrPrtry", "Cd");
                if ("OPBD".equals(code) && opening == null) {
                    opening = balance(bal, local);
                } else if ("CLBD".equals(code) && closing == null) {
                    closing = balance(bal, local);
                }
            }
            String currency = accountCurrency;
            if (currency == null && !txs.isEmpty()) {
                currency = txs.get(0).currency();
            }
            if (currency == null && opening != null) {
                currency = opening.currency();
            }
            if (currency == null && closing != null) {
                currency = closing.currency();
            }
            if (currency == null && !local.hasErrors()) {
                local.add(line, "Acct/Ccy", "cannot tell the statement's currency: no Acct/Ccy, entries or balances");
            }
            if (!Amounts.totalFits(txs.stream().map(Tx::amountMinor).toList())) {
                local.add(line, "Ntry/Amt", Amounts.totalTooLarge());
                return null;
            }
            Long openingMinor = balanceIn(opening, currency, "opening balance (OPBD)");
            Long closingMinor = balanceIn(closing, currency, "closing balance (CLBD)");
            LocalDate closingDate = closingMinor == null ? null : closing.date();
            if (openingMinor != null && closingMinor != null) {
                checkBalances(line, currency, openingMinor, closingMinor, txs);
            }
            LocalDate[] period = period(stmt, txs, closingDate, local);
            if (local.hasErrors() || id == null || account == null || currency == null || period == null) {
                return null;
            }
            return new BankStatement(account, currency, id, period[0], period[1], openingMinor, closingMinor,
                    closingDate, entries(account, txs), line);
        }

        private static String account(XmlNode stmt) {
            String iban = stmt.text("Acct", "Id", "IBAN");
            if (iban != null) {
                return iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            }
            String other = stmt.text("Acct", "Id", "Othr", "Id");
            return other == null ? null : other.replaceAll("\\s+", "");
        }

        private Balance balance(XmlNode bal, ErrorCollector local) {
            Money money = money(bal.child("Amt"), bal.line, "Bal/Amt", local);
            Direction direction = direction(bal, "Bal/CdtDbtInd", local);
            LocalDate date = dateChoice(bal.child("Dt"), "Bal/Dt", local);
            if (money == null || direction == null) {
                return null;
            }
            return new Balance(bal.line, money.currency(), direction == Direction.CREDIT ? money.minor() : -money.minor(), date);
        }

        private Long balanceIn(Balance balance, String currency, String what) {
            if (balance == null || currency == null) {
                return null;
            }
            if (!balance.currency().equals(currency)) {
                warnings.add(InputError.of(fileName, balance.line(), "Bal/Amt", "the " + what + " is in " + balance.currency()
                        + ", the account in " + currency + "; the balance is ignored"));
                return null;
            }
            return balance.signedMinor();
        }

        private void checkBalances(int line, String currency, long opening, long closing, List<Tx> txs) {
            long credits = 0;
            long debits = 0;
            for (Tx tx : txs) {
                if (tx.status() != EntryStatus.BOOKED) {
                    continue;
                }
                if (!tx.currency().equals(currency)) {
                    warnings.add(InputError.of(fileName, line, "Bal", "the balances cannot be checked: booked entries"
                            + " are in " + tx.currency() + " and " + currency));
                    return;
                }
                if (tx.direction() == Direction.CREDIT) {
                    credits += tx.amountMinor();
                } else {
                    debits += tx.amountMinor();
                }
            }
            int digits = Amounts.minorDigits(currency, new ErrorCollector(fileName), line, "");
            long expected;
            try {
                expected = Math.subtractExact(Math.addExact(opening, credits), debits);
            } catch (ArithmeticException e) {
                warnings.add(InputError.of(fileName, line, "Bal", "the balances cannot be checked: opening balance (OPBD) "
                        + Amounts.format(opening, digits) + " plus the booked entries is out of range"));
                return;
            }
            if (expected != closing) {
                warnings.add(InputError.of(fileName, line, "Bal", "opening balance (OPBD) " + Amounts.format(opening, digits)
                        + " + booked credits " + Amounts.format(credits, digits) + " - booked debits "
                        + Amounts.format(debits, digits) + " = " + Amounts.format(expected, digits) + " " + currency
                        + ", but the closing balance (CLBD) is " + Amounts.format(closing, digits)));
            }
        }

        /** From and to: FrToDt, else the booking dates, else the closing balance date or creation date. */
        private LocalDate[] period(XmlNode stmt, List<Tx> txs, LocalDate closingDate, ErrorCollector local) {
            LocalDate from = null;
            LocalDate to = null;
            XmlNode range = stmt.child("FrToDt");
            if (range != null) {
                from = Dates.isoDateTimeDate(range.text("FrDtTm"), local, range.line, "FrToDt/FrDtTm");
                to = Dates.isoDateTimeDate(range.text("ToDtTm"), local, range.line, "FrToDt/ToDtTm");
                if (from != null && to != null && from.isAfter(to)) {
                    local.add(range.line, "FrToDt", "the period starts (" + from + ") after it ends (" + to + ")");
                }
            } else {
                for (Tx tx : txs) {
                    from = from == null || tx.bookingDate().isBefore(from) ? tx.bookingDate() : from;
                    to = to == null || tx.bookingDate().isAfter(to) ? tx.bookingDate() : to;
                }
                LocalDate fallback = closingDate;
                if (fallback == null && stmt.text("CreDtTm") != null) {
                    fallback = Dates.isoDateTimeDate(stmt.text("CreDtTm"), local, stmt.path("CreDtTm").line, "CreDtTm");
                }
                if (fallback == null) {
                    fallback = groupCreated;
                }
                from = from == null ? fallback : from;
                to = to == null ? fallback : to;
                if ((from == null || to == null) && !local.hasErrors()) {
                    local.add(stmt.line, "FrToDt", "cannot tell the statement period: no FrToDt, entries, closing balance"
                            + " or CreDtTm");
                }
            }
            return from == null || to == null ? null : new LocalDate[] {from, to};
        }

        private static List<StatementEntry> entries(String account, List<Tx> txs) {
            Keys.Unique unique = new Keys.Unique();
            List<StatementEntry> out = new ArrayList<>(txs.size());
            for (Tx tx : txs) {
                String key;
                if (tx.txNumber() == 0) {
                    key = tx.keyReference() != null ? Keys.join(account, tx.keyReference())
                            : Keys.join(account, tx.bookingDate(), tx.amountMinor(), code(tx.direction()), tx.ntryRef(),
                                    tx.endToEndId(), tx.payerAccount());
                } else if (tx.keyReference() != null) {
                    key = Keys.join(account, tx.keyReference());
                } else {
                    String entryKey = tx.entryReference() != null ? Keys.join(account, tx.entryReference())
                            : Keys.join(account, tx.bookingDate(), tx.entryAmountMinor(), code(tx.entryDirection()),
                                    tx.ntryRef(), null, null);
                    key = entryKey + "#tx" + tx.txNumber();
                }
                out.add(new StatementEntry(tx.line(), account, tx.currency(), unique.of(key), tx.bookingDate(),
                        tx.valueDate(), tx.amountMinor(), tx.direction(), tx.reversal(), tx.status(),
                        tx.structuredReference(), tx.remittance(), tx.endToEndId(), tx.payerName(), tx.payerAccount(),
                        tx.bankReference(), tx.rawText()));
            }
            return out;
        }

        private static String code(Direction d) {
            return d == Direction.CREDIT ? "CRDT" : "DBIT";
        }

        // ---- one entry ----

        private List<Tx> entry(XmlNode ntry, ErrorCollector statementErrors) {
            ErrorCollector local = new ErrorCollector(fileName);
            int line = ntry.line;
            Money money = money(ntry.child("Amt"), line, "Amt", local);
            if (money != null && money.minor() == 0) {
                local.add(money.line(), "Amt", "the entry amount must be greater than zero");
            }
            Direction direction = direction(ntry, "CdtDbtInd", local);
            boolean reversal = reversal(ntry, local);
            EntryStatus status = status(ntry, local);
            LocalDate booking = dateChoice(ntry.child("BookgDt"), "BookgDt", local);
            LocalDate value = dateChoice(ntry.child("ValDt"), "ValDt", local);
            if (booking == null && value == null && ntry.child("BookgDt") == null && ntry.child("ValDt") == null) {
                local.add(line, "BookgDt", "a booking date (BookgDt) or value date (ValDt) is required");
            }
            booking = booking == null ? value : booking;
            value = value == null ? booking : value;
            String ntryRef = ntry.text("NtryRef");
            String entryRef = ntry.text("AcctSvcrRef");
            List<String> entryInfo = texts(ntry.all("AddtlNtryInf"));
            List<XmlNode> details = ntry.allAlong("NtryDtls", "TxDtls");
            String raw = text.substring(ntry.start, Math.max(ntry.start, ntry.end));

            boolean split = details.size() >= 2 && details.stream().allMatch(t -> transactionAmount(t) != null);
            List<Tx> out = new ArrayList<>();
            if (!split) {
                List<String> remittance = new ArrayList<>();
                String structured = null;
                String endToEnd = null;
                String payerName = null;
                String payerAccount = null;
                for (XmlNode t : details) {
                    remittance.addAll(remittance(t));
                    structured = structured != null ? structured : structuredReference(t);
                    endToEnd = endToEnd != null ? endToEnd : endToEndId(t);
                    payerName = payerName != null ? payerName : payerName(t);
                    payerAccount = payerAccount != null ? payerAccount : payerAccount(t);
                }
                remittance.addAll(entryInfo);
                String keyRef = entryRef;
                if (keyRef == null && details.size() == 1) {
                    keyRef = details.get(0).text("Refs", "AcctSvcrRef");
                }
                if (!local.hasErrors()) {
                    out.add(new Tx(line, raw, money.currency(), money.minor(), direction, reversal, status, booking, value,
                            structured, remittance, endToEnd, payerName, payerAccount, keyRef != null ? keyRef : ntryRef,
                            keyRef, ntryRef, 0, entryRef, money.minor(), direction));
                }
            } else {
                long sum = 0;
                List<Tx> parts = new ArrayList<>();
                for (int i = 0; i < details.size(); i++) {
                    XmlNode t = details.get(i);
                    XmlNode amount = transactionAmount(t);
                    String field = t.child("Amt") != null ? "TxDtls/Amt" : "TxDtls/AmtDtls/TxAmt/Amt";
                    Money part = money(amount, t.line, field, local);
                    Direction partDirection = t.child("CdtDbtInd") != null ? direction(t, "TxDtls/CdtDbtInd", local) : direction;
                    if (part == null || partDirection == null || money == null) {
                        continue;
                    }
                    if (!part.currency().equals(money.currency())) {
                        local.add(part.line(), field, "the transaction is in " + part.currency() + " but its entry in "
                                + money.currency());
                        continue;
                    }
                    if (part.minor() == 0) {
                        local.add(part.line(), field, "a transaction amount must be greater than zero");
                        continue;
                    }
                    sum += partDirection == Direction.CREDIT ? part.minor() : -part.minor();
                    List<String> remittance = new ArrayList<>(remittance(t));
                    remittance.addAll(entryInfo);
                    String ownRef = t.text("Refs", "AcctSvcrRef");
                    String bankRef = ownRef != null ? ownRef : entryRef != null ? entryRef : ntryRef;
                    parts.add(new Tx(t.line, raw, part.currency(), part.minor(), partDirection, reversal, status, booking,
                            value, structuredReference(t), remittance, endToEndId(t), payerName(t), payerAccount(t),
                            bankRef, ownRef, ntryRef, i + 1, entryRef, money.minor(), direction));
                }
                if (!local.hasErrors() && direction != null) {
                    long entrySigned = direction == Direction.CREDIT ? money.minor() : -money.minor();
                    if (sum != entrySigned) {
                        int digits = Amounts.minorDigits(money.currency(), new ErrorCollector(fileName), line, "");
                        local.add(line, "NtryDtls/TxDtls", "the " + details.size() + " transactions add up to "
                                + Amounts.format(sum, digits) + " " + money.currency() + " but the entry amount is "
                                + Amounts.format(entrySigned, digits) + " (credits positive, debits negative)");
                    }
                }
                if (!local.hasErrors()) {
                    out.addAll(parts);
                }
            }
            local.errors().forEach(statementErrors::add);
            return local.hasErrors() ? List.of() : out;
        }

        private static XmlNode transactionAmount(XmlNode tx) {
            XmlNode amount = tx.child("Amt");
            return amount != null ? amount : tx.path("AmtDtls", "TxAmt", "Amt");
        }

        private static List<String> remittance(XmlNode tx) {
            List<String> lines = new ArrayList<>(texts(tx.allAlong("RmtInf", "Ustrd")));
            lines.addAll(texts(tx.all("AddtlTxInf")));
            return lines;
        }

        private static String structuredReference(XmlNode tx) {
            for (XmlNode ref : tx.allAlong("RmtInf", "Strd", "CdtrRefInf", "Ref")) {
                String t = ref.text();
                if (!t.isEmpty()) {
                    return t;
                }
            }
            return null;
        }

        private static String endToEndId(XmlNode tx) {
            String id = tx.text("Refs", "EndToEndId");
            return id == null || "NOTPROVIDED".equalsIgnoreCase(id) ? null : id;
        }

        private static String payerName(XmlNode tx) {
            String name = tx.text("RltdPties", "Dbtr", "Pty", "Nm");
            return name != null ? name : tx.text("RltdPties", "Dbtr", "Nm");
        }

        private static String payerAccount(XmlNode tx) {
            String iban = tx.text("RltdPties", "DbtrAcct", "Id", "IBAN");
            if (iban != null) {
                return iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            }
            String other = tx.text("RltdPties", "DbtrAcct", "Id", "Othr", "Id");
            return other == null ? null : other.replaceAll("\\s+", "");
        }

        private static List<String> texts(List<XmlNode> nodes) {
            List<String> out = new ArrayList<>();
            for (XmlNode n : nodes) {
                String t = n.text();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        }

        // ---- values ----

        private static Money money(XmlNode amount, int parentLine, String field, ErrorCollector local) {
            if (amount == null) {
                local.add(parentLine, field, "an amount is required");
                return null;
            }
            String currency = amount.attribute("Ccy");
            int digits = Amounts.minorDigits(currency, local, amount.line, field + "/@Ccy");
            if (digits < 0) {
                return null;
            }
            Long minor = Amounts.camt(amount.text(), digits, currency, local, amount.line, field);
            return minor == null ? null : new Money(currency, minor, amount.line);
        }

        private static Direction direction(XmlNode parent, String field, ErrorCollector local) {
            XmlNode node = parent.child("CdtDbtInd");
            String code = node == null ? "" : node.text();
            switch (code) {
                case "CRDT" -> {
                    return Direction.CREDIT;
                }
                case "DBIT" -> {
                    return Direction.DEBIT;
                }
                default -> {
                    local.add(node == null ? parent.line : node.line, field, code.isEmpty()
                            ? "CdtDbtInd (CRDT or DBIT) is required"
                            : "'" + code + "' is not CRDT or DBIT");
                    return null;
                }
            }
        }

        private static boolean reversal(XmlNode ntry, ErrorCollector local) {
            XmlNode node = ntry.child("RvslInd");
            if (node == null) {
                return false;
            }
            switch (node.text()) {
                case "true", "1" -> {
                    return true;
                }
                case "false", "0" -> {
                    return false;
                }
                default -> {
                    local.add(node.line, "RvslInd", "'" + node.text() + "' is not true or false");
                    return false;
                }
            }
        }

        private static EntryStatus status(XmlNode ntry, ErrorCollector local) {
            XmlNode node = ntry.child("Sts");
            if (node == null) {
                local.add(ntry.line, "Sts", "an entry status (Sts: BOOK, PDNG or INFO) is required");
                return null;
            }
            String code = node.children.isEmpty() ? node.text() : node.text("Cd");
            if (code == null && !node.children.isEmpty()) {
                code = node.text("Prtry");
            }
            switch (code == null ? "" : code) {
                case "BOOK" -> {
                    return EntryStatus.BOOKED;
                }
                case "PDNG", "FUTR" -> {
                    return EntryStatus.PENDING;
                }
                case "INFO" -> {
                    return EntryStatus.INFO;
                }
                default -> {
                    local.add(node.line, "Sts", (code == null || code.isEmpty() ? "an empty status" : "'" + code + "'")
                            + " is not BOOK, PDNG, FUTR or INFO");
                    return null;
                }
            }
        }

        /** A {@code DateAndDateTimeChoice}: {@code Dt} or {@code DtTm}; null when absent (or wrong, with an error). */
        private static LocalDate dateChoice(XmlNode node, String field, ErrorCollector local) {
            if (node == null) {
                return null;
            }
            XmlNode dt = node.child("Dt");
            if (dt != null) {
                return Dates.isoDate(dt.text(), local, dt.line, field + "/Dt");
            }
            XmlNode dtTm = node.child("DtTm");
            if (dtTm != null) {
                return Dates.isoDateTimeDate(dtTm.text(), local, dtTm.line, field + "/DtTm");
            }
            local.add(node.line, field, "neither Dt nor DtTm is given");
            return null;
        }
    }
}
