package org.localis.cost;

/**
 * The reasonable allocation methods and bases of Schedule 5 of SOR/2020-155: the cost ratio method (Appendix A)
 * on any base that reflects benefit, cause or ability to bear, the direct labour and direct material ratio method
 * (Appendix B) and the direct cost ratio method (Appendix C).
 */
public enum AllocationBasis {
    DIRECT_LABOUR_HOURS("direct labour hours", "Schedule 5, Appendix A"),
    DIRECT_LABOUR_COSTS("direct labour costs", "Schedule 5, Appendix A"),
    UNITS_PRODUCED("units produced", "Schedule 5, Appendix A"),
    MACHINE_HOURS("machine-hours", "Schedule 5, Appendix A"),
    SALES_VALUE("sales value", "Schedule 5, Appendix A"),
    FLOOR_SPACE("floor space", "Schedule 5, Appendix A"),
    TOTAL_COST("total cost", "Schedule 5, Appendix A"),
    DIRECT_LABOUR_AND_MATERIAL("direct labour + direct material costs", "Schedule 5, Appendix B"),
    DIRECT_COST("direct labour + direct material + direct overhead", "Schedule 5, Appendix C");

    private final String title;
    private final String provision;

    AllocationBasis(String title, String provision) {
        this.title = title;
        this.provision = provision;
    }

    public String title() {
        return title;
    }

    public String provision() {
        return provision;
    }
}
