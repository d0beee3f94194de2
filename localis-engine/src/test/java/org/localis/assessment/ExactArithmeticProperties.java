package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.bom.DecimalColumn;
import org.localis.certificate.CertificateSource;
import org.localis.input.ErrorCollector;
import org.localis.scheme.OriginRule;
import org.localis.testing.RandomBoms;

/**
 * The valuation's long arithmetic ({@link ExactSum}, {@link DecimalColumn}) against {@code BigDecimal} on random
 * values, including values at and past the range of a long, where it must go on as {@code BigDecimal}: every
 * result the same number with the same scale.
 */
class ExactArithmeticProperties {

    /** Unscaled values near the edges: 0, ±1, around 10^18 and 2^63, and random ones of every size. */
    @Provide
    Arbitrary<BigDecimal> amounts() {
        Arbitrary<BigInteger> edges = Arbitraries.of(0L, 1L, -1L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 3_037_000_499L, 3_037_000_500L,
                -3_037_000_500L, 4_294_967_296L).map(BigInteger::valueOf);
        Arbitrary<BigInteger> wide = Arbitraries.bigIntegers().between(
                BigInteger.valueOf(Long.MIN_VALUE).multiply(BigInteger.valueOf(4)),
                BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(4)));
        Arbitrary<BigInteger> small = Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L).map(BigInteger::valueOf);
        Arbitrary<BigInteger> any = Arbitraries.longs().map(BigInteger::valueOf);
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, edges), net.jqwik.api.Tuple.of(2, wide), net.jqwik.api.Tuple.of(5, small),
                net.jqwik.api.Tuple.of(3, any));
        Arbitrary<Integer> scales = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 6)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(-5, 25)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ExactSum.MAX_SCALE, ExactSum.MAX_SCALE + 1, -ExactSum.MAX_SCALE)));
        return Combinators.combine(unscaled, scales).as(BigDecimal::new);
    }

    @Property(tries = 2000)
    void sumsOfProductsAreTheBigDecimalChainScaleIncluded(
            @ForAll @Size(max = 12) List<@net.jqwik.api.From("amounts") BigDecimal> qs,
            @ForAll @Size(max = 12) List<@net.jqwik.api.From("amounts") BigDecimal> vs) {
        int n = Math.min(qs.size(), vs.size());
        DecimalColumn q = new DecimalColumn(n);
        DecimalColumn v = new DecimalColumn(n);
        ExactSum sum = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            q.set(i, qs.get(i));
            v.set(i, vs.get(i));
            expected = expected.add(qs.get(i).multiply(vs.get(i)));
            if (q.fits(i) && v.fits(i)) {
                sum.addProduct(q.unscaled(i), q.scale(i), v.unscaled(i), v.scale(i));
            } else {
                sum.addProduct(q.get(i), v.get(i));
            }
        }
        BigDecimal got = sum.toBigDecimal();
        assertThat(got).isEqualTo(expected); // BigDecimal.equals: the same value and the same scale
        assertThat(got.toPlainString()).isEqualTo(expected.toPlainString());
        assertThat(sum.signum()).isEqualTo(expected.signum());
        if (sum.fits()) {
            assertThat(BigDecimal.valueOf(sum.unscaled(), sum.scale())).isEqualTo(expected);
        }
    }

    @Property(tries = 2000)
    void aColumnGivesBackTheValueItWasGiven(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b) {
        DecimalColumn c = new DecimalColumn(3);
        c.set(0, a);
        c.set(1, b);
        c.copy(2, c, 0);
        assertThat(c.get(0)).isEqualTo(a);
        assertThat(c.get(1)).isEqualTo(b);
        assertThat(c.get(2)).isEqualTo(a);
        assertThat(c.signum(1)).isEqualTo(b.signum());
        boolean fitsLong = a.unscaledValue().bitLength() < 64 && Math.abs(a.scale()) <= ExactSum.MAX_SCALE;
        assertThat(c.fits(0)).isEqualTo(fitsLong);
        c.set(0, 7, 1); // a long over a value that did not fit
        assertThat(c.get(0)).isEqualTo(new BigDecimal("0.7"));
    }

    @Property(tries = 2000)
    void productsAndComparisonsAreBigDecimals(@ForAll("amounts") BigDecimal a, @ForAll("amounts") BigDecimal b,
                                              @ForAll("amounts") BigDecimal c) {
        DecimalColumn col = DecimalColumn.of(List.of(a, b, c));
        ExactSum x = new ExactSum();
        x.load(col, 0);
        x.multiply(col, 1);
        assertThat(x.toBigDecimal()).isEqualTo(a.multiply(b));
        ExactSum y = new ExactSum();
        y.load(col, 2);
        assertThat(Integer.signum(ExactSum.compare(x, y))).isEqualTo(a.multiply(b).compareTo(c));
        assertThat(Integer.signum(ExactSum.compare(y, x))).isEqualTo(c.compareTo(a.multiply(b)));
    }

    @Property(tries = 500)
    void raisingByAPowerOfTenIsExactOrRefused(@ForAll long u, @ForAll @IntRange(min = 0, max = 40) int k) {
        long r = ExactSum.raise(u, k);
        BigInteger exact = BigInteger.valueOf(u).multiply(BigInteger.TEN.pow(k));
        if (r == Long.MIN_VALUE) {
            assertThat(exact.bitLength() >= 63 || exact.equals(BigInteger.valueOf(Long.MIN_VALUE))).isTrue();
        } else {
            assertThat(BigInteger.valueOf(r)).isEqualTo(exact);
        }
    }

    /**
     * The whole tracing valuation against a reference written with {@code BigDecimal} alone, on random trees whose
     * amounts are scaled up by 10^k: small ones stay longs, large ones overflow on the way up the tree.
     */
    @Property(tries = 300)
    void tracingValuationIsTheBigDecimalOneAtAnySize(@ForAll long seed, @ForAll @IntRange(min = 0, max = 22) int k) {
        List<BomLine> lines = new ArrayList<>();
        for (BomLine l : RandomBoms.lines(seed, 40)) {
            BomLine big = l.withUnitCost(l.unitCost().movePointRight(k));
            lines.add(k % 3 == 0 ? big : new BomLine(big.line(), big.part(), big.parent(), big.description(),
                    big.quantity().movePointRight(k / 3), big.uom(), big.unitCost(), big.currency(), big.origin(),
                    big.supplier(), big.makeBuy(), big.certificate()));
        }
        Bom bom = Bom.of("bom.csv", lines);
        Set<String> territory = Set.of("RU", "MX");
        MaterialValuation mv = MaterialValuation.compute(bom, "RUB", Map.of(), territory, OriginRule.TRACING, null,
                CertificateSource.NONE, LocalDate.of(2025, 6, 1), new ErrorCollector("bom.csv"));
        Reference ref = new Reference(bom, territory);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal vnm = BigDecimal.ZERO;
        for (int j = 0; j < bom.childCount(Bom.PRODUCT); j++) {
            int li = bom.child(Bom.PRODUCT, j);
            BigDecimal q = bom.line(li).quantity();
            total = total.add(q.multiply(ref.value(li)));
            vnm = vnm.add(q.multiply(ref.nonOriginating(li)));
        }
        assertThat(mv.materialValue()).isEqualTo(total);
        assertThat(mv.nonOriginatingValue()).isEqualTo(vnm);
        BigDecimal[] perProduct = bom.quantityPerProduct();
        ExactSum key = new ExactSum();
        for (int i = 0; i < bom.size(); i++) {
            BigDecimal parentQty = perProduct[bom.parentOf(i)];
            BigDecimal q = bom.line(i).quantity();
            BigDecimal lineQty = parentQty.compareTo(BigDecimal.ONE) == 0 ? q : q.multiply(parentQty);
            assertThat(mv.lineQuantityPerProduct(i)).isEqualTo(lineQty);
            mv.nonOriginatingPerProduct(i, key);
            assertThat(key.toBigDecimal()).isEqualByComparingTo(ref.nonOriginating(i).multiply(lineQty));
            assertThat(mv.unitValue(i)).isEqualTo(ref.value(i));
            assertThat(mv.unitNonOriginating(i)).isEqualTo(ref.nonOriginating(i));
            assertThat(mv.unitNonOriginatingSignum(i)).isEqualTo(ref.nonOriginating(i).signum());
        }
    }

    /** Tracing as the spec states it, in plain {@code BigDecimal}, recursively (the BOMs here are small). */
    private static final class Reference {
        final Bom bom;
        final Set<String> territory;
        final Map<Integer, BigDecimal> value = new HashMap<>();
        final Map<Integer, BigDecimal> non = new HashMap<>();

        Reference(Bom bom, Set<String> territory) {
            this.bom = bom;
            this.territory = territory;
        }

        BigDecimal value(int i) {
            BigDecimal known = value.get(i);
            if (known != null) {
                return known;
            }
            BomLine l = bom.line(i);
            BigDecimal r = l.unitCost();
            if (l.isMake()) {
                BigDecimal children = BigDecimal.ZERO;
                int p = bom.partOf(i);
                for (int c = 0; c < bom.childCount(p); c++) {
                    int li = bom.child(p, c);
                    children = children.add(bom.line(li).quantity().multiply(value(li)));
                }
                r = children.add(l.unitCost());
            }
            value.put(i, r);
            return r;
        }

        BigDecimal nonOriginating(int i) {
            BigDecimal known = non.get(i);
            if (known != null) {
                return known;
            }
            BomLine l = bom.line(i);
            BigDecimal r;
            boolean inside = territory.contains(l.origin());
            if (!l.isMake()) {
                r = inside ? BigDecimal.ZERO : value(i);
            } else if (!l.origin().isEmpty() && !inside) {
                r = value(i);
            } else {
                r = BigDecimal.ZERO;
                int p = bom.partOf(i);
                for (int c = 0; c < bom.childCount(p); c++) {
                    int li = bom.child(p, c);
                    BigDecimal n = nonOriginating(li);
                    if (n.signum() != 0) {
                        r = r.add(bom.line(li).quantity().multiply(n));
                    }
                }
            }
            non.put(i, r);
            return r;
        }
    }

}
