package org.localis.testing;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.localis.statement.Direction;
import org.localis.statement.EntryStatus;

/**
 * Writes bank statement files from a list of movements, for tests of the statement readers and of
 * whatever imports them: ISO 20022 camt.053 (any version 02 to 13; versions 08 and later use the
 * {@code Sts/Cd} and {@code Dbtr/Pty/Nm} forms, earlier ones the plain forms) and the 1C client-bank
 * exchange format in UTF-8 or windows-1251/cp866 with LF or CRLF.
 *
 * <p>What a reader must give back for each {@link Movement}: the same dates, amount, direction,
 * reversal flag, status, structured reference and remittance lines; {@link #expectedPayerName} and
 * {@link #expectedPayerAccount}; the bank reference ({@code AcctSvcrRef} in camt, {@code Номер} in 1C);
 * the end-to-end id in camt (1C has none). In 1C the value date is the booking date, and reversals and
 * {@link EntryStatus#INFO} cannot be written.
 */
public final class StatementSamples {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StatementSamples() {
    }

    /**
     * One movement on the statement's account.
     *
     * @param bankReference       camt {@code AcctSvcrRef} (omitted when null) / 1C {@code Номер} (required)
     * @param endToEndId          camt {@code EndToEndId}; null writes {@code NOTPROVIDED}
     * @param structuredReference camt {@code Strd/CdtrRefInf/Ref} / 1C {@code Код}; null for none
     * @param remittanceLines     camt {@code Ustrd} lines / 1C {@code НазначениеПлатежа}, then {@code НазначениеПлатежа1..6}
     * @param counterpartyName    the payer of a credit, the payee of a debit
     * @param counterpartyAccount that party's account
     */
    public record Movement(LocalDate bookingDate, LocalDate valueDate, long amountMinor, Direction direction,
            boolean reversal, EntryStatus status, String bankReference, String endToEndId, String structuredReference,
            List<String> remittanceLines, String counterpartyName, String counterpartyAccount) {

        public Movement {
            Objects.requireNonNull(bookingDate);
            Objects.requireNonNull(valueDate);
            Objects.requireNonNull(direction);
            Objects.requireNonNull(status);
            remittanceLines = List.copyOf(remittanceLines);
            if (amountMinor <= 0) {
                throw new IllegalArgumentException("amount must be positive");
            }
        }

        /** A booked incoming transfer (a donation) with a purpose text. */
        public static Movement credit(LocalDate date, long amountMinor, String bankReference, String payerName,
                String payerAccount, String... remittance) {
            return new Movement(date, date, amountMinor, Direction.CREDIT, false, EntryStatus.BOOKED, bankReference,
                    null, null, List.of(remittance), payerName, payerAccount);
        }

        /** A booked outgoing payment. */
        public static Movement debit(LocalDate date, long amountMinor, String bankReference, String payeeName,
                String payeeAccount, String... remittance) {
            return new Movement(date, date, amountMinor, Direction.DEBIT, false, EntryStatus.BOOKED, bankReference,
                    null, null, List.of(remittance), payeeName, payeeAccount);
        }

        public long signedMinor() {
            return direction == Direction.CREDIT ? amountMinor : -amountMinor;
        }
    }

    /**
     * One account's statement.
     *
     * @param account             20-digit account or IBAN (an IBAN is written as {@code Acct/Id/IBAN} in camt)
     * @param holderName          the account holder (the payer of debits)
     * @param openingBalanceMinor opening balance, or null to write no balances
     */
    public record Statement(String account, String holderName, String currency, String id, LocalDate from,
            LocalDate to, Long openingBalanceMinor, List<Movement> movements) {

        public Statement {
            movements = List.copyOf(movements);
        }

        /** A RUB statement of a 20-digit account with opening balance 0, for both formats. */
        public static Statement rub(String account, LocalDate from, LocalDate to, List<Movement> movements) {
            return new Statement(account, "АНО Колёса", "RUB", "STMT-" + account, from, to, 0L, movements);
        }

        public long bookedCredits() {
            return movements.stream().filter(m -> m.status() == EntryStatus.BOOKED && m.direction() == Direction.CREDIT)
                    .mapToLong(Movement::amountMinor).sum();
        }

        public long bookedDebits() {
            return movements.stream().filter(m -> m.status() == EntryStatus.BOOKED && m.direction() == Direction.DEBIT)
                    .mapToLong(Movement::amountMinor).sum();
        }

        /** Opening + booked credits − booked debits, or null without an opening balance. */
        public Long closingBalanceMinor() {
            return openingBalanceMinor == null ? null : openingBalanceMinor + bookedCredits() - bookedDebits();
        }
    }

    /** The payer a reader reports: the counterparty of a credit, the account holder for a debit. */
    public static String expectedPayerName(Statement statement, Movement m) {
        return m.direction() == Direction.CREDIT ? m.counterpartyName() : statement.holderName();
    }

    /** The payer's account a reader reports: the counterparty's for a credit, the statement's for a debit. */
    public static String expectedPayerAccount(Statement statement, Movement m) {
        return m.direction() == Direction.CREDIT ? m.counterpartyAccount() : statement.account();
    }

    // ---- camt.053 ----

    /** A camt.053.001.{@code version} document (UTF-8, LF) holding these statements. */
    public static String camt053(int version, List<Statement> statements) {
        if (version < 2 || version > 13) {
            throw new IllegalArgumentException("camt.053 versions are 02 to 13");
        }
        boolean v8 = version >= 8;
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.")
                .append(String.format("%02d", version)).append("\">\n");
        x.append("  <BkToCstmrStmt>\n");
        x.append("    <GrpHdr>\n      <MsgId>LOCALIS-TEST</MsgId>\n      <CreDtTm>2025-01-01T10:00:00</CreDtTm>\n    </GrpHdr>\n");
        for (Statement s : statements) {
            int digits = java.util.Currency.getInstance(s.currency()).getDefaultFractionDigits();
            x.append("    <Stmt>\n");
            x.append("      <Id>").append(esc(s.id())).append("</Id>\n");
            x.append("      <CreDtTm>").append(s.to()).append("T23:59:59+03:00</CreDtTm>\n");
            x.append("      <FrToDt>\n        <FrDtTm>").append(s.from()).append("T00:00:00+03:00</FrDtTm>\n        <ToDtTm>")
                    .append(s.to()).append("T23:59:59+03:00</ToDtTm>\n      </FrToDt>\n");
            x.append("      <Acct>\n        <Id>\n");
            account(x, s.account(), "          ");
            x.append("        </Id>\n        <Ccy>").append(s.currency()).append("</Ccy>\n      </Acct>\n");
            if (s.openingBalanceMinor() != null) {
                balance(x, "OPBD", s.openingBalanceMinor(), s.currency(), digits, s.from());
                balance(x, "CLBD", s.closingBalanceMinor(), s.currency(), digits, s.to());
            }
            for (Movement m : s.movements()) {
                entry(x, s, m, digits, v8);
            }
            x.append("    </Stmt>\n");
        }
        x.append("  </BkToCstmrStmt>\n</Document>\n");
        return x.toString();
    }

    public static byte[] camt053Bytes(int version, Statement... statements) {
        return camt053(version, List.of(statements)).getBytes(StandardCharsets.UTF_8);
    }

    private static void balance(StringBuilder x, String code, long signedMinor, String currency, int digits, LocalDate date) {
        x.append("      <Bal>\n        <Tp>\n          <CdOrPrtry>\n            <Cd>").append(code)
                .append("</Cd>\n          </CdOrPrtry>\n        </Tp>\n");
        x.append("        <Amt Ccy=\"").append(currency).append("\">").append(amount(Math.abs(signedMinor), digits)).append("</Amt>\n");
        x.append("        <CdtDbtInd>").append(signedMinor < 0 ? "DBIT" : "CRDT").append("</CdtDbtInd>\n");
        x.append("        <Dt>\n          <Dt>").append(date).append("</Dt>\n        </Dt>\n      </Bal>\n");
    }

    private static void entry(StringBuilder x, Statement s, Movement m, int digits, boolean v8) {
        String sts = switch (m.status()) {
            case BOOKED -> "BOOK";
            case PENDING -> "PDNG";
            case INFO -> "INFO";
        };
        x.append("      <Ntry>\n");
        x.append("        <Amt Ccy=\"").append(s.currency()).append("\">").append(amount(m.amountMinor(), digits)).append("</Amt>\n");
        x.append("        <CdtDbtInd>").append(m.direction() == Direction.CREDIT ? "CRDT" : "DBIT").append("</CdtDbtInd>\n");
        if (m.reversal()) {
            x.append("        <RvslInd>true</RvslInd>\n");
        }
        x.append(v8 ? "        <Sts>\n          <Cd>" + sts + "</Cd>\n        </Sts>\n" : "        <Sts>" + sts + "</Sts>\n");
        if (v8) {
            x.append("        <BookgDt>\n          <DtTm>").append(m.bookingDate()).append("T12:30:00+03:00</DtTm>\n        </BookgDt>\n");
        } else {
            x.append("        <BookgDt>\n          <Dt>").append(m.bookingDate()).append("</Dt>\n        </BookgDt>\n");
        }
        x.append("        <ValDt>\n          <Dt>").append(m.valueDate()).append("</Dt>\n        </ValDt>\n");
        if (m.bankReference() != null) {
            x.append("        <AcctSvcrRef>").append(esc(m.bankReference())).append("</AcctSvcrRef>\n");
        }
        x.append("        <BkTxCd>\n          <Domn>\n            <Cd>PMNT</Cd>\n            <Fmly>\n              <Cd>")
                .append(m.direction() == Direction.CREDIT ? "RCDT" : "ICDT")
                .append("</Cd>\n              <SubFmlyCd>OTHR</SubFmlyCd>\n            </Fmly>\n          </Domn>\n        </BkTxCd>\n");
        x.append("        <NtryDtls>\n          <TxDtls>\n");
        x.append("            <Refs>\n              <EndToEndId>").append(m.endToEndId() == null ? "NOTPROVIDED" : esc(m.endToEndId()))
                .append("</EndToEndId>\n            </Refs>\n");
        String debtor = m.direction() == Direction.CREDIT ? m.counterpartyName() : s.holderName();
        String debtorAccount = m.direction() == Direction.CREDIT ? m.counterpartyAccount() : s.account();
        String creditor = m.direction() == Direction.CREDIT ? s.holderName() : m.counterpartyName();
        String creditorAccount = m.direction() == Direction.CREDIT ? s.account() : m.counterpartyAccount();
        x.append("            <RltdPties>\n");
        party(x, "Dbtr", debtor, debtorAccount, v8);
        party(x, "Cdtr", creditor, creditorAccount, v8);
        x.append("            </RltdPties>\n");
        if (!m.remittanceLines().isEmpty() || m.structuredReference() != null) {
            x.append("            <RmtInf>\n");
            for (String line : m.remittanceLines()) {
                x.append("              <Ustrd>").append(esc(line)).append("</Ustrd>\n");
            }
            if (m.structuredReference() != null) {
                x.append("              <Strd>\n                <CdtrRefInf>\n                  <Tp>\n                    <CdOrPrtry>\n")
                        .append("                      <Cd>SCOR</Cd>\n                    </CdOrPrtry>\n                  </Tp>\n")
                        .append("                  <Ref>").append(esc(m.structuredReference())).append("</Ref>\n")
                        .append("                </CdtrRefInf>\n              </Strd>\n");
            }
            x.append("            </RmtInf>\n");
        }
        x.append("          </TxDtls>\n        </NtryDtls>\n      </Ntry>\n");
    }

    private static void party(StringBuilder x, String role, String name, String account, boolean v8) {
        if (name != null) {
            x.append("              <").append(role).append(">\n");
            if (v8) {
                x.append("                <Pty>\n                  <Nm>").append(esc(name)).append("</Nm>\n                </Pty>\n");
            } else {
                x.append("                <Nm>").append(esc(name)).append("</Nm>\n");
            }
            x.append("              </").append(role).append(">\n");
        }
        if (account != null) {
            x.append("              <").append(role).append("Acct>\n                <Id>\n");
            account(x, account, "                  ");
            x.append("                </Id>\n              </").append(role).append("Acct>\n");
        }
    }

    private static void account(StringBuilder x, String account, String indent) {
        boolean iban = account.length() > 2 && Character.isLetter(account.charAt(0)) && Character.isLetter(account.charAt(1));
        if (iban) {
            x.append(indent).append("<IBAN>").append(esc(account)).append("</IBAN>\n");
        } else {
            x.append(indent).append("<Othr>\n").append(indent).append("  <Id>").append(esc(account)).append("</Id>\n")
                    .append(indent).append("</Othr>\n");
        }
    }

    /** Minor units as a decimal with the currency's digits, e.g. 885 → 8.85. */
    public static String amount(long minor, int digits) {
        return BigDecimal.valueOf(minor, digits).toPlainString();
    }

    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- 1CClientBankExchange ----

    /** A 1CClientBankExchange 1.03 file of one RUB statement, as text with LF line ends. */
    public static String clientBankExchange(Statement s) {
        if (!"RUB".equals(s.currency())) {
            throw new IllegalArgumentException("1C exchange files are in rubles");
        }
        List<String> l = new ArrayList<>();
        l.add("1CClientBankExchange");
        l.add("ВерсияФормата=1.03");
        l.add("Кодировка=Windows");
        l.add("Отправитель=Localis test bank");
        l.add("Получатель=");
        l.add("ДатаСоздания=" + RU.format(s.to()));
        l.add("ВремяСоздания=12:00:00");
        l.add("ДатаНачала=" + RU.format(s.from()));
        l.add("ДатаКонца=" + RU.format(s.to()));
        l.add("РасчСчет=" + s.account());
        l.add("Документ=Платежное поручение");
        l.add("СекцияРасчСчет");
        l.add("ДатаНачала=" + RU.format(s.from()));
        l.add("ДатаКонца=" + RU.format(s.to()));
        l.add("РасчСчет=" + s.account());
        if (s.openingBalanceMinor() != null) {
            l.add("НачальныйОстаток=" + amount(s.openingBalanceMinor(), 2));
            l.add("ВсегоПоступило=" + amount(s.bookedCredits(), 2));
            l.add("ВсегоСписано=" + amount(s.bookedDebits(), 2));
            l.add("КонечныйОстаток=" + amount(s.closingBalanceMinor(), 2));
        }
        l.add("КонецРасчСчет");
        for (Movement m : s.movements()) {
            if (m.reversal() || m.status() == EntryStatus.INFO || m.remittanceLines().size() > 7
                    || m.bankReference() == null || !m.valueDate().equals(m.bookingDate())) {
                throw new IllegalArgumentException("not expressible in a 1C exchange file: " + m);
            }
            boolean credit = m.direction() == Direction.CREDIT;
            boolean booked = m.status() == EntryStatus.BOOKED;
            String payerName = credit ? m.counterpartyName() : s.holderName();
            String payerAccount = credit ? m.counterpartyAccount() : s.account();
            String payeeName = credit ? s.holderName() : m.counterpartyName();
            String payeeAccount = credit ? s.account() : m.counterpartyAccount();
            l.add("СекцияДокумент=Платежное поручение");
            l.add("Номер=" + m.bankReference());
            l.add("Дата=" + RU.format(m.bookingDate()));
            l.add("Сумма=" + (m.amountMinor() % 100 == 0 ? Long.toString(m.amountMinor() / 100) : amount(m.amountMinor(), 2)));
            l.add("ПлательщикСчет=" + nz(payerAccount));
            l.add("ДатаСписано=" + (!credit && booked ? RU.format(m.bookingDate()) : ""));
            l.add("Плательщик1=" + nz(payerName));
            l.add("ПлательщикРасчСчет=" + nz(payerAccount));
            l.add("ПолучательСчет=" + nz(payeeAccount));
            l.add("ДатаПоступило=" + (credit && booked ? RU.format(m.bookingDate()) : ""));
            l.add("Получатель1=" + nz(payeeName));
            l.add("ПолучательРасчСчет=" + nz(payeeAccount));
            l.add("ВидПлатежа=Электронно");
            l.add("ВидОплаты=01");
            l.add("Код=" + nz(m.structuredReference()));
            List<String> r = m.remittanceLines();
            l.add("НазначениеПлатежа=" + (r.isEmpty() ? "" : r.get(0)));
            for (int i = 1; i < r.size(); i++) {
                l.add("НазначениеПлатежа" + i + "=" + r.get(i));
            }
            l.add("Очередность=5");
            l.add("КонецДокумента");
        }
        l.add("КонецФайла");
        return String.join("\n", l) + "\n";
    }

    /**
     * The 1C file in a charset (UTF-8, windows-1251 or IBM866; for IBM866 the header says
     * {@code Кодировка=DOS}) with CRLF or LF line ends.
     */
    public static byte[] clientBankExchange(Statement s, Charset charset, boolean crlf) {
        String text = clientBankExchange(s);
        if (charset.name().equals("IBM866")) {
            text = text.replace("Кодировка=Windows", "Кодировка=DOS");
        }
        if (crlf) {
            text = text.replace("\n", "\r\n");
        }
        return text.getBytes(charset);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
