package org.localis.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The service categories a drive knows, by code (case-insensitive). Immutable. */
public final class ServiceCategories {

    private final Map<String, ServiceCategory> byCode;

    private ServiceCategories(Map<String, ServiceCategory> byCode) {
        this.byCode = byCode;
    }

    /** @throws IllegalArgumentException when a code appears twice or there are none */
    public static ServiceCategories of(List<ServiceCategory> categories) {
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("at least one service category is required");
        }
        Map<String, ServiceCategory> m = new LinkedHashMap<>();
        for (ServiceCategory c : categories) {
            if (m.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("service category " + c.code() + " appears twice");
            }
        }
        return new ServiceCategories(m);
    }

    /** The demo list: ambulance 100, emergency 80, humanitarian 60, utility 20. */
    public static ServiceCategories demo() {
        return of(List.of(new ServiceCategory("ambulance", 100), new ServiceCategory("emergency", 80),
                new ServiceCategory("humanitarian", 60), new ServiceCategory("utility", 20)));
    }

    /** The category of a code (any case, surrounding spaces ignored). */
    public Optional<ServiceCategory> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The weight of a code.
     *
     * @throws IllegalArgumentException for an unknown code
     */
    public int weight(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown service category '" + code
                + "' (known: " + String.join(", ", codes()) + ")")).weight();
    }

    /** The codes in the order given. */
    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** The categories in the order given. */
    public List<ServiceCategory> all() {
        return List.copyOf(byCode.values());
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
