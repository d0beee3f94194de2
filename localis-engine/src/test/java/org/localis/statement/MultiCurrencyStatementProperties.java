package org.localis.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random statements whose entries are in several currencies (with and without a counter-value in the
 * account currency, booked and pending, for several camt versions): no entry's amount is ever attributed
 * to another currency than the one the file gives it in, and the account-currency balance check counts
 * a foreign entry only through the counter-value the file states.
 */
class MultiCurrencyStatementProperties {

    private static final List<String> CURRENCIES = List.of("EUR", "USD", "RUB", "JPY", "KWD", "CHF");

    /** One generated entry: its currency and amount, a counter-value in the account currency or not, booked or not. */
    record Gen(String currency, long amountMinor, boolean credit, boolean booked, boolean dated, long counterMinor) {
    }

    @Provide
    Arbitrary<Gen> entries() {
        return Combinators.combine(Arbitraries.of(CURRENCIES), Arbitraries.longs().between(1, 5_000_000_000L),
                Arbitraries.of(true, false), Arbitraries.of(true, true, false), Arbitraries.of(true, false),
                Arbitraries.longs().between(0, 3_000_000_000L))
                .as(Gen::new);
    }

    private static int digits(String ccy) {
        return Currency.getInstance(ccy).getDefaultFractionDigits();
    }

    private static String amount(long minor, String ccy) {
        return BigDecimal.valueOf(minor, digits(ccy)).toPlainString();
    }

    private static String xml(int version, String account, String ccy, long opening, long closing, List<Gen> gens) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001."
                + String.format("%02d", version) + "\">\n<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2025-01-01T00:00:00"
                + "</CreDtTm></GrpHdr>\n<Stmt><Id>S</Id><Acct><Id><IBAN>" + account + "</IBAN></Id><Ccy>" + ccy + "</Ccy></Acct>\n");
        sb.append(balance("PRCD", ccy, opening)).append(balance("CLBD", ccy, closing));
        for (Gen g : gens) {
            String status = g.booked() ? "BOOK" : "PDNG";
            sb.append("<Ntry><Amt Ccy=\"").append(g.currency()).append("\">").append(amount(g.amountMinor(), g.currency()))
                    .append("</Amt><CdtDbtInd>").append(g.credit() ? "CRDT" : "DBIT").append("</CdtDbtInd>")
                    .append(version >= 8 ? "<Sts><Cd>" + status + "</Cd></Sts>" : "<Sts>" + status + "</Sts>");
            if (g.booked() || g.dated()) {
                sb.append("<BookgDt><Dt>2025-01-01</Dt></BookgDt>");
            }
            if (!g.currency().equals(ccy) && g.counterMinor() > 0) {
                sb.append("<AmtDtls><CntrValAmt><Amt Ccy=\"").append(ccy).append("\">").append(amount(g.counterMinor(), ccy))
                        .append("</Amt><CcyXchg><SrcCcy>").append(g.currency()).append("</SrcCcy><XchgRate>1.5</XchgRate>")
                        .append("</CcyXchg></CntrValAmt></AmtDtls>");
            }
            sb.append("</Ntry>\n");
        }
        return sb.append("</Stmt></BkToCstmrStmt></Document>\n").toString();
    }

    private static String balance(String code, String ccy, long minor) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + ccy + "\">" + amount(Math.abs(minor), ccy)
                + "</Amt><CdtDbtInd>" + (minor < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>2025-01-01</Dt></Dt></Bal>\n";
    }

    /** What the account-currency amount of a booked generated entry is, if the file states one. */
    private static OptionalLong inAccount(Gen g, String ccy) {
        if (g.currency().equals(ccy)) {
            return OptionalLong.of(g.amountMinor());
        }
        return g.counterMinor() > 0 ? OptionalLong.of(g.counterMinor()) : OptionalLong.empty();
    }

    @Property(tries = 300)
    void noEntryIsEverAttributedToAnotherCurrency(@ForAll("entriesList") List<Gen> gens,
            @ForAll("accountCurrencies") String ccy, @ForAll("versions") int version,
            @ForAll("openings") long opening) {
        long movement = 0;
        boolean unknown = false;
        for (Gen g : gens) {
            if (!g.booked()) {
                continue;
            }
            OptionalLong a = inAccount(g, ccy);
            if (a.isEmpty()) {
                unknown = true;
            } else {
                movement += g.credit() ? a.getAsLong() : -a.getAsLong();
            }
        }
        String file = xml(version, "NL91ABNA0417164300", ccy, opening, opening + movement, gens);
        StatementFile read = StatementFiles.read(file.getBytes(StandardCharsets.UTF_8), "g.xml");
        BankStatement s = read.statements().get(0);

        List<Gen> readable = new ArrayList<>();
        for (Gen g : gens) {
            if (g.booked() || g.dated()) {
                readable.add(g);
            }
        }
        assertThat(s.entries()).hasSize(readable.size());
        assertThat(s.skipped()).hasSize((int) gens.stream().filter(g -> !g.booked()).count());
        for (int i = 0; i < readable.size(); i++) {
            Gen g = readable.get(i);
            StatementEntry e = s.entries().get(i);
            assertThat(e.currency()).isEqualTo(g.currency());
            assertThat(e.amountMinor()).isEqualTo(g.amountMinor());
            assertThat(e.accountCurrency()).isEqualTo(ccy);
            assertThat(e.isForeignCurrency()).isEqualTo(!g.currency().equals(ccy));
            assertThat(e.amountIn(ccy)).isEqualTo(inAccount(g, ccy));
            for (String other : CURRENCIES) {
                if (!other.equals(ccy) && !other.equals(g.currency())) {
                    assertThat(e.amountIn(other)).as("an amount in %s", other).isEmpty();
                }
            }
        }
        assertThat(s.openingBalanceMinor()).isEqualTo(opening);
        assertThat(s.reconciles()).isEqualTo(unknown ? null : Boolean.TRUE);
    }

    @Provide
    Arbitrary<List<Gen>> entriesList() {
        return entries().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> accountCurrencies() {
        return Arbitraries.of(CURRENCIES);
    }

    @Provide
    Arbitrary<Integer> versions() {
        return Arbitraries.of(2, 4, 8, 10, 12);
    }

    @Provide
    Arbitrary<Long> openings() {
        return Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L);
    }
}
