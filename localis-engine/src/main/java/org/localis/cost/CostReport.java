package org.localis.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renderings of a {@link NetCostResult}: a map for JSON (CLI {@code --format json}, the REST API) with every
 * figure as a plain decimal string in cents, and the explanation as text.
 */
public final class CostReport {

    private CostReport() {
    }

    public static Map<String, Object> toMap(NetCostResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("currency", r.currency());
        m.put("units", Money.plain(r.units()));
        m.put("originatingMaterials", cents(r.originatingMaterials()));
        m.put("nonOriginatingMaterials", cents(r.nonOriginatingMaterials()));
        m.put("otherProductCosts", cents(r.otherProductCosts()));
        m.put("periodCosts", cents(r.periodCosts()));
        m.put("otherCosts", cents(r.otherCosts()));
        m.put("exchange", cents(r.exchange()));
        m.put("totalCost", cents(r.totalCost()));
        Map<String, String> ex = new LinkedHashMap<>();
        for (ExcludedCost k : ExcludedCost.values()) {
            if (r.excluded().containsKey(k)) {
                ex.put(k.code(), cents(r.excluded().get(k)));
            }
        }
        m.put("excluded", ex);
        m.put("excludedTotal", cents(r.excludedTotal()));
        m.put("netCost", cents(r.netCost()));
        m.put("netCostPerUnit", cents(r.netCostPerUnit()));
        m.put("vnmPerUnit", cents(r.vnmPerUnit()));
        if (r.netCost().signum() > 0) {
            m.put("rvcNetCost", Rvc.round(r.rvc(), 2).toPlainString());
        }
        m.put("explanation", r.explanation());
        m.put("warnings", r.warnings());
        return m;
    }

    public static String text(NetCostResult r) {
        StringBuilder sb = new StringBuilder("Cost statement (" + r.currency() + ")\n");
        for (String line : r.explanation()) {
            sb.append("  ").append(line).append('\n');
        }
        if (r.netCost().signum() > 0) {
            sb.append("  RVC by the statement's own VNM = (").append(Money.show(r.netCost())).append(" − ")
                    .append(Money.show(r.nonOriginatingMaterials())).append(") ÷ ").append(Money.show(r.netCost()))
                    .append(" × 100 = ").append(Rvc.round(r.rvc(), 2).toPlainString()).append("%\n");
        }
        for (String w : r.warnings()) {
            sb.append("  warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static String cents(BigDecimal v) {
        return Money.cents(v).toPlainString();
    }

}
