package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of tire sizes: the written form, the substitution rule and the speed order. */
class TireSizeProperties {

    @Provide
    Arbitrary<TireSize> sizes() {
        return TireSizes.any();
    }

    @Provide
    Arbitrary<List<TireSize>> groups() {
        return TireSizes.sameKey(1, 6);
    }

    @Property(tries = 2000)
    void canonicalParsesBackToAnEqualSize(@ForAll("sizes") TireSize t) {
        assertThat(TireSize.parse(t.canonical())).isEqualTo(t);
        assertThat(TireSize.parse(t.canonical()).canonical()).isEqualTo(t.canonical());
    }

    @Property(tries = 1000)
    void caseAndExtraSpacesDoNotMatter(@ForAll("sizes") TireSize t) {
        String loose = "  " + t.canonical().toLowerCase(Locale.ROOT).replace(" ", "   ") + " ";
        assertThat(TireSize.parse(loose)).isEqualTo(t);
    }

    @Property(tries = 1000)
    void theCompactSpellingParsesToTheSameSize(@ForAll("sizes") TireSize t) {
        // LT225/75R16C? no: LT225/75R16 115/112Q, 225/70R15C 112/110R, 205/55R16 91V
        StringBuilder b = new StringBuilder();
        b.append(t.lightTruck() ? "LT" : t.passenger() ? "P" : t.highLoad() ? "HL" : "");
        b.append(t.width()).append('/').append(t.aspect()).append(t.construction()).append(t.rimText());
        b.append(t.commercial() ? "C" : " ");
        b.append(t.loadIndex());
        if (t.dualLoadIndex() != null) {
            b.append('/').append(t.dualLoadIndex());
        }
        b.append(t.speed().name());
        if (t.reinforced()) {
            b.append(" XL");
        }
        assertThat(TireSize.parse(b.toString())).isEqualTo(t);
    }

    @Property(tries = 1000)
    void satisfiesIsReflexive(@ForAll("sizes") TireSize t) {
        assertThat(t.satisfies(t)).isTrue();
    }

    @Property(tries = 3000)
    void satisfiesIsTransitive(@ForAll("sizes") TireSize base, @ForAll long seed) {
        // three tires of one size with close service descriptions, so that the premise often holds
        Random r = new Random(seed);
        TireSizes.SizeKey key = TireSizes.SizeKey.of(base);
        boolean twin = base.commercial() || base.lightTruck();
        TireSize[] abc = new TireSize[3];
        for (int i = 0; i < 3; i++) {
            int load = Math.min(279, Math.max(0, base.loadIndex() + r.nextInt(5) - 2));
            Integer dual = twin && r.nextInt(4) > 0 ? Math.max(0, load - r.nextInt(3)) : null;
            SpeedSymbol speed = SpeedSymbol.values()[Math.min(SpeedSymbol.values().length - 2,
                    Math.max(0, base.speed().ordinal() + r.nextInt(3) - 1))];
            abc[i] = key.size(load, dual, speed, false);
        }
        if (abc[0].satisfies(abc[1]) && abc[1].satisfies(abc[2])) {
            assertThat(abc[0].satisfies(abc[2])).isTrue();
        }
    }

    @Property(tries = 1000)
    void satisfiesNeverCrossesSizeKeys(@ForAll("sizes") TireSize a, @ForAll("sizes") TireSize b) {
        if (!a.sizeKey().equals(b.sizeKey())) {
            assertThat(a.satisfies(b)).isFalse();
        }
    }

    @Property(tries = 1000)
    void aTireSatisfiesTheStrictestExactlyWhenItSatisfiesEveryOne(@ForAll("groups") List<TireSize> group,
                                                                  @ForAll("groups") List<TireSize> others) {
        TireSize strictest = TireSize.strictest(group);
        for (TireSize t : group) {
            assertThat(strictest.satisfies(t)).isTrue();
        }
        // candidates of the same size key as the group
        List<TireSize> candidates = new java.util.ArrayList<>(group);
        for (TireSize o : others) {
            candidates.add(TireSizes.SizeKey.of(group.get(0)).size(o.loadIndex(),
                    group.get(0).commercial() || group.get(0).lightTruck() ? o.dualLoadIndex() : null, o.speed(), false));
        }
        for (TireSize c : candidates) {
            boolean all = group.stream().allMatch(c::satisfies);
            assertThat(c.satisfies(strictest)).isEqualTo(all);
        }
    }

    @Property
    void speedSymbolsCompareByKmh(@ForAll SpeedSymbol a, @ForAll SpeedSymbol b) {
        // (Y) is rated above the 300 km/h of Y: one more km/h for the comparison
        int ka = a.kmh() + (a == SpeedSymbol.Y_ABOVE ? 1 : 0);
        int kb = b.kmh() + (b == SpeedSymbol.Y_ABOVE ? 1 : 0);
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(Integer.compare(ka, kb)));
        assertThat(a.atLeast(b)).isEqualTo(ka >= kb);
    }
}
