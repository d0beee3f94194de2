package org.localis.statement;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;

/**
 * Reads ISO 20022 camt.053 bank-to-customer statements (versions {@code camt.053.001.02} to
 * {@code .13}) into {@link StatementFile}. This class maps camt elements to the statement model; the safe
 * reading of the bytes is {@link XmlIntake} (decoding, the DOCTYPE guard, a parser that processes no DTD
 * and fetches nothing) and the walk over the elements is {@link XmlCursor}.
 *
 * <p><b>What is read.</b> Element local names only (namespace prefixes do not matter), but the
 * {@code Document} must be in the namespace {@code urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN},
 * NN 02 to 13. The {@code Document} may be the root or a child of an envelope root next to a business
 * application header ({@code AppHdr}, skipped). Per {@code Stmt}: {@code Id}, the account
 * ({@code Acct/Id/IBAN} or {@code Acct/Id/Othr/Id}), {@code Acct/Ccy}, the {@code OPBD}/{@code PRCD}/{@code CLBD}
 * balances and {@code FrToDt}. Per {@code Ntry}: {@code Amt@Ccy}, {@code CdtDbtInd}, {@code RvslInd},
 * {@code Sts} (a plain code up to v07, {@code Sts/Cd} from v08), {@code BookgDt}/{@code ValDt}
 * ({@code Dt} or {@code DtTm}), {@code NtryRef}, {@code AcctSvcrRef}, {@code AddtlNtryInf}, {@code AmtDtls}
 * (see {@link CurrencyExchange}), and of its {@code NtryDtls/TxDtls}: {@code Refs/EndToEndId},
 * {@code Refs/AcctSvcrRef}, the debtor and creditor ({@code RltdPties/Dbtr/Nm} up to v07,
 * {@code Dbtr/Pty/Nm} from v08; likewise {@code Cdtr}) and their accounts, {@code AmtDtls},
 * {@code RmtInf/Ustrd}, {@code RmtInf/Strd/CdtrRefInf/Ref} and {@code AddtlTxInf}. Other elements are ignored.
 *
 * <p><b>Currency.</b> Every entry keeps the currency of its own amount, which may differ from the account's;
 * see {@link StatementEntry#amountIn(String)}.
 *
 * <p><b>Batches.</b> An entry with two or more {@code TxDtls} that all carry an amount ({@code TxDtls/Amt}
 * or {@code AmtDtls/TxAmt/Amt}) is split into one {@link StatementEntry} per transaction; the signed
 * transaction amounts must add up to the entry amount. Otherwise an entry is one {@link StatementEntry}
 * whatever its {@code TxDtls} say about amounts.
 *
 * <p><b>Amounts</b> may have up to 5 decimals; decimals past the currency's minor units must be zeros. The
 * entries of one statement may add up to at most 10^18 minor units, so that every sum of them fits a {@code long}.
 *
 * <p><b>Balances.</b> Opening is {@code OPBD}, else {@code PRCD}; closing is {@code CLBD}; every other code is
 * ignored on purpose. One {@link BalanceCheck} is made per currency (see there). A mismatch, or a check that
 * cannot be made although a balance is given, is a {@linkplain StatementFile#warnings() warning}, not an
 * error: the public genkgo sample {@code camt053.v2.five.decimals.xml} (18.15 + 8.85 ≠ 27.05) does not add
 * up, and a page of a paginated statement need not hold every entry of its period.
 *
 * <p><b>Pending and information-only entries</b> are listed in {@link BankStatement#skipped()}; one that
 * cannot be read (the standard makes its booking date optional) is skipped with a warning instead of
 * rejecting the file. Booked entries are strict.
 *
 * <p>All or nothing: any other problem throws {@link InvalidInputException} listing every problem found with
 * its line and field; nothing else is thrown for bad content. Files over {@link StatementFiles#MAX_BYTES}
 * are refused.
 */
public final class Camt053Reader {

    /** The namespace of a camt.053 {@code Document} without its two-digit version. */
    public static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.";
    public static final int OLDEST_VERSION = 2;
    public static final int NEWEST_VERSION = 13;
    /** Deepest element nesting accepted inside a statement part (camt needs about 12). */
    static final int MAX_DEPTH = 64;

    private static final Pattern ISO_MESSAGE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3}\\.\\d{3}\\.\\d{2})");

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

    private record Money(String currency, long minor, int line) {
    }

    private record Balance(int line, String currency, long signedMinor, LocalDate date) {
    }

    /** One future {@link StatementEntry} before the statement's account is known. */
    private record Tx(int line, String rawText, String currency, long amountMinor, Direction direction,
            boolean reversal, EntryStatus status, LocalDate bookingDate, LocalDate valueDate,
            String structuredReference, List<String> remittance, String endToEndId, String payerName,
            String payerAccount, String bankReference, String keyReference, String ntryRef, int txNumber,
            String entryReference, long entryAmountMinor, Direction entryDirection, List<XmlNode> amountDetails,
            String payeeName, String payeeAccount) {
    }

    private static final class Parse {
        private final byte[] bytes;
        private final String fileName;
        private final ErrorCollector errors;
        private final List<InputError> warnings = new ArrayList<>();
        private final List<BankStatement> statements = new ArrayList<>();
        private XmlCursor cursor;
        private String version;
        private LocalDate groupCreated;

        Parse(byte[] bytes, String fileName) {
            this.bytes = bytes;
            this.fileName = fileName;
            this.errors = new ErrorCollector(fileName);
        }

        StatementFile run() {
            try {
                XmlIntake.Text text = XmlIntake.text(bytes, errors);
                cursor = new XmlCursor(XmlIntake.reader(text), text, errors, MAX_DEPTH);
                file();
            } catch (StopParsing stop) {
                // recorded in errors
            } catch (XMLStreamException e) {
                errors.add(0, "", "cannot be parsed as XML: " + XmlCursor.message(e));
            } finally {
                if (cursor != null) {
                    cursor.close();
                }
            }
            errors.throwIfAny();
            return new StatementFile(fileName, StatementFormat.CAMT_053, version, statements, warnings);
        }

        private void stop(int line, String field, String message) {
            errors.add(line, field, message);
            throw new StopParsing();
        }

        // ---- document structure ----

        private void file() {
            int event = cursor.eventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    stop(0, "", "the file holds no XML element");
                }
                event = cursor.next();
            }
            String root = cursor.localName();
            if ("Document".equals(root)) {
                document();
            } else {
                int rootLine = cursor.startLine();
                boolean found = false;
                while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (!found && "Document".equals(cursor.localName())) {
                        found = true;
                        document();
                    } else {
                        cursor.skip();
                    }
                }
                if (!found) {
                    stop(rootLine, root, "not a camt.053 statement: the root element is <" + root
                            + ">, expected <Document> (alone or next to an <AppHdr> in an envelope)");
                }
            }
            while (cursor.next() != XMLStreamConstants.END_DOCUMENT) {
                // the parser checks that what follows the root is well-formed
            }
        }

        private void document() {
            int line = cursor.startLine();
            version = version(cursor.namespaceUri(), line);
            boolean found = false;
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!found && "BkToCstmrStmt".equals(cursor.localName())) {
                    found = true;
                    bankToCustomerStatement();
                } else {
                    cursor.skip();
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
            int line = cursor.startLine();
            int count = 0;
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = cursor.localName();
                if ("GrpHdr".equals(name)) {
                    XmlNode header = cursor.readNode();
                    String created = header.text("CreDtTm");
                    if (created != null) {
                        groupCreated = Dates.isoDateTimeDate(created, errors, header.path("CreDtTm").line, "GrpHdr/CreDtTm");
                    }
                } else if ("Stmt".equals(name)) {
                    count++;
                    statement();
                } else {
                    cursor.skip();
                }
            }
            if (count == 0) {
                errors.add(line, "Stmt", "the file holds no statement (no Stmt element in BkToCstmrStmt)");
            }
        }

        // ---- one statement ----

        private void statement() {
            int start = cursor.startOffset();
            XmlNode stmt = new XmlNode("Stmt", cursor.lineOf(start), start, Map.of());
            ErrorCollector local = new ErrorCollector(fileName);
            List<Tx> txs = new ArrayList<>();
            List<SkippedEntry> skipped = new ArrayList<>();
            while (cursor.nextTag() == XMLStreamConstants.START_ELEMENT) {
                XmlNode child = cursor.readNode();
                if ("Ntry".equals(child.name)) {
                    txs.addAll(entry(child, local, skipped));
                } else {
                    stmt.children.add(child);
                }
            }
            BankStatement statement = buildStatement(stmt, txs, skipped, local);
            local.errors().forEach(errors::add);
            if (statement != null && !local.hasErrors()) {
                statements.add(statement);
            }
        }

        private BankStatement buildStatement(XmlNode stmt, List<Tx> txs, List<SkippedEntry> skipped, ErrorCollector local) {
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
            Balances balances = balances(stmt, local);
            String currency = accountCurrency;
            if (currency == null && !txs.isEmpty()) {
                currency = txs.get(0).currency();
            }
            if (currency == null) {
                currency = balances.firstCurrency();
            }
            if (currency == null && !local.hasErrors()) {
                local.add(line, "Acct/Ccy", "cannot tell the statement's currency: no Acct/Ccy, entries or balances");
            }
            if (!Amounts.totalFits(txs.stream().map(Tx::amountMinor).toList())) {
                local.add(line, "Ntry/Amt", Amounts.totalTooLarge());
                return null;
            }
            Balance opening = currency == null ? null : balances.opening(currency);
            Balance closing = currency == null ? null : balances.closing(currency);
            LocalDate closingDate = closing == null ? null : closing.date();
            LocalDate[] period = period(stmt, txs, closingDate, local);
            if (local.hasErrors() || id == null || account == null || currency == null || period == null) {
                return null;
            }
            List<StatementEntry> entries = entries(account, currency, txs, local);
            if (local.hasErrors()) {
                return null;
            }
            List<BalanceCheck> checks = balanceChecks(currency, balances, entries);
            for (BalanceCheck check : checks) {
                boolean partial = check.reconciles() == null
                        && (check.openingMinor() != null || check.closingMinor() != null);
                if (Boolean.FALSE.equals(check.reconciles()) || partial) {
                    warnings.add(InputError.of(fileName, line, "Bal", check.explanation()));
                }
            }
            return new BankStatement(account, currency, id, period[0], period[1],
                    opening == null ? null : opening.signedMinor(), closing == null ? null : closing.signedMinor(),
                    closingDate, entries, line, checks, skipped);
        }

        private static String account(XmlNode stmt) {
            String iban = stmt.text("Acct", "Id", "IBAN");
            if (iban != null) {
                return iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            }
            String other = stmt.text("Acct", "Id", "Othr", "Id");
            return other == null ? null : other.replaceAll("\\s+", "");
        }

        /**
         * The booked balances that bound a statement, per currency: {@code OPBD}, {@code PRCD} and
         * {@code CLBD} (the first of each code and currency). Every other code ({@code ITBD}, {@code ITAV},
         * {@code OPAV}, {@code CLAV}, {@code FWAV}, {@code INFO}, proprietary codes) is ignored on purpose and
         * not even parsed: they do not bound the statement's booked entries.
         */
        private record Balances(Map<String, Balance> opbd, Map<String, Balance> prcd, Map<String, Balance> clbd,
                List<String> currencies) {

            Balance opening(String currency) {
                Balance b = opbd.get(currency);
                return b != null ? b : prcd.get(currency);
            }

            Balance closing(String currency) {
                return clbd.get(currency);
            }

            String openingCode(String currency) {
                return opbd.containsKey(currency) ? "OPBD" : prcd.containsKey(currency) ? "PRCD" : null;
            }

            String firstCurrency() {
                return currencies.isEmpty() ? null : currencies.get(0);
            }
        }

        private Balances balances(XmlNode stmt, ErrorCollector local) {
            Map<String, Balance> opbd = new HashMap<>();
            Map<String, Balance> prcd = new HashMap<>();
            Map<String, Balance> clbd = new HashMap<>();
            List<String> currencies = new ArrayList<>();
            for (XmlNode bal : stmt.all("Bal")) {
                String code = bal.text("Tp", "CdOrPrtry", "Cd");
                Map<String, Balance> target = "OPBD".equals(code) ? opbd : "PRCD".equals(code) ? prcd
                        : "CLBD".equals(code) ? clbd : null;
                if (target == null) {
                    continue;
                }
                Balance b = balance(bal, local);
                if (b != null) {
                    target.putIfAbsent(b.currency(), b);
                    if (!currencies.contains(b.currency())) {
                        currencies.add(b.currency());
                    }
                }
            }
            return new Balances(opbd, prcd, clbd, currencies);
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

        /** One check for the account currency, then one for every other currency that has a balance. */
        private List<BalanceCheck> balanceChecks(String accountCurrency, Balances balances, List<StatementEntry> entries) {
            List<String> currencies = new ArrayList<>();
            currencies.add(accountCurrency);
            for (String c : balances.currencies()) {
                if (!currencies.contains(c)) {
                    currencies.add(c);
                }
            }
            List<BalanceCheck> out = new ArrayList<>();
            for (String c : currencies) {
                long credits = 0;
                long debits = 0;
                int without = 0;
                for (StatementEntry e : entries) {
                    if (e.status() != EntryStatus.BOOKED) {
                        continue;
                    }
                    boolean counts = c.equals(accountCurrency) || e.currency().equals(c);
                    if (!counts) {
                        continue;
                    }
                    java.util.OptionalLong amount = e.amountIn(c);
                    if (amount.isEmpty()) {
                        without++;
                    } else if (e.direction() == Direction.CREDIT) {
                        credits += amount.getAsLong();
                    } else {
                        debits += amount.getAsLong();
                    }
                }
                Balance opening = balances.opening(c);
                Balance closing = balances.closing(c);
                int digits = Amounts.minorDigits(c, new ErrorCollector(fileName), 0, "");
                out.add(BalanceCheck.of(c, Math.max(digits, 0), balances.openingCode(c),
                        opening == null ? null : opening.signedMinor(), closing == null ? null : closing.signedMinor(),
                        credits, debits, without));
            }
            return out;
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

        private static List<StatementEntry> entries(String account, String accountCurrency, List<Tx> txs,
                ErrorCollector local) {
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
                ErrorCollector exchangeErrors = new ErrorCollector(local.file());
                CurrencyExchange exchange = CamtExchange.of(tx.amountDetails(), tx.currency(), accountCurrency,
                        exchangeErrors);
                if (tx.status() == EntryStatus.BOOKED) {
                    exchangeErrors.errors().forEach(local::add);
                } else if (exchangeErrors.hasErrors()) {
                    exchange = null;
                }
                out.add(new StatementEntry(tx.line(), account, tx.currency(), unique.of(key), tx.bookingDate(),
                        tx.valueDate(), tx.amountMinor(), tx.direction(), tx.reversal(), tx.status(),
                        tx.structuredReference(), tx.remittance(), tx.endToEndId(), tx.payerName(), tx.payerAccount(),
                        tx.bankReference(), tx.rawText(), accountCurrency, exchange, tx.payeeName(), tx.payeeAccount()));
            }
            return out;
        }

        private static String code(Direction d) {
            return d == Direction.CREDIT ? "CRDT" : "DBIT";
        }

        // ---- one entry ----

        /**
         * The entry's transactions to keep. A booked entry with any problem is an error (the file is
         * refused). A pending or information-only entry is always listed in {@code skipped}; one with a
         * problem (a date or another field the reader needs, which the standard makes optional for it, is
         * missing) is left out of the entries, its problems given as the reason and as a warning.
         */
        private List<Tx> entry(XmlNode ntry, ErrorCollector statementErrors, List<SkippedEntry> skipped) {
            ErrorCollector local = new ErrorCollector(fileName);
            EntryStatus status = status(ntry, local);
            List<Tx> out = entryTransactions(ntry, status, local);
            if (status == null || status == EntryStatus.BOOKED) {
                local.errors().forEach(statementErrors::add);
                return local.hasErrors() ? List.of() : out;
            }
            Money money = money(ntry.child("Amt"), ntry.line, "Amt", new ErrorCollector(fileName));
            Direction direction = direction(ntry, "CdtDbtInd", new ErrorCollector(fileName));
            if (local.hasErrors()) {
                String problems = local.errors().stream().map(e -> e.field() + ": " + e.message())
                        .collect(java.util.stream.Collectors.joining("; "));
                String reason = (status == EntryStatus.PENDING ? "pending" : "information only")
                        + " entry not read (" + problems + "); not imported, and the file is accepted because the entry"
                        + " is not booked";
                skipped.add(new SkippedEntry(ntry.line, status, money == null ? null : money.currency(),
                        money == null ? null : money.minor(), direction, false, reason));
                warnings.add(InputError.of(fileName, ntry.line, "Ntry", reason));
                return List.of();
            }
            skipped.add(new SkippedEntry(ntry.line, status, money == null ? null : money.currency(),
                    money == null ? null : money.minor(), direction, true, SkippedEntry.reasonFor(status)));
            return out;
        }

        private List<Tx> entryTransactions(XmlNode ntry, EntryStatus status, ErrorCollector local) {
            int line = ntry.line;
            Money money = money(ntry.child("Amt"), line, "Amt", local);
            if (money != null && money.minor() == 0) {
                local.add(money.line(), "Amt", "the entry amount must be greater than zero");
            }
            Direction direction = direction(ntry, "CdtDbtInd", local);
            boolean reversal = reversal(ntry, local);
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
            String raw = cursor.source(ntry.start, ntry.end);
            List<XmlNode> entryAmountDetails = ntry.all("AmtDtls");

            boolean split = details.size() >= 2 && details.stream().allMatch(t -> transactionAmount(t) != null);
            List<Tx> out = new ArrayList<>();
            if (!split) {
                List<String> remittance = new ArrayList<>();
                String structured = null;
                String endToEnd = null;
                String payerName = null;
                String payerAccount = null;
                String payeeName = null;
                String payeeAccount = null;
                for (XmlNode t : details) {
                    payeeName = payeeName != null ? payeeName : party(t, "Cdtr");
                    payeeAccount = payeeAccount != null ? payeeAccount : partyAccount(t, "CdtrAcct");
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
                List<XmlNode> amountDetails = new ArrayList<>(entryAmountDetails);
                if (details.size() == 1) {
                    amountDetails.addAll(details.get(0).all("AmtDtls"));
                }
                if (!local.hasErrors()) {
                    out.add(new Tx(line, raw, money.currency(), money.minor(), direction, reversal, status, booking, value,
                            structured, remittance, endToEnd, payerName, payerAccount, keyRef != null ? keyRef : ntryRef,
                            keyRef, ntryRef, 0, entryRef, money.minor(), direction, amountDetails, payeeName, payeeAccount));
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
                            bankRef, ownRef, ntryRef, i + 1, entryRef, money.minor(), direction, t.all("AmtDtls"),
                            party(t, "Cdtr"), partyAccount(t, "CdtrAcct")));
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
            return party(tx, "Dbtr");
        }

        private static String payerAccount(XmlNode tx) {
            return partyAccount(tx, "DbtrAcct");
        }

        /** {@code RltdPties/<role>/Pty/Nm} (from v08) or {@code RltdPties/<role>/Nm}. */
        private static String party(XmlNode tx, String role) {
            String name = tx.text("RltdPties", role, "Pty", "Nm");
            return name != null ? name : tx.text("RltdPties", role, "Nm");
        }

        private static String partyAccount(XmlNode tx, String role) {
            String iban = tx.text("RltdPties", role, "Id", "IBAN");
            if (iban != null) {
                return iban.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            }
            String other = tx.text("RltdPties", role, "Id", "Othr", "Id");
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
