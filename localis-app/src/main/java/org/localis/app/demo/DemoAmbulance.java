package org.localis.app.demo;

/**
 * Issue 22: a GAZelle-class N1 ambulance (OKPD2 29.10.59.160) scored under ru-719-n1, and the domestic tyre
 * certified under ru-719-tyres that its BOM cites (note 5: the "tyres" row is earned through the tyre's own
 * certificate). The same files are in examples/ambulance-n1 (worked example D719-8, docs/worked-examples.md);
 * {@code DemoRegistryTest} checks that they are identical.
 */
final class DemoAmbulance {

    private DemoAmbulance() {
    }

    /** The certificate number the example files cite; the demo puts the real one in its place. */
    static final String TYRE_CERTIFICATE_PLACEHOLDER = "KT-DEMO-TYRE";

    static final String NAME = "Gorky Ambulance B (GAZelle-class, OKPD2 29.10.59.160)";

    static final String TYRE_NAME = "Kama Light-Truck Tyre 185/75 R16C (Decree 719, section XXI)";

    /** Section XXI tyre rows performed by the tyre plant (D719-5): 325 points of 380, note 7 needs 200. */
    static final String TYRE_OPERATIONS = """
            code,performed,evidence
            tyre-design-rights,yes,Licence agreement 2024-2031
            tyre-site-permits,yes,Site permit
            tyre-rubber-mixing,yes,Mixing hall
            tyre-extrusion,yes,Extruder line
            tyre-calendering,yes,Calender line
            tyre-building,yes,Building drums
            tyre-curing,yes,Curing presses
            """;

    static final String BOM = """
            part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate
            BODY,,All-metal van body welded and painted in-house,1,EA,950000.00,,RU,,make,
            ENG-27,,2.7 l petrol engine (UN R83-07),1,EA,420000.00,,RU,,make,
            GBX-5,,5-speed manual gearbox,1,EA,180000.00,,RU,,make,
            AXLE-R,,Rear axle,1,EA,150000.00,,RU,,make,
            TYRE-185,,Tyre 185/75 R16 C,6,EA,9000.00,,RU,Kama Tyres,buy,KT-DEMO-TYRE
            ECU-E,,Engine control unit,1,EA,40000.00,,RU,Elektron,buy,
            STRETCHER,,Stretcher and medical compartment fit-out,1,EA,1100000.00,,RU,Medtekh,buy,
            MONITOR,,Patient monitor,1,EA,650000.00,,CN,Import supplier 4,buy,
            """;

    static final String OPERATIONS = """
            code,performed,evidence
            body-welding,yes,Body shop audit
            body-painting,yes,Paint shop audit
            body-stamping-30,yes,Press shop mass balance
            body-stamping-50,yes,Press shop mass balance
            body-metal-70,yes,Steel mill certificates
            final-assembly,yes,Assembly line audit
            ice-assembly,yes,Engine plant audit
            ice-cylinder-block,yes,Engine plant audit
            ice-crankshaft,yes,Engine plant audit
            ice-camshafts,yes,Engine plant audit
            ice-cylinder-head,yes,Engine plant audit
            ice-bearing-shells-machining,yes,Bearing shell shop
            mgb-assembly,yes,Gearbox line audit
            mgb-housing,yes,Gearbox foundry
            mgb-gears-machining,yes,Gear shop
            shock-rods,yes,Shock absorber shop
            axle-assembly,yes,Axle line audit
            axle-housings,yes,Axle machining shop
            steering-gear-housings,yes,Steering plant
            steering-rack,yes,Steering plant
            seat-frames,yes,Seat shop
            glass-windscreen,yes,Glass plant
            harness-assembly,yes,Harness plant
            """;

    /** The vehicle facts of examples/ambulance-n1/product.yaml, as the version form takes them. */
    static final org.localis.app.scoring.ScoreCommand.VehicleInputs FACTS = new org.localis.app.scoring.ScoreCommand.VehicleInputs(
            "N1", "ice", "UN-R83-07", "bearing-shells: 6 of 10\ngearbox-gears: 7 of 12\nshock-absorbers: 3 of 4",
            "rnd-percent-of-revenue: 2.6\necu-engine-section-ix-points: 212");
}
