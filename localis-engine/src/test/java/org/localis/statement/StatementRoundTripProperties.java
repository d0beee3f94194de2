package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.localis.input.InvalidInputException;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;

/**
 * Generated statements written by {@link StatementSamples} come back from the readers field for
 * field, in camt.053 of every version and in 1C in UTF-8/LF and windows-1251/CRLF; and damaged files
 * are either read or rejected with {@link InvalidInputException}, never another exception.
 */
class StatementRoundTripProperties {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final String TEXT_CHARS = "abcxyzABCXYZ АБВЖЩабвжщёЁ0123456789.,;:/-&<>\"'=№()+";
    private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

    // ---- generators ----

    private static Arbitrary<String> text(int max) {
        return Arbitraries.strings().withChars(TEXT_CHARS.toCharArray()).ofMinLength(1).ofMaxLength(max)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<String> digits(int n) {
        return Arbitraries.strings().numeric().ofLength(n);
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3650).map(EPOCH::plusDays);
    }

    private static Arbitrary<Movement> movements(boolean camt) {
        Arbitrary<LocalDate> booking = dates();
        Arbitrary<Integer> valueShift = camt ? Arbitraries.integers().between(0, 3) : Arbitraries.just(0);
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 10_000_000_000L);
        Arbitrary<Direction> direction = Arbitraries.of(Direction.class);
        Arbitrary<Boolean> reversal = camt ? Arbitraries.of(true, false, false, false) : Arbitraries.just(false);
        Arbitrary<EntryStatus> status = camt ? Arbitraries.of(EntryStatus.BOOKED, EntryStatus.BOOKED, EntryStatus.PENDING,
                EntryStatus.INFO) : Arbitraries.of(EntryStatus.BOOKED, EntryStatus.BOOKED, EntryStatus.PENDING);
        Arbitrary<String> endToEnd = camt ? Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(35)
                .filter(s -> !s.equalsIgnoreCase("NOTPROVIDED")).injectNull(0.4) : Arbitraries.just(null);
        Arbitrary<String> reference = digits(16).map(s -> "RF" + s).injectNull(0.5);
        Arbitrary<List<String>> remittance = text(60).list().ofMinSize(0).ofMaxSize(7);
        Arbitrary<String> name = text(40).injectNull(0.2);
        Arbitrary<String> account = digits(20).injectNull(0.2);
        return Combinators.combine(booking, valueShift, amount, direction, reversal, status, endToEnd, reference)
                .as((b, shift, a, d, rv, st, e2e, ref) -> new Object[] {b, shift, a, d, rv, st, e2e, ref})
                .flatMap(p -> Combinators.combine(remittance, name, account).as((rem, nm, acct) -> new Movement(
                        (LocalDate) p[0], ((LocalDate) p[0]).plusDays((Integer) p[1]), (Long) p[2], (Direction) p[3],
                        (Boolean) p[4], (EntryStatus) p[5], null, (String) p[6], (String) p[7], rem, nm, acct)));
    }

    /** 0 to 12 movements, the size drawn uniformly (list sizes are otherwise biased to very short lists). */
    private static Arbitrary<List<Movement>> movementLists(boolean camt) {
        return Arbitraries.randomValue(r -> r.nextInt(13)).flatMap(n -> movements(camt).list().ofSize(n));
    }

    /** Movements numbered so that bank references are unique within the statement. */
    private static List<Movement> numbered(List<Movement> ms, String prefix) {
        List<Movement> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Movement m = ms.get(i);
            out.add(new Movement(m.bookingDate(), m.valueDate(), m.amountMinor(), m.direction(), m.reversal(), m.status(),
                    prefix + (i + 1), m.endToEndId(), m.structuredReference(), m.remittanceLines(), m.counterpartyName(),
                    m.counterpartyAccount()));
        }
        return out;
    }

    @Provide
    Arbitrary<Statement> camtStatements() {
        Arbitrary<String> account = Arbitraries.oneOf(digits(20), digits(20).map(d -> "DE" + d));
        Arbitrary<String> currency = Arbitraries.of("EUR", "RUB", "JPY", "BHD", "CHF");
        Arbitrary<LocalDate> from = dates();
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 40);
        Arbitrary<Long> opening = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).injectNull(0.3);
        return Combinators.combine(account, text(40), currency, from, days, opening, movementLists(true))
                .as((acct, holder, ccy, f, n, open, ms) -> new Statement(acct, holder, ccy, "ID-" + acct, f, f.plusDays(n),
                        open, numbered(ms, "AS-")));
    }

    @Provide
    Arbitrary<Statement> rubStatements() {
        Arbitrary<LocalDate> from = dates();
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 40);
        Arbitrary<Long> opening = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).injectNull(0.3);
        return Combinators.combine(digits(20), text(40), from, days, opening, movementLists(false))
                .as((acct, holder, f, n, open, ms) -> new Statement(acct, holder, "RUB", "ID", f, f.plusDays(n), open,
                        numbered(ms, "")));
    }

    // ---- round trips ----

    @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
    void camtStatementsRoundTripInEveryVersion(@ForAll("camtStatements") Statement s,
            @ForAll @IntRange(min = 2, max = 13) int version) {
        String xml = StatementSamples.camt053(version, List.of(s));
        StatementFile file = Camt053Reader.read(xml.getBytes(StandardCharsets.UTF_8), "gen.xml");
        assertThat(file.formatVersion()).isEqualTo(String.format("camt.053.001.%02d", version));
        BankStatement read = sameStatement(s, file);
        assertThat(read.statementId()).isEqualTo(s.id());
        for (int i = 0; i < s.movements().size(); i++) {
            Movement m = s.movements().get(i);
            StatementEntry e = read.entries().get(i);
            sameMovement(s, m, e);
            assertThat(e.valueDate()).isEqualTo(m.valueDate());
            assertThat(e.reversal()).isEqualTo(m.reversal());
            assertThat(e.endToEndId()).isEqualTo(m.endToEndId());
            assertThat(e.dedupeKey()).isEqualTo(s.account().replace(" ", "") + "|" + m.bankReference());
            assertThat(e.line()).isEqualTo(StatementTestFiles.lineOfOccurrence(xml, "<Ntry>", i + 1));
            assertThat(e.rawText()).startsWith("<Ntry>").endsWith("</Ntry>").contains(">" + m.bankReference() + "<");
        }
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
    void clientBankExchangeRoundTripsInUtf8AndWindows1251(@ForAll("rubStatements") Statement s) {
        StatementFile utf = ClientBankExchangeReader.read(StatementSamples.clientBankExchange(s, StandardCharsets.UTF_8, false), "u.txt");
        StatementFile cp = ClientBankExchangeReader.read(StatementSamples.clientBankExchange(s, WINDOWS_1251, true), "w.txt");
        assertThat(cp.statements()).isEqualTo(utf.statements());
        BankStatement read = sameStatement(s, utf);
        assertThat(read.statementId()).isEqualTo(s.account() + ":" + s.from() + ":" + s.to());
        for (int i = 0; i < s.movements().size(); i++) {
            Movement m = s.movements().get(i);
            StatementEntry e = read.entries().get(i);
            sameMovement(s, m, e);
            assertThat(e.valueDate()).isEqualTo(m.bookingDate());
            assertThat(e.endToEndId()).isNull();
            assertThat(e.rawText()).startsWith("СекцияДокумент=").endsWith("КонецДокумента")
                    .contains("\nНомер=" + m.bankReference() + "\n");
        }
    }

    /** Most generated statements have several entries of both directions, or the properties would prove little. */
    @Example
    void generatorsMakeStatementsWithSeveralEntriesOfBothDirections() {
        for (Arbitrary<Statement> arbitrary : List.of(camtStatements(), rubStatements())) {
            List<Statement> sample = arbitrary.sampleStream().limit(300).toList();
            long several = sample.stream().filter(s -> s.movements().size() >= 3).count();
            long both = sample.stream()
                    .filter(s -> s.movements().stream().map(Movement::direction).distinct().count() == 2).count();
            assertThat(several).isGreaterThan(150);
            assertThat(both).isGreaterThan(120);
        }
    }

    private static BankStatement sameStatement(Statement s, StatementFile file) {
        assertThat(file.warnings()).isEmpty();
        assertThat(file.statements()).hasSize(1);
        BankStatement read = file.statements().get(0);
        assertThat(read.account()).isEqualTo(s.account());
        assertThat(read.currency()).isEqualTo(s.currency());
        assertThat(read.from()).isEqualTo(s.from());
        assertThat(read.to()).isEqualTo(s.to());
        assertThat(read.openingBalanceMinor()).isEqualTo(s.openingBalanceMinor());
        assertThat(read.closingBalanceMinor()).isEqualTo(s.closingBalanceMinor());
        assertThat(read.entries()).hasSameSizeAs(s.movements());
        assertThat(new HashSet<>(read.entries().stream().map(StatementEntry::dedupeKey).toList()))
                .hasSameSizeAs(read.entries());
        if (s.openingBalanceMinor() != null) {
            assertThat(read.openingBalanceMinor() + read.bookedMovementMinor()).isEqualTo(read.closingBalanceMinor());
        }
        return read;
    }

    private static void sameMovement(Statement s, Movement m, StatementEntry e) {
        assertThat(e.account()).isEqualTo(s.account());
        assertThat(e.currency()).isEqualTo(s.currency());
        assertThat(e.bookingDate()).isEqualTo(m.bookingDate());
        assertThat(e.amountMinor()).isEqualTo(m.amountMinor());
        assertThat(e.direction()).isEqualTo(m.direction());
        assertThat(e.status()).isEqualTo(m.status());
        assertThat(e.structuredReference()).isEqualTo(m.structuredReference());
        assertThat(e.remittanceLines()).isEqualTo(m.remittanceLines());
        assertThat(e.payerName()).isEqualTo(StatementSamples.expectedPayerName(s, m));
        assertThat(e.payerAccount()).isEqualTo(StatementSamples.expectedPayerAccount(s, m));
        assertThat(e.bankReference()).isEqualTo(m.bankReference());
        assertThat(e.isIncomingBookedCredit())
                .isEqualTo(m.direction() == Direction.CREDIT && m.status() == EntryStatus.BOOKED && !m.reversal());
    }

    // ---- damaged files ----

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void damagedCamtFilesAreReadOrRejectedButNeverCrash(@ForAll("camtStatements") Statement s, @ForAll long seed) {
        readOrReject(damage(StatementSamples.camt053Bytes(8, s), new Random(seed), "<>/&;\"= Ntry!DOCTYPE-?x".getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void damagedClientBankExchangeFilesAreReadOrRejectedButNeverCrash(@ForAll("rubStatements") Statement s, @ForAll long seed) {
        byte[] pool = "=\r\n0.,-Сумма=Дата=КонецДокумента\nСекцияДокумент=\n".getBytes(WINDOWS_1251);
        readOrReject(damage(StatementSamples.clientBankExchange(s, WINDOWS_1251, true), new Random(seed), pool));
    }

    private static void readOrReject(byte[] content) {
        try {
            StatementFile file = StatementFiles.read(content, "damaged");
            assertThat(file.statements()).isNotNull();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).isNotEmpty();
        }
    }

    /** One to three random cuts, insertions, deletions or duplications. */
    private static byte[] damage(byte[] original, Random r, byte[] pool) {
        List<Byte> b = new ArrayList<>();
        for (byte x : original) {
            b.add(x);
        }
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n && !b.isEmpty(); k++) {
            int at = r.nextInt(b.size());
            switch (r.nextInt(4)) {
                case 0 -> b.subList(at, b.size()).clear();
                case 1 -> {
                    for (int i = 0, len = 1 + r.nextInt(8); i < len; i++) {
                        b.add(at, pool[r.nextInt(pool.length)]);
                    }
                }
                case 2 -> b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(40))).clear();
                default -> b.addAll(at, new ArrayList<>(b.subList(at, Math.min(b.size(), at + 1 + r.nextInt(200)))));
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
