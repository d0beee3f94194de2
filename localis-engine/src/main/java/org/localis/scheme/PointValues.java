package org.localis.scheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The points of a criterion, one figure or one per vehicle category and/or powertrain. Keys:
 * {@code default}, a category ({@code M1}, {@code N1}, {@code N2N3}, {@code M2M3}), a powertrain
 * ({@code ice}, {@code hybrid}, {@code electric}) or both ({@code M2M3/electric}). The most specific
 * key wins: category/powertrain, then powertrain, then category, then default. No matching key means
 * the criterion does not apply to that vehicle.
 */
public record PointValues(Map<String, BigDecimal> byKey) {

    public static final String DEFAULT = "default";

    public PointValues {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public static PointValues single(BigDecimal points) {
        return new PointValues(Map.of(DEFAULT, points));
    }

    public boolean isSingle() {
        return byKey.size() == 1 && byKey.containsKey(DEFAULT);
    }

    /** The points for a vehicle, or empty when the criterion does not apply to it. */
    public Optional<BigDecimal> resolve(VehicleCategory category, Powertrain powertrain) {
        if (category != null && powertrain != null && byKey.containsKey(category.code() + "/" + powertrain.code())) {
            return Optional.of(byKey.get(category.code() + "/" + powertrain.code()));
        }
        if (powertrain != null && byKey.containsKey(powertrain.code())) {
            return Optional.of(byKey.get(powertrain.code()));
        }
        if (category != null && byKey.containsKey(category.code())) {
            return Optional.of(byKey.get(category.code()));
        }
        return Optional.ofNullable(byKey.get(DEFAULT));
    }

    /** The largest figure: the headline value for listings and for optimizers that need one number. */
    public BigDecimal max() {
        return byKey.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    /** Whether a key is well-formed. */
    public static boolean validKey(String key) {
        if (key.equals(DEFAULT)) {
            return true;
        }
        int slash = key.indexOf('/');
        if (slash < 0) {
            return VehicleCategory.fromCode(key).isPresent() || Powertrain.fromCode(key).isPresent();
        }
        return VehicleCategory.fromCode(key.substring(0, slash)).isPresent()
                && Powertrain.fromCode(key.substring(slash + 1)).isPresent();
    }
}
