package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * Switch a BOM line to another source (a domestic supplier, or a certified part): from its adoption
 * year the line has origin {@code newOrigin} and, when given, supplier certificate {@code certificate}
 * (any earlier certificate of the line is dropped). The BOM unit cost is left as it is when the
 * product is re-scored (see docs/roadmap.md); the extra cost is paid as {@code extraUnitCost} per
 * product unit, times the yearly volume.
 *
 * @param target     the BOM line: its line number in the BOM file ({@code 12} or {@code line:12}), a
 *                   part path from the top ({@code ENG-20/PST-20}), or a part number used on one line only
 * @param volume     product units per year this cost applies to, or null for the plan's volume
 * @param certificate certificate id, or empty
 */
public record LocalizeLine(String id, String target, BigDecimal extraUnitCost, Integer volume, String newOrigin,
                           String certificate, BigDecimal capitalCost, BigDecimal yearlyCost, List<String> requires,
                           List<String> excludes, Integer earliestYear, String note, int line) implements Action {

    public LocalizeLine {
        extraUnitCost = extraUnitCost == null ? BigDecimal.ZERO : extraUnitCost;
        certificate = certificate == null ? "" : certificate;
        capitalCost = capitalCost == null ? BigDecimal.ZERO : capitalCost;
        yearlyCost = yearlyCost == null ? BigDecimal.ZERO : yearlyCost;
        requires = requires == null ? List.of() : List.copyOf(requires);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        note = note == null ? "" : note;
    }

    /** A line localization with no capital or yearly cost and no relations. */
    public static LocalizeLine of(String id, String target, BigDecimal extraUnitCost, String newOrigin) {
        return new LocalizeLine(id, target, extraUnitCost, null, newOrigin, "", BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(), List.of(), null, "", 0);
    }

    @Override
    public String kind() {
        return "localize";
    }
}
