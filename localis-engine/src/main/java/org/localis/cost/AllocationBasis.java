package org.localis.cost;

/**
 * The reasonable allocation methods and bases of Schedule 5 of SOR/2020-155: the cost ratio method (Appendix A)
 * on any base that reflects benefit, cause or ability to bear, the direct labour and direct material ratio method
 * (Appendix B) and the direct cost ratio method (Appendix C).
 */
public enum AllocationBasis {
    DIRECT_LABOUR_HOURS("labour-hours", "direct labour hours", "Schedule 5, Appendix A"),
    DIRECT_LABOUR_COSTS("labour-costs", "direct labour costs", "Schedule 5, Appendix A"),
    UNITS_PRODUCED("units", "units produced", "Schedule 5, Appendix A"),
    MACHINE_HOURS("machine-hours", "machine-hours", "Schedule 5, Appendix A"),
    SALES_VALUE("sales-value", "sales value", "Schedule 5, Appendix A"),
    FLOOR_SPACE("floor-space", "floor space", "Schedule 5, Appendix A"),
    TOTAL_COST("total-cost", "total cost", "Schedule 5, Appendix A"),
    DIRECT_LABOUR_AND_MATERIAL("labour-and-material", "direct labour + direct material costs", "Schedule 5, Appendix B"),
    DIRECT_COST("direct-cost", "direct labour + direct material + direct overhead", "Schedule 5, Appendix C");

    private final String code;
    private final String title;
    private final String provision;

    AllocationBasis(String code, String title, String provision) {
        this.code = code;
        this.title = title;
        this.provision = provision;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<AllocationBasis> of(String code) {
        String c = code.toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(b -> b.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(AllocationBasis::code).toList());
    }

    public String title() {
        return title;
    }

    public String provision() {
        return provision;
    }
}
