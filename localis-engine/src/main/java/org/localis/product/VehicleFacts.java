package org.localis.product;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.localis.scheme.Powertrain;
import org.localis.scheme.VehicleCategory;

/**
 * What a vehicle scheme needs to know about the product beyond its BOM and operations: category,
 * powertrain, emission standard, counts for ratio criteria and figures for ladder and per-unit
 * criteria. Every fact keeps the manifest line it came from, for errors.
 *
 * @param category         vehicle category, or null when not given
 * @param powertrain       powertrain, or null when not given
 * @param emissionStandard e.g. UN-R83-07, UN-R154-00-1A, UN-R49-06, or null
 * @param counts           by criterion code or item kind: items meeting the requirement of all items
 * @param inputs           by input name: a figure (R&D percent of revenue, an ECU's own section IX points)
 */
public record VehicleFacts(VehicleCategory category, Powertrain powertrain, String emissionStandard,
                           Map<String, Count> counts, Map<String, Input> inputs, String source, int line) {

    public static final VehicleFacts NONE = new VehicleFacts(null, null, null, Map.of(), Map.of(), "", 0);

    public VehicleFacts {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        source = source == null ? "" : source;
    }

    /** {@code meeting of total}, e.g. 6 of 10 bearing shells, read from manifest line {@code line}. */
    public record Count(int meeting, int total, int line) {
        public Count {
            if (total <= 0 || meeting < 0 || meeting > total) {
                throw new IllegalArgumentException("need 0 <= meeting <= total and total > 0: " + meeting + " of " + total);
            }
        }

        @Override
        public String toString() {
            return meeting + " of " + total;
        }
    }

    /** A product figure read from manifest line {@code line}. */
    public record Input(BigDecimal value, int line) {
    }
}
