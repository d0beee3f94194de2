package org.localis.app.demo;

import java.util.Random;

/**
 * Fictional but plausible multi-level vehicle BOMs for the demo, the same for the same seed: a
 * kit-assembled (SKD) model buys painted bodies and whole powertrains; a CKD model welds and paints
 * imported panels; a full-cycle model stamps domestic steel and makes its engine and gearbox. Each has
 * several hundred lines. Not a model of any real vehicle.
 */
public final class DemoVehicleBom {

    public enum Depth { SKD, CKD, FULL_CYCLE }

    private static final String[] FOREIGN = {"CN", "CN", "CN", "KR", "JP", "DE", "TR"};
    private static final String[] DOMESTIC = {"RU", "RU", "RU", "BY", "KZ"};

    private final Random r;
    private final StringBuilder csv = new StringBuilder(
            "part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate\n");
    private final Depth depth;
    private int seq;

    private DemoVehicleBom(Depth depth, long seed) {
        this.depth = depth;
        this.r = new Random(seed);
    }

    /**
     * @param tireCertificate registry certificate of domestic tires to cite, or null
     */
    public static String generate(Depth depth, long seed, String prefix, String tireCertificate) {
        DemoVehicleBom b = new DemoVehicleBom(depth, seed);
        b.build(prefix, tireCertificate);
        return b.csv.toString();
    }

    /** The operations a model of this depth performs in the country. */
    public static String operations(Depth depth) {
        String all = "code,performed,evidence\n";
        return switch (depth) {
            case SKD -> all + "final-assembly,yes,Assembly plant permit\nbody-welding,no,\nbody-painting,no,\n";
            case CKD -> all + "body-welding,yes,Weld shop audit\nbody-painting,yes,Paint shop audit\nfinal-assembly,yes,Assembly plant permit\n"
                    + "engine-production,no,\n";
            case FULL_CYCLE -> all + "body-stamping,yes,Press shop audit\nbody-welding,yes,Weld shop audit\n"
                    + "body-painting,yes,Paint shop audit\nfinal-assembly,yes,Assembly plant permit\n"
                    + "engine-production,yes,Engine plant certificate\ngearbox-production,yes,Transmission plant certificate\n"
                    + "electronics-production,yes,ECU line audit\ndomestic-body-metal,yes,Steel supply contracts\n"
                    + "domestic-paint-materials,yes,Paint supply contracts\nrnd-expenditure,yes,R&D report 2025\n";
        };
    }

    private void build(String p, String tireCertificate) {
        boolean full = depth == Depth.FULL_CYCLE;
        // body
        if (depth == Depth.SKD) {
            buy(p + "-BODY", "", "Painted body assembly", 1, 180_000, foreign());
        } else {
            String body = make(p + "-BIW", "", "Body in white (welded, painted)", 1, full ? 35_000 : 28_000);
            for (int i = 0; i < 90; i++) {
                if (full) {
                    String panel = make(p + "-PNL" + i, body, "Stamped panel " + i, 1, 150 + r.nextInt(400));
                    buy(p + "-COIL" + i, panel, "Steel blank " + i, 1, 300 + r.nextInt(900), domestic());
                } else {
                    buy(p + "-PNL" + i, body, "Imported stamped panel " + i, 1, 500 + r.nextInt(1500), foreign());
                }
            }
            buy(p + "-PAINT", body, "Paint and primer set", 1, 9_000, full ? domestic() : foreign());
            buy(p + "-SEALER", body, "Sealants and adhesives", 1, 2_500, r.nextBoolean() ? domestic() : foreign());
        }
        // powertrain
        if (full) {
            String eng = make(p + "-ENG", "", "Engine 1.6 (made in-house)", 1, 22_000);
            part(eng, "Engine part", 70, 0.75, 200, 4_000);
            buy(p + "-ECU", eng, "Engine control unit", 1, 14_000, domestic());
            String gb = make(p + "-GBX", "", "Gearbox (made in-house)", 1, 12_000);
            part(gb, "Gearbox part", 40, 0.7, 150, 3_000);
        } else {
            buy(p + "-ENG", "", "Engine assembly", 1, 240_000, foreign());
            buy(p + "-GBX", "", "Gearbox assembly", 1, 110_000, foreign());
        }
        // chassis, electrical, interior: many smaller parts; the deeper the localization, the more domestic
        double share = switch (depth) {
            case SKD -> 0.08;
            case CKD -> 0.3;
            case FULL_CYCLE -> 0.8;
        };
        String chassis = depth == Depth.SKD ? "" : make(p + "-CHS", "", "Chassis and suspension", 1, 6_000);
        part(chassis, "Chassis part", 60, share, 300, 9_000);
        String elec = depth == Depth.SKD ? "" : make(p + "-ELC", "", "Electrical system", 1, 3_000);
        part(elec, "Electrical part", 70, share, 100, 6_000);
        String interior = depth == Depth.SKD ? "" : make(p + "-INT", "", "Interior", 1, 4_000);
        part(interior, "Interior part", 80, share, 80, 7_000);
        if (tireCertificate != null) {
            buy(p + "-TIRE", "", "Tire 185/75 R16C (certified domestic)", 5, 7_500, "", tireCertificate);
        } else {
            buy(p + "-TIRE", "", "Tire 215/65 R16", 5, 6_900, foreign());
        }
    }

    private void part(String parent, String what, int n, double domesticShare, int min, int max) {
        for (int i = 0; i < n; i++) {
            int qty = r.nextInt(5) == 0 ? 2 + r.nextInt(6) : 1;
            buy(null, parent, what + " " + (seq + 1), qty, min + r.nextInt(max - min), r.nextDouble() < domesticShare ? domestic() : foreign());
        }
    }

    private String make(String part, String parent, String description, int qty, int conversionCost) {
        line(part, parent, description, qty, conversionCost, "", "", "make", "");
        return part;
    }

    private void buy(String part, String parent, String description, int qty, int cost, String origin) {
        buy(part, parent, description, qty, cost, origin, "");
    }

    private void buy(String part, String parent, String description, int qty, int cost, String origin, String certificate) {
        String supplier = origin.isEmpty() ? "Kama Tyres" : (origin.equals("RU") || origin.equals("BY") || origin.equals("KZ")
                ? "Domestic supplier " + (1 + r.nextInt(40)) : "Import supplier " + (1 + r.nextInt(25)));
        line(part == null ? String.format("P%05d-%s", seq + 1, parentTag(parent)) : part, parent, description, qty, cost,
                origin, supplier, "buy", certificate);
    }

    private static String parentTag(String parent) {
        return parent == null || parent.isEmpty() ? "TOP" : parent.replaceAll("[^A-Z0-9]", "");
    }

    private void line(String part, String parent, String description, int qty, int cost, String origin, String supplier,
                      String makeBuy, String certificate) {
        seq++;
        csv.append(part).append(',').append(parent == null ? "" : parent).append(',').append(quoted(description)).append(',')
                .append(qty).append(",EA,").append(cost).append(".00,,").append(origin).append(',').append(supplier)
                .append(',').append(makeBuy).append(',').append(certificate == null ? "" : certificate).append('\n');
    }

    /** RFC 4180 quoting when a description needs it. */
    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private String foreign() {
        return FOREIGN[r.nextInt(FOREIGN.length)];
    }

    private String domestic() {
        return DOMESTIC[r.nextInt(DOMESTIC.length)];
    }
}
