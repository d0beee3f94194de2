package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.localis.statement.StatementTestFiles.bytes;
import static org.localis.statement.StatementTestFiles.errors;
import static org.localis.statement.StatementTestFiles.utf8;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;

class ClientBankExchangeReaderTest {

    private static final String ACCOUNT = "40702810801500116391";
    private static final String SAMPLE = "condo-1CClientBankExchange.txt";

    private static StatementFile read(String text) {
        return ClientBankExchangeReader.read(text.getBytes(StandardCharsets.UTF_8), "t.txt");
    }

    private static List<InputError> rejected(String text) {
        return errors(() -> read(text));
    }

    /** The sample's lines, 1-based: lines(20) is line 20. */
    private static List<String> sampleLines() {
        List<String> l = new ArrayList<>();
        l.add(null);
        l.addAll(Arrays.asList(utf8(SAMPLE).split("\n")));
        return l;
    }

    private static String withLines(List<String> lines) {
        return String.join("\n", lines.subList(1, lines.size())) + "\n";
    }

    @Test
    void condoSampleGivesTwoDebitsAndTwoCredits() {
        StatementFile file = ClientBankExchangeReader.read(bytes(SAMPLE), "condo.txt");
        assertThat(file.format()).isEqualTo(StatementFormat.CLIENT_BANK_EXCHANGE);
        assertThat(file.formatVersion()).isEqualTo("1.03");
        assertThat(file.warnings()).isEmpty(); // 8300.00 + 2681831.46 - 2554737.23 = 135394.23
        BankStatement s = file.statements().get(0);
        assertThat(file.statements()).hasSize(1);
        assertThat(s.account()).isEqualTo(ACCOUNT);
        assertThat(s.currency()).isEqualTo("RUB");
        assertThat(s.statementId()).isEqualTo(ACCOUNT + ":2022-04-01:2022-10-27");
        assertThat(s.from()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(s.to()).isEqualTo(LocalDate.of(2022, 10, 27));
        assertThat(s.openingBalanceMinor()).isEqualTo(830_000L);
        assertThat(s.closingBalanceMinor()).isEqualTo(13_539_423L);
        assertThat(s.closingDate()).isEqualTo(LocalDate.of(2022, 10, 27));
        assertThat(s.line()).isEqualTo(11);

        assertThat(s.entries()).extracting(StatementEntry::line, StatementEntry::direction, StatementEntry::amountMinor,
                StatementEntry::bookingDate, StatementEntry::bankReference).containsExactly(
                tuple(20, Direction.DEBIT, 70_000L, LocalDate.of(2022, 4, 15), "61298"),
                tuple(50, Direction.CREDIT, 105_298L, LocalDate.of(2022, 4, 15), "6032"),
                tuple(80, Direction.CREDIT, 116_698L, LocalDate.of(2022, 4, 18), "656731"),
                tuple(109, Direction.DEBIT, 1_400_000L, LocalDate.of(2022, 4, 18), "239"));
        assertThat(s.entries()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EntryStatus.BOOKED);
            assertThat(e.currency()).isEqualTo("RUB");
            assertThat(e.account()).isEqualTo(ACCOUNT);
            assertThat(e.valueDate()).isEqualTo(e.bookingDate());
            assertThat(e.reversal()).isFalse();
            assertThat(e.endToEndId()).isNull();
        });
        assertThat(s.entries()).extracting(StatementEntry::isIncomingBookedCredit).containsExactly(false, true, true, false);

        StatementEntry ivanov = s.entries().get(1);
        assertThat(ivanov.payerName()).isEqualTo("Иванов Иван Иванович");
        assertThat(ivanov.payerAccount()).isEqualTo("40817810009980084396");
        assertThat(ivanov.structuredReference()).isEqualTo("50133547364"); // Код
        assertThat(ivanov.remittanceLines()).containsExactly("ЛС: 50133547364");
        assertThat(ivanov.dedupeKey()).isEqualTo(ACCOUNT + "|2022-04-15|6032|105298|40817810009980084396|50133547364|C");

        StatementEntry fee = s.entries().get(0);
        assertThat(fee.payerName()).isEqualTo("ООО УК \"ТЕСТОВАЯ\"");
        assertThat(fee.payerAccount()).isEqualTo(ACCOUNT);
        assertThat(fee.remittanceLines()).containsExactly("Оплата услуги по договору 12345");
        assertThat(fee.dedupeKey()).isEqualTo(ACCOUNT + "|2022-04-15|61298|70000|60322810700500000191||D");
        assertThat(s.entries().get(3).structuredReference()).isNull(); // Код=0

        List<String> lines = sampleLines();
        assertThat(fee.rawText()).isEqualTo(String.join("\n", lines.subList(20, 50)));
        assertThat(s.entries().get(3).rawText()).startsWith("СекцияДокумент=Платежное поручение\nНомер=239\n")
                .endsWith("Без налога (НДС)\nКонецДокумента");
        assertThat(s.bookedMovementMinor()).isEqualTo(105_298 + 116_698 - 70_000 - 1_400_000);
    }

    @Test
    void windows1251WithCrlfGivesTheSameStatementsAsUtf8() {
        StatementFile utf = ClientBankExchangeReader.read(bytes(SAMPLE), "a.txt");
        StatementFile cp = ClientBankExchangeReader.read(bytes("condo-1CClientBankExchange.cp1251-crlf.txt"), "b.txt");
        assertThat(ClientBankExchangeReader.detectCharset(bytes("condo-1CClientBankExchange.cp1251-crlf.txt")).name())
                .isEqualTo("windows-1251");
        assertThat(ClientBankExchangeReader.detectCharset(bytes(SAMPLE))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(cp.statements()).isEqualTo(utf.statements());
        assertThat(cp.entries()).hasSize(4);
        assertThat(cp.entries().get(2).payerName()).isEqualTo("ПЕТРОВ ПЁТР ПЕТРОВИЧ");
        assertThat(cp.formatVersion()).isEqualTo(utf.formatVersion());
    }

    @Test
    void byteOrderMarkAndDosEncodingAreRecognised() {
        byte[] withBom = new byte[bytes(SAMPLE).length + 3];
        System.arraycopy(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, withBom, 0, 3);
        System.arraycopy(bytes(SAMPLE), 0, withBom, 3, bytes(SAMPLE).length);
        assertThat(ClientBankExchangeReader.read(withBom, "bom.txt").statements())
                .isEqualTo(ClientBankExchangeReader.read(bytes(SAMPLE), "x.txt").statements());

        Statement s = Statement.rub("40703810900000000001", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), List.of(
                Movement.credit(LocalDate.of(2025, 1, 5), 150_000, "17", "Ёлкин Пётр", "40817810000000000017",
                        "Пожертвование № 5 на шины")));
        Charset dos = Charset.forName("IBM866");
        byte[] cp866 = StatementSamples.clientBankExchange(s, dos, true);
        assertThat(ClientBankExchangeReader.detectCharset(cp866)).isEqualTo(dos);
        StatementFile a = ClientBankExchangeReader.read(cp866, "dos.txt");
        StatementFile b = ClientBankExchangeReader.read(StatementSamples.clientBankExchange(s, StandardCharsets.UTF_8, false), "u.txt");
        assertThat(a.entries().get(0).payerName()).isEqualTo("Ёлкин Пётр");
        assertThat(a.entries().get(0).remittanceLines()).containsExactly("Пожертвование № 5 на шины");
        assertThat(a.entries()).extracting(StatementEntry::dedupeKey).isEqualTo(
                b.entries().stream().map(StatementEntry::dedupeKey).toList());
    }

    @Test
    void unknownEncodingOfANonUtf8FileIsRejected() {
        Statement s = Statement.rub("40703810900000000001", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), List.of());
        byte[] koi = StatementSamples.clientBankExchange(s, Charset.forName("windows-1251"), true);
        String text = new String(koi, Charset.forName("windows-1251")).replace("Кодировка=Windows", "Кодировка=KOI8");
        byte[] bytes = text.getBytes(Charset.forName("windows-1251"));
        assertThat(errors(() -> ClientBankExchangeReader.read(bytes, "k.txt"))).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("Кодировка"));
    }

    @Test
    void invalidSampleIsRejectedForItsUnknownKeyAndMissingEnd() {
        List<InputError> errors = errors(() -> ClientBankExchangeReader.read(bytes("condo-1CClientBankExchange-Invalid.txt"),
                "invalid.txt"));
        assertThat(errors).extracting(InputError::line, InputError::field).containsExactly(
                tuple(14, "НеизвестноеСвойство"),
                tuple(19, ""));
        assertThat(errors.get(0).message()).contains("unknown key").contains("СекцияРасчСчет");
        assertThat(errors.get(1).message()).contains("unexpected end of file").contains("КонецФайла");
        assertThat(errors.get(0)).hasToString("invalid.txt:14: НеизвестноеСвойство: unknown key in СекцияРасчСчет");
    }

    @Test
    void everyTruncationIsRejected() {
        List<String> lines = sampleLines();
        for (int n = 1; n < lines.size() - 1; n++) {
            String part = withLines(lines.subList(0, n + 1));
            List<InputError> errors = rejected(part);
            assertThat(errors).as("first %d lines", n).isNotEmpty();
            assertThat(errors).as("first %d lines", n).anySatisfy(e -> assertThat(e.message()).contains("unexpected end of file"));
        }
        assertThat(rejected(withLines(lines.subList(0, 61)))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(60);
            assertThat(e.message()).contains("СекцияДокумент of line 50 is not closed");
        });
        assertThat(read(withLines(lines)).entries()).hasSize(4);
    }

    @Test
    void unknownKeyInADocumentNamesLineAndKey() {
        List<String> lines = sampleLines();
        lines.add(61, "Комментарий=от руки");
        List<InputError> errors = rejected(withLines(lines));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(61);
            assertThat(e.field()).isEqualTo("Комментарий");
            assertThat(e.message()).isEqualTo("unknown key in СекцияДокумент");
        });
    }

    @Test
    void everyBadValueIsListedWithItsLine() {
        List<String> lines = sampleLines();
        lines.set(23, "Сумма=700,50");          // doc 1
        lines.set(52, "Дата=31.02.2022");       // doc 2
        lines.set(94, "ДатаПоступило=2022-04-18"); // doc 3
        lines.set(112, "Сумма=0");              // doc 4
        List<InputError> errors = rejected(withLines(lines));
        assertThat(errors).extracting(InputError::line, InputError::field).containsExactly(
                tuple(23, "Сумма"), tuple(52, "Дата"), tuple(94, "ДатаПоступило"), tuple(112, "Сумма"));
        assertThat(errors.get(0).message()).contains("use '.' as the decimal point");
        assertThat(errors.get(3).message()).contains("greater than zero");
    }

    @Test
    void requiredDocumentKeys() {
        List<String> lines = sampleLines();
        lines.set(51, "Номер=");
        lines.remove(53); // Сумма of doc 2
        List<InputError> errors = rejected(withLines(lines));
        assertThat(errors).extracting(InputError::line, InputError::field).containsExactly(
                tuple(51, "Номер"), tuple(50, "Сумма"));
    }

    @Test
    void documentNotTouchingTheStatementAccountIsRejected() {
        List<String> lines = sampleLines();
        lines.set(63, "ПолучательСчет=40702810000000000999");
        lines.set(67, "ПолучательРасчСчет=40702810000000000999");
        assertThat(rejected(withLines(lines))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(50);
            assertThat(e.message()).contains("neither credits nor debits").contains(ACCOUNT);
        });
        // ПолучательРасчСчет alone is enough
        lines.set(67, "ПолучательРасчСчет=" + ACCOUNT);
        assertThat(read(withLines(lines)).entries().get(1).direction()).isEqualTo(Direction.CREDIT);
    }

    @Test
    void creditWithoutDateCreditedIsPendingOnTheDocumentDate() {
        List<String> lines = sampleLines();
        lines.set(64, "ДатаПоступило=");
        lines.set(52, "Дата=14.04.2022");
        StatementEntry e = read(withLines(lines)).entries().get(1);
        assertThat(e.status()).isEqualTo(EntryStatus.PENDING);
        assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2022, 4, 14));
        assertThat(e.isIncomingBookedCredit()).isFalse();
    }

    @Test
    void structuralErrors() {
        String text = utf8(SAMPLE);
        assertThat(rejected("1CClientBankExchangeX\n" + text.substring(text.indexOf('\n') + 1))).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(1));
        assertThat(rejected(text + "СекцияДокумент=Платежное поручение\n")).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(141);
                    assertThat(e.message()).contains("after КонецФайла");
                });
        List<String> lines = sampleLines();
        lines.set(79, "КонецРасчСчет");
        assertThat(rejected(withLines(lines))).extracting(InputError::line).contains(79, 80);
        List<String> dup = sampleLines();
        dup.add(54, "Сумма=1");
        assertThat(rejected(withLines(dup))).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(54);
            assertThat(e.message()).contains("twice").contains("line 53");
        });
        List<String> stray = sampleLines();
        stray.add(20, "ДатаНачала=01.04.2022"); // after КонецРасчСчет, outside any section
        assertThat(rejected(withLines(stray))).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(20));
        List<String> noise = sampleLines();
        noise.add(30, "просто текст");
        assertThat(rejected(withLines(noise))).singleElement().satisfies(e -> assertThat(e.message()).contains("Key=Value"));
        List<String> noAccount = sampleLines();
        noAccount.set(14, "РасчСчет=4070281080150011639");
        assertThat(rejected(withLines(noAccount))).extracting(InputError::line).contains(14);
    }

    @Test
    void balanceMismatchIsAWarning() {
        List<String> lines = sampleLines();
        lines.set(18, "КонечныйОстаток=135394.24");
        StatementFile file = read(withLines(lines));
        assertThat(file.statements().get(0).closingBalanceMinor()).isEqualTo(13_539_424L);
        assertThat(file.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(11);
            assertThat(w.message()).contains("135394.23").contains("135394.24");
        });
    }

    @Test
    void transferBetweenTwoAccountsOfTheFileGivesBothEntries() {
        String text = utf8(SAMPLE);
        String other = "40702810000000000777";
        String second = "СекцияРасчСчет\nДатаНачала=01.04.2022\nДатаКонца=27.10.2022\nРасчСчет=" + other
                + "\nНачальныйОстаток=0\nКонечныйОстаток=140.00\nКонецРасчСчет\n";
        String transfer = "СекцияДокумент=Платежное поручение\nНомер=240\nДата=19.04.2022\nСумма=140\nПлательщикСчет="
                + ACCOUNT + "\nДатаСписано=19.04.2022\nПолучательСчет=" + other + "\nДатаПоступило=20.04.2022\n"
                + "НазначениеПлатежа=Перевод собственных средств\nКонецДокумента\n";
        String file = text.replace("КонецРасчСчет\n", "КонецРасчСчет\n" + second).replace("КонецФайла", transfer + "КонецФайла");
        StatementFile f = read(file);
        assertThat(f.statements()).extracting(BankStatement::account).containsExactly(ACCOUNT, other);
        assertThat(f.statements().get(0).entries()).hasSize(5).last().satisfies(e -> {
            assertThat(e.direction()).isEqualTo(Direction.DEBIT);
            assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2022, 4, 19));
        });
        assertThat(f.statements().get(1).entries()).singleElement().satisfies(e -> {
            assertThat(e.direction()).isEqualTo(Direction.CREDIT);
            assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2022, 4, 20));
            assertThat(e.amountMinor()).isEqualTo(14_000);
            assertThat(e.dedupeKey()).isEqualTo(other + "|2022-04-19|240|14000|" + ACCOUNT + "||C");
        });
        assertThat(f.statements().get(1).line()).isEqualTo(20);
        assertThat(f.statements().get(1).closingBalanceMinor()).isEqualTo(14_000L);
    }

    @Test
    void dedupeKeysAreStableAcrossFilesAndDistinctForLookalikes() {
        LocalDate d = LocalDate.of(2025, 2, 3);
        Movement m = Movement.credit(d, 50_000, "77", "Анна", "40817810000000000001", "Пожертвование");
        Statement jan = Statement.rub("40703810900000000001", d.minusDays(2), d, List.of(m));
        Statement feb = Statement.rub("40703810900000000001", d, d.plusDays(20), List.of(m, m));
        List<String> a = ClientBankExchangeReader.read(StatementSamples.clientBankExchange(jan, StandardCharsets.UTF_8, false), "a.txt")
                .entries().stream().map(StatementEntry::dedupeKey).toList();
        List<String> b = ClientBankExchangeReader.read(StatementSamples.clientBankExchange(feb, Charset.forName("windows-1251"), true),
                "b.txt").entries().stream().map(StatementEntry::dedupeKey).toList();
        assertThat(b.get(0)).isEqualTo(a.get(0));
        assertThat(b.get(1)).isEqualTo(a.get(0) + "#2");
    }
    @Test
    void documentsAddingUpBeyondTheLimitAreRejectedNotOverflowed() {
        LocalDate d = LocalDate.of(2025, 3, 3);
        List<Movement> huge = new ArrayList<>();
        for (int i = 0; i < 93; i++) { // 93 × 999,999,999,999,999.99 rubles: more than a long holds in kopecks
            huge.add(Movement.credit(d, 99_999_999_999_999_999L, "N" + i, "Payer", "40817810000000000001"));
        }
        String text = StatementSamples.clientBankExchange(new Statement(ACCOUNT, "Holder", "RUB", "S", d, d, null, huge));
        assertThat(rejected(text)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("Сумма");
            assertThat(e.message()).contains("add up to more than 1000000000000000000 minor units").contains(ACCOUNT);
        });
        StatementFile some = read(StatementSamples.clientBankExchange(new Statement(ACCOUNT, "Holder", "RUB", "S", d, d, null,
                huge.subList(0, 10))));
        assertThat(some.statements().get(0).bookedMovementMinor()).isEqualTo(999_999_999_999_999_990L);
    }
}
