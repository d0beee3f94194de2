package org.localis.statement;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.localis.input.ErrorCollector;
import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;

/**
 * Reads the 1C "Клиент-банк" exchange text format ({@code 1CClientBankExchange}, versions 1.02/1.03)
 * into {@link StatementFile}: one {@link BankStatement} per account of the file.
 *
 * <p><b>Encoding.</b> A UTF-8 byte order mark means UTF-8; otherwise bytes that are valid UTF-8 are read
 * as UTF-8 (files that say {@code Кодировка=Windows} but are UTF-8 exist); otherwise the header's
 * {@code Кодировка} decides: {@code Windows} is windows-1251, {@code DOS} is cp866 (windows-1251 when the
 * key is missing). Lines end with CRLF or LF.
 *
 * <p><b>Structure.</b> The first line is exactly {@code 1CClientBankExchange}; then header keys, balance
 * sections {@code СекцияРасчСчет} … {@code КонецРасчСчет}, document sections
 * {@code СекцияДокумент=<вид>} … {@code КонецДокумента}, and the last non-empty line {@code КонецФайла}.
 * Every line inside is {@code Key=Value}; the keys allowed are {@link #HEADER_KEYS},
 * {@link #BALANCE_KEYS} and {@link #DOCUMENT_KEYS}, and any other key is an error naming its line
 * (a key the program does not know could carry money information it would silently drop). Dates are
 * {@code dd.MM.yyyy}; {@code Сумма} is rubles with '.' as the decimal point (decimals optional); the documents of one account
 * may add up to at most 10^18 kopecks.
 *
 * <p><b>Direction.</b> The statement accounts are the {@code РасчСчет} values of the header and of the
 * balance sections. A document whose {@code ПолучательСчет} or {@code ПолучательРасчСчет} is one of them is
 * a {@link Direction#CREDIT} on it, booked on {@code ДатаПоступило}; one whose {@code ПлательщикСчет} or
 * {@code ПлательщикРасчСчет} is one of them is a {@link Direction#DEBIT}, booked on {@code ДатаСписано}.
 * When that date is empty the entry is {@link EntryStatus#PENDING} with the document date as booking
 * date. A transfer between two accounts of the file gives both entries. A document that touches none of
 * the statement accounts is an error: it means the file is not the statement of the account it says,
 * and importing it could count somebody else's money (every document of the public samples touches its
 * account).
 *
 * <p><b>Entries.</b> Currency RUB; {@code bankReference} is {@code Номер}; {@code structuredReference} is
 * {@code Код} (УИН/УИП) unless empty or 0; the payer is {@code Плательщик1} (else {@code Плательщик}) with
 * {@code ПлательщикСчет} (else {@code ПлательщикРасчСчет}); the remittance lines are
 * {@code НазначениеПлатежа} then {@code НазначениеПлатежа1..6}, empty ones left out.
 *
 * <p><b>Balances.</b> A balance section whose {@code НачальныйОстаток + ВсегоПоступило − ВсегоСписано}
 * differs from {@code КонечныйОстаток} gives a warning. The documents are not compared with the totals:
 * a file may carry only some document kinds.
 *
 * <p>All or nothing: any problem throws {@link InvalidInputException} listing every problem with its
 * line and key.
 */
public final class ClientBankExchangeReader {

    public static final String FIRST_LINE = "1CClientBankExchange";
    public static final String END_OF_FILE = "КонецФайла";
    private static final String BALANCE_START = "СекцияРасчСчет";
    private static final String BALANCE_END = "КонецРасчСчет";
    private static final String DOCUMENT_START = "СекцияДокумент";
    private static final String DOCUMENT_END = "КонецДокумента";
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset CP866 = Charset.forName("IBM866");

    /** Keys of the file header ({@code РасчСчет} and {@code Документ} may repeat). */
    public static final Set<String> HEADER_KEYS = Set.of("ВерсияФормата", "Кодировка", "Отправитель", "Получатель",
            "ДатаСоздания", "ВремяСоздания", "ДатаНачала", "ДатаКонца", "РасчСчет", "Документ");

    /** Keys of a {@code СекцияРасчСчет}. */
    public static final Set<String> BALANCE_KEYS = Set.of("ДатаНачала", "ДатаКонца", "РасчСчет", "НачальныйОстаток",
            "ВсегоПоступило", "ВсегоСписано", "КонечныйОстаток");

    /** Keys of a {@code СекцияДокумент}, as the 1C exchange standard 1.03 lists them. */
    public static final Set<String> DOCUMENT_KEYS = Set.of(
            "Номер", "Дата", "Сумма", "КвитанцияДата", "КвитанцияВремя", "КвитанцияСодержание",
            "ПлательщикСчет", "ДатаСписано", "Плательщик", "ПлательщикИНН", "Плательщик1", "Плательщик2",
            "Плательщик3", "Плательщик4", "ПлательщикРасчСчет", "ПлательщикБанк1", "ПлательщикБанк2",
            "ПлательщикБИК", "ПлательщикКорсчет", "ПлательщикКПП",
            "ПолучательСчет", "ДатаПоступило", "Получатель", "ПолучательИНН", "Получатель1", "Получатель2",
            "Получатель3", "Получатель4", "ПолучательРасчСчет", "ПолучательБанк1", "ПолучательБанк2",
            "ПолучательБИК", "ПолучательКорсчет", "ПолучательКПП",
            "ВидПлатежа", "КодНазПлатежа", "ВидОплаты", "Код", "НазначениеПлатежа", "НазначениеПлатежа1",
            "НазначениеПлатежа2", "НазначениеПлатежа3", "НазначениеПлатежа4", "НазначениеПлатежа5",
            "НазначениеПлатежа6", "Очередность", "СрокПлатежа", "СрокАкцепта", "ВидАккредитива",
            "УсловиеОплаты1", "УсловиеОплаты2", "УсловиеОплаты3", "ПлатежПоПредст", "ДополнУсловия",
            "НомерСчетаПоставщика", "ДатаОтсылкиДок",
            "СтатусСоставителя", "ПоказательКБК", "ОКАТО", "ПоказательОснования", "ПоказательПериода",
            "ПоказательНомера", "ПоказательДаты", "ПоказательТипа");

    /**
     * The message for a file without a {@code СекцияРасчСчет}: such a file is what the accounting program sends
     * to the bank (payment orders to execute), not a statement of what the bank booked.
     */
    public static final String PAYMENT_ORDERS_ONLY = "this file holds payment orders, not a statement: export the"
            + " statement from the bank-client instead (в файле платёжные поручения, а не выписка: выгрузите выписку"
            + " из клиент-банка); a statement has a " + BALANCE_START + " section";

    private static final Set<String> REPEATABLE_HEADER_KEYS = Set.of("РасчСчет", "Документ");
    private static final List<String> DOCUMENT_DATE_KEYS = List.of("ДатаСписано", "ДатаПоступило", "КвитанцияДата",
            "СрокПлатежа", "ДатаОтсылкиДок");

    private ClientBankExchangeReader() {
    }

    public static StatementFile read(Path path) {
        return InputFiles.read(path, ClientBankExchangeReader::read);
    }

    /** Reads a 1C exchange file from a stream (at most {@link StatementFiles#MAX_BYTES}). */
    public static StatementFile read(InputStream in, String fileName) {
        return read(StatementFiles.readBytes(in, fileName), fileName);
    }

    /**
     * Reads a 1C exchange file; {@code fileName} names it in messages.
     *
     * @throws InvalidInputException listing every problem when it is not a valid exchange file
     */
    public static StatementFile read(byte[] content, String fileName) {
        return new Parse(content, fileName).run();
    }

    /** The charset a 1C exchange file is read in (see the class comment). */
    public static Charset detectCharset(byte[] content) {
        if (StrictDecoding.startsWith(content, StrictDecoding.UTF8_BOM) || StrictDecoding.decode(content, 0, StandardCharsets.UTF_8).ok()) {
            return StandardCharsets.UTF_8;
        }
        String declared = declaredEncoding(content);
        if (declared != null && declared.toLowerCase(Locale.ROOT).equals("dos")) {
            return CP866;
        }
        return WINDOWS_1251;
    }

    /** The value of the header's {@code Кодировка=} line, looked for in windows-1251 and cp866, or null. */
    private static String declaredEncoding(byte[] content) {
        int n = Math.min(content.length, 8192);
        for (Charset charset : List.of(WINDOWS_1251, CP866)) {
            String head = new String(content, 0, n, charset);
            for (String line : head.split("\n")) {
                String s = line.strip();
                if (s.startsWith("Кодировка=")) {
                    return s.substring("Кодировка=".length()).strip();
                }
                if (s.startsWith(BALANCE_START) || s.startsWith(DOCUMENT_START)) {
                    break;
                }
            }
        }
        return null;
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private record Field(int line, String value) {
    }

    /** A header, balance or document block: its keys with their lines. */
    private static final class Section {
        final int line;
        final String kind;
        final Map<String, Field> fields = new HashMap<>();
        final List<Field> accounts = new ArrayList<>();
        int endLine;

        Section(int line, String kind) {
            this.line = line;
            this.kind = kind;
        }

        String value(String key) {
            Field f = fields.get(key);
            return f == null ? "" : f.value();
        }

        int line(String key) {
            Field f = fields.get(key);
            return f == null ? line : f.line();
        }
    }

    private record Balance(int line, String account, LocalDate from, LocalDate to, Long opening, Long closing) {
    }

    private static final class Parse {
        private final byte[] bytes;
        private final String fileName;
        private final ErrorCollector errors;
        private final List<InputError> warnings = new ArrayList<>();
        private String[] lines;

        Parse(byte[] bytes, String fileName) {
            this.bytes = bytes;
            this.fileName = fileName;
            this.errors = new ErrorCollector(fileName);
        }

        StatementFile run() {
            StatementFile file = null;
            try {
                if (bytes.length > StatementFiles.MAX_BYTES) {
                    stop(0, "", StatementFiles.tooLarge(bytes.length));
                }
                lines = splitLines(decode());
                file = parse();
            } catch (Stop stop) {
                // recorded
            }
            errors.throwIfAny();
            return file;
        }

        private void stop(int line, String field, String message) {
            errors.add(line, field, message);
            throw new Stop();
        }

        private String decode() {
            if (bytes.length == 0) {
                stop(0, "", "the file is empty");
            }
            int skip = StrictDecoding.startsWith(bytes, StrictDecoding.UTF8_BOM) ? 3 : 0;
            Charset charset = detectCharset(bytes);
            if (!charset.equals(StandardCharsets.UTF_8)) {
                String declared = declaredEncoding(bytes);
                if (declared != null && !declared.equalsIgnoreCase("windows") && !declared.equalsIgnoreCase("dos")) {
                    stop(0, "Кодировка", "'" + declared + "' is not Windows or DOS, and the file is not UTF-8");
                }
            }
            StrictDecoding.Decoded decoded = StrictDecoding.decode(bytes, skip, charset);
            if (!decoded.ok()) {
                stop(StrictDecoding.lineOfByte(bytes, skip + decoded.badOffset()), "", "is not valid " + charset.name() + " text");
            }
            return decoded.text();
        }

        private static String[] splitLines(String text) {
            String[] parts = text.split("\n", -1);
            int n = parts.length;
            if (n > 1 && parts[n - 1].isEmpty()) {
                n--;
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                String s = parts[i];
                out[i] = s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            return out;
        }

        // ---- structure ----

        private StatementFile parse() {
            if (lines.length == 0 || !lines[0].stripTrailing().equals(FIRST_LINE)) {
                stop(1, "", "not a 1C client-bank exchange file: the first line must be exactly " + FIRST_LINE);
            }
            Section header = new Section(1, null);
            List<Section> balances = new ArrayList<>();
            List<Section> documents = new ArrayList<>();
            Section open = null;
            boolean anySection = false;
            boolean ended = false;
            int lastLine = 1;
            for (int i = 1; i < lines.length; i++) {
                int line = i + 1;
                String s = lines[i].strip();
                if (s.isEmpty()) {
                    continue;
                }
                lastLine = line;
                if (ended) {
                    errors.add(line, "", "text after " + END_OF_FILE);
                    break;
                }
                if (s.equals(BALANCE_START) || s.equals(END_OF_FILE) || isDocumentStart(s)) {
                    if (open != null) {
                        errors.add(line, "", notClosed(open) + " before " + (s.contains("=") ? DOCUMENT_START : s));
                        open = null;
                    }
                    anySection = true;
                    if (s.equals(END_OF_FILE)) {
                        ended = true;
                    } else if (s.equals(BALANCE_START)) {
                        open = new Section(line, null);
                    } else {
                        int eq = s.indexOf('=');
                        open = new Section(line, eq < 0 ? "" : s.substring(eq + 1).strip());
                    }
                } else if (s.equals(BALANCE_END) || s.equals(DOCUMENT_END)) {
                    boolean balanceEnd = s.equals(BALANCE_END);
                    if (open == null || (open.kind == null) != balanceEnd) {
                        errors.add(line, "", s + " without " + (balanceEnd ? BALANCE_START : DOCUMENT_START));
                    } else {
                        open.endLine = line;
                        (balanceEnd ? balances : documents).add(open);
                        open = null;
                    }
                } else {
                    keyValue(s, line, open, anySection ? null : header);
                }
                if (errors.full()) {
                    break;
                }
            }
            if (open != null) {
                errors.add(lastLine, "", "unexpected end of file: " + notClosed(open) + " and " + END_OF_FILE + " is missing");
            } else if (!ended && !errors.full()) {
                errors.add(lastLine, "", "unexpected end of file: " + END_OF_FILE + " is missing (the file may be truncated)");
            }
            return build(header, balances, documents);
        }

        private static boolean isDocumentStart(String s) {
            return s.equals(DOCUMENT_START) || s.startsWith(DOCUMENT_START + "=");
        }

        private static String notClosed(Section open) {
            return open.kind == null
                    ? BALANCE_START + " of line " + open.line + " is not closed by " + BALANCE_END
                    : DOCUMENT_START + " of line " + open.line + " is not closed by " + DOCUMENT_END;
        }

        /** One {@code Key=Value} line, into the open section or the header (null when after the header). */
        private void keyValue(String s, int line, Section open, Section header) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                errors.add(line, "", "expected Key=Value, a section start or a section end; found '" + abbreviate(s) + "'");
                return;
            }
            String key = s.substring(0, eq).strip();
            String value = s.substring(eq + 1).strip();
            Section target;
            Set<String> allowed;
            String where;
            if (open != null) {
                target = open;
                allowed = open.kind == null ? BALANCE_KEYS : DOCUMENT_KEYS;
                where = open.kind == null ? BALANCE_START : DOCUMENT_START;
            } else if (header != null) {
                target = header;
                allowed = HEADER_KEYS;
                where = "the file header";
            } else {
                errors.add(line, key, "a key outside any section (after the header, only " + BALANCE_START + ", "
                        + DOCUMENT_START + " and " + END_OF_FILE + " may follow)");
                return;
            }
            if (!allowed.contains(key)) {
                errors.add(line, key, "unknown key in " + where);
                return;
            }
            if (target == header && REPEATABLE_HEADER_KEYS.contains(key)) {
                if (key.equals("РасчСчет")) {
                    target.accounts.add(new Field(line, value));
                }
                target.fields.putIfAbsent(key, new Field(line, value));
                return;
            }
            Field before = target.fields.putIfAbsent(key, new Field(line, value));
            if (before != null) {
                errors.add(line, key, "appears twice in " + where + " (first on line " + before.line() + ")");
            }
        }

        private static String abbreviate(String s) {
            return s.length() > 60 ? s.substring(0, 60) + "…" : s;
        }

        // ---- meaning ----

        private StatementFile build(Section header, List<Section> balanceSections, List<Section> documents) {
            String version = header.value("ВерсияФормата");
            if (version.isEmpty()) {
                errors.add(header.line("ВерсияФормата"), "ВерсияФормата", "the format version (ВерсияФормата) is required");
            }
            if (balanceSections.isEmpty()) {
                int line = documents.isEmpty() ? 1 : documents.get(0).line;
                errors.add(line, BALANCE_START, PAYMENT_ORDERS_ONLY);
                return null;
            }
            LocalDate headerFrom = optionalDate(header, "ДатаНачала");
            LocalDate headerTo = optionalDate(header, "ДатаКонца");
            optionalDate(header, "ДатаСоздания");

            Map<String, Integer> accounts = new LinkedHashMap<>();
            for (Field f : header.accounts) {
                if (!f.value().isEmpty() && account(f.value(), f.line(), "РасчСчет")) {
                    accounts.putIfAbsent(f.value(), f.line());
                }
            }
            List<Balance> balances = new ArrayList<>();
            for (Section b : balanceSections) {
                Balance balance = balance(b);
                if (balance != null) {
                    balances.add(balance);
                    accounts.putIfAbsent(balance.account(), b.line);
                }
            }
            if (accounts.isEmpty() && !errors.hasErrors()) {
                errors.add(1, "РасчСчет", "the file names no account (РасчСчет in the header or in a " + BALANCE_START + ")");
            }

            Map<String, List<StatementEntry>> entries = new LinkedHashMap<>();
            accounts.keySet().forEach(a -> entries.put(a, new ArrayList<>()));
            Keys.Unique unique = new Keys.Unique();
            for (Section d : documents) {
                document(d, accounts.keySet(), entries, unique);
                if (errors.full()) {
                    break;
                }
            }
            if (errors.hasErrors()) {
                return null;
            }

            List<BankStatement> statements = new ArrayList<>();
            for (Map.Entry<String, Integer> a : accounts.entrySet()) {
                statements.add(statement(a.getKey(), a.getValue(), balances, headerFrom, headerTo, entries.get(a.getKey())));
            }
            errors.throwIfAny();
            return new StatementFile(fileName, StatementFormat.CLIENT_BANK_EXCHANGE, version, statements, warnings);
        }

        private boolean account(String value, int line, String key) {
            if (value.length() != 20 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                errors.add(line, key, "'" + value + "' is not a 20-digit account number");
                return false;
            }
            return true;
        }

        private LocalDate optionalDate(Section s, String key) {
            String v = s.value(key);
            return v.isEmpty() ? null : Dates.russian(v, errors, s.line(key), key);
        }

        private Long optionalAmount(Section s, String key, boolean signed) {
            String v = s.value(key);
            return v.isEmpty() ? null : Amounts.rubles(v, signed, errors, s.line(key), key);
        }

        private Balance balance(Section b) {
            String account = b.value("РасчСчет");
            boolean ok = true;
            if (account.isEmpty()) {
                errors.add(b.line, "РасчСчет", "the account (РасчСчет) is required in " + BALANCE_START);
                ok = false;
            } else {
                ok = account(account, b.line("РасчСчет"), "РасчСчет");
            }
            LocalDate from = optionalDate(b, "ДатаНачала");
            LocalDate to = optionalDate(b, "ДатаКонца");
            Long opening = optionalAmount(b, "НачальныйОстаток", true);
            Long in = optionalAmount(b, "ВсегоПоступило", false);
            Long out = optionalAmount(b, "ВсегоСписано", false);
            Long closing = optionalAmount(b, "КонечныйОстаток", true);
            if (from != null && to != null && from.isAfter(to)) {
                errors.add(b.line("ДатаКонца"), "ДатаКонца", "the period ends (" + to + ") before it starts (" + from + ")");
            }
            if (opening != null && in != null && out != null && closing != null && opening + in - out != closing) {
                warnings.add(InputError.of(fileName, b.line, BALANCE_START, "НачальныйОстаток "
                        + Amounts.format(opening, 2) + " + ВсегоПоступило " + Amounts.format(in, 2) + " - ВсегоСписано "
                        + Amounts.format(out, 2) + " = " + Amounts.format(opening + in - out, 2)
                        + ", but КонечныйОстаток is " + Amounts.format(closing, 2)));
            }
            return ok ? new Balance(b.line, account, from, to, opening, closing) : null;
        }

        private void document(Section d, Set<String> accounts, Map<String, List<StatementEntry>> entries, Keys.Unique unique) {
            ErrorCollector local = new ErrorCollector(fileName);
            String number = d.value("Номер");
            if (number.isEmpty()) {
                local.add(d.line("Номер"), "Номер", "the document number (Номер) is required");
            }
            String dateText = d.value("Дата");
            LocalDate date = dateText.isEmpty() ? null : Dates.russian(dateText, local, d.line("Дата"), "Дата");
            if (dateText.isEmpty()) {
                local.add(d.line("Дата"), "Дата", "the document date (Дата) is required");
            }
            String amountText = d.value("Сумма");
            Long amount = Amounts.rubles(amountText, false, local, d.line("Сумма"), "Сумма");
            if (amount != null && amount == 0) {
                local.add(d.line("Сумма"), "Сумма", "the amount must be greater than zero");
            }
            Map<String, LocalDate> dates = new HashMap<>();
            for (String key : DOCUMENT_DATE_KEYS) {
                String v = d.value(key);
                if (!v.isEmpty()) {
                    dates.put(key, Dates.russian(v, local, d.line(key), key));
                }
            }
            String payer = first(d, "ПлательщикСчет", "ПлательщикРасчСчет");
            String payee = first(d, "ПолучательСчет", "ПолучательРасчСчет");
            String incoming = matching(d, accounts, "ПолучательСчет", "ПолучательРасчСчет");
            String outgoing = matching(d, accounts, "ПлательщикСчет", "ПлательщикРасчСчет");
            if (incoming == null && outgoing == null) {
                local.add(d.line, "ПолучательСчет", "the document neither credits nor debits the statement account "
                        + String.join(", ", accounts) + " (ПлательщикСчет=" + payer + ", ПолучательСчет=" + payee + ")");
            }
            local.errors().forEach(errors::add);
            if (local.hasErrors()) {
                return;
            }
            String raw = String.join("\n", java.util.Arrays.asList(lines).subList(d.line - 1, d.endLine));
            String code = d.value("Код");
            String structured = code.isEmpty() || code.equals("0") ? null : code;
            List<String> remittance = new ArrayList<>();
            for (String key : List.of("НазначениеПлатежа", "НазначениеПлатежа1", "НазначениеПлатежа2",
                    "НазначениеПлатежа3", "НазначениеПлатежа4", "НазначениеПлатежа5", "НазначениеПлатежа6")) {
                if (!d.value(key).isEmpty()) {
                    remittance.add(d.value(key));
                }
            }
            String payerName = first(d, "Плательщик1", "Плательщик");
            String payeeName = first(d, "Получатель1", "Получатель");
            if (incoming != null) {
                LocalDate booked = dates.get("ДатаПоступило");
                entries.get(incoming).add(entry(d, incoming, date, number, amount, Direction.CREDIT, booked, payer,
                        structured, remittance, payerName, payer, payeeName, payee, raw, unique));
            }
            if (outgoing != null) {
                LocalDate booked = dates.get("ДатаСписано");
                entries.get(outgoing).add(entry(d, outgoing, date, number, amount, Direction.DEBIT, booked, payee,
                        structured, remittance, payerName, payer, payeeName, payee, raw, unique));
            }
        }

        private static StatementEntry entry(Section d, String account, LocalDate date, String number, long amount,
                Direction direction, LocalDate booked, String counterAccount, String structured, List<String> remittance,
                String payerName, String payerAccount, String payeeName, String payeeAccount, String raw,
                Keys.Unique unique) {
            String key = Keys.join(account, date, number, amount, counterAccount, structured,
                    direction == Direction.CREDIT ? "C" : "D");
            LocalDate booking = booked != null ? booked : date;
            return new StatementEntry(d.line, account, "RUB", unique.of(key), booking, booking, amount, direction, false,
                    booked != null ? EntryStatus.BOOKED : EntryStatus.PENDING, structured, remittance, null, payerName,
                    payerAccount, number, raw, "RUB", null, payeeName, payeeAccount);
        }

        private static String first(Section d, String... keys) {
            for (String key : keys) {
                if (!d.value(key).isEmpty()) {
                    return d.value(key);
                }
            }
            return null;
        }

        private static String matching(Section d, Set<String> accounts, String... keys) {
            for (String key : keys) {
                if (accounts.contains(d.value(key))) {
                    return d.value(key);
                }
            }
            return null;
        }

        /**
         * The statement of one account: its period spans its balance sections (or the header's
         * ДатаНачала/ДатаКонца), the opening balance is that of its earliest section, the closing balance
         * that of its latest.
         */
        private BankStatement statement(String account, int accountLine, List<Balance> balances, LocalDate headerFrom,
                LocalDate headerTo, List<StatementEntry> entries) {
            Balance first = null;
            Balance last = null;
            LocalDate from = null;
            LocalDate to = null;
            for (Balance b : balances) {
                if (!b.account().equals(account)) {
                    continue;
                }
                LocalDate bFrom = b.from() != null ? b.from() : headerFrom;
                LocalDate bTo = b.to() != null ? b.to() : headerTo;
                if (first == null || (bFrom != null && (from == null || bFrom.isBefore(from)))) {
                    first = b;
                    from = bFrom;
                }
                if (last == null || (bTo != null && (to == null || !bTo.isBefore(to)))) {
                    last = b;
                    to = bTo;
                }
            }
            int line = first != null ? first.line() : accountLine;
            from = from != null ? from : headerFrom;
            to = to != null ? to : headerTo;
            if (from == null || to == null) {
                errors.add(line, from == null ? "ДатаНачала" : "ДатаКонца", "the statement period of account " + account
                        + " is unknown (ДатаНачала/ДатаКонца are missing)");
                return null;
            }
            if (from.isAfter(to)) {
                errors.add(line, "ДатаКонца", "the period of account " + account + " ends (" + to + ") before it starts ("
                        + from + ")");
                return null;
            }
            if (!Amounts.totalFits(entries.stream().map(StatementEntry::amountMinor).toList())) {
                errors.add(line, "Сумма", Amounts.totalTooLarge() + " (account " + account + ")");
                return null;
            }
            Long opening = first == null ? null : first.opening();
            Long closing = last == null ? null : last.closing();
            LocalDate closingDate = closing == null ? null : to;
            long credits = 0;
            long debits = 0;
            List<SkippedEntry> skipped = new ArrayList<>();
            for (StatementEntry e : entries) {
                if (e.status() != EntryStatus.BOOKED) {
                    skipped.add(new SkippedEntry(e.line(), e.status(), e.currency(), e.amountMinor(), e.direction(), true,
                            "pending: " + (e.direction() == Direction.CREDIT ? "ДатаПоступило" : "ДатаСписано")
                                    + " is empty, the bank has not booked it yet, so it is not imported"));
                } else if (e.direction() == Direction.CREDIT) {
                    credits += e.amountMinor();
                } else {
                    debits += e.amountMinor();
                }
            }
            BalanceCheck check = BalanceCheck.of("RUB", 2, opening == null ? null : "НачальныйОстаток", opening, closing,
                    credits, debits, 0);
            return new BankStatement(account, "RUB", account + ":" + from + ":" + to, from, to, opening, closing,
                    closingDate, entries, line, List.of(check), skipped);
        }
    }
}
