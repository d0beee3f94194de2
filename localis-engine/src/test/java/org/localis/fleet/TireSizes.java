package org.localis.fleet;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid tire sizes for property tests. */
final class TireSizes {

    /** Which standard a size follows. */
    enum Kind { PLAIN, PASSENGER, HIGH_LOAD, COMMERCIAL, LIGHT_TRUCK }

    private TireSizes() {
    }

    /** Any valid size. */
    static Arbitrary<TireSize> any() {
        Arbitrary<Integer> width = Arbitraries.integers().between(25, 91).map(i -> i * 5);
        Arbitrary<Integer> aspect = Arbitraries.integers().between(5, 19).map(i -> i * 5);
        Arbitrary<BigDecimal> rim = Arbitraries.integers().between(20, 48).map(h -> BigDecimal.valueOf(h * 5L, 1));
        Arbitrary<Construction> construction = Arbitraries.of(Construction.class);
        Arbitrary<Kind> kind = Arbitraries.of(Kind.class);
        Arbitrary<SizeKey> key = Combinators.combine(kind, width, aspect, construction, rim).as(SizeKey::new);
        return key.flatMap(TireSizes::withService).withoutEdgeCases();
    }

    /** A size with a random service description (load, speed) on a given size. */
    static Arbitrary<TireSize> withService(SizeKey k) {
        boolean dualAllowed = k.kind() == Kind.COMMERCIAL || k.kind() == Kind.LIGHT_TRUCK;
        Arbitrary<Integer> load = Arbitraries.integers().between(0, 279);
        Arbitrary<Integer> dualDrop = dualAllowed ? Arbitraries.integers().between(-1, 4) : Arbitraries.just(-1);
        Arbitrary<SpeedSymbol> speed = Arbitraries.of(SpeedSymbol.class).filter(s -> s != SpeedSymbol.Y_ABOVE);
        Arbitrary<Boolean> xl = Arbitraries.of(true, false);
        return Combinators.combine(load, dualDrop, speed, xl).as((li, drop, sp, reinforced) -> {
            Integer dual = drop < 0 ? null : Math.max(0, li - drop);
            return k.size(li, dual, sp, reinforced);
        });
    }

    /** Sizes that share one size key, for transitivity and "strictest". */
    static Arbitrary<List<TireSize>> sameKey(int min, int max) {
        return any().flatMap(t -> withService(SizeKey.of(t)).list().ofMinSize(min).ofMaxSize(max)).withoutEdgeCases();
    }

    /** The size part of a tire. */
    record SizeKey(Kind kind, int width, int aspect, Construction construction, BigDecimal rim) {
        static SizeKey of(TireSize t) {
            Kind k = t.lightTruck() ? Kind.LIGHT_TRUCK : t.commercial() ? Kind.COMMERCIAL
                    : t.passenger() ? Kind.PASSENGER : t.highLoad() ? Kind.HIGH_LOAD : Kind.PLAIN;
            return new SizeKey(k, t.width().intValueExact(), t.aspect(), t.construction(), t.rim());
        }

        TireSize size(int load, Integer dual, SpeedSymbol speed, boolean reinforced) {
            return new TireSize(Sizing.METRIC, kind == Kind.PASSENGER, kind == Kind.HIGH_LOAD, kind == Kind.LIGHT_TRUCK, null,
                    BigDecimal.valueOf(width), aspect, construction, false, rim, kind == Kind.COMMERCIAL, load, dual,
                    speed, null, reinforced, false, null, false);
        }
    }
}
