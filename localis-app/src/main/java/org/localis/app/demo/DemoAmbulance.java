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

    static final String NAME = "Скорая «Горький B» (класс ГАЗели, ОКПД2 29.10.59.160)";

    static final String TYRE_NAME = "Шина Кама для лёгких грузовиков 185/75 R16C (постановление № 719, раздел XXI)";

    /** Section XXI tyre rows performed by the tyre plant (D719-5): 325 points of 380, note 7 needs 200. */
    static final String TYRE_OPERATIONS = """
            code,performed,evidence
            tyre-design-rights,yes,Лицензионный договор 2024-2031
            tyre-site-permits,yes,Разрешение на площадку
            tyre-rubber-mixing,yes,Подготовительный цех (смешение)
            tyre-extrusion,yes,Линия экструзии
            tyre-calendering,yes,Каландровая линия
            tyre-building,yes,Сборочные барабаны
            tyre-curing,yes,Вулканизационные прессы
            """;

    static final String BOM = """
            part,parent,description,quantity,uom,unit_cost,currency,origin,supplier,make_buy,certificate
            BODY,,Цельнометаллический кузов фургона (сварка и окраска на заводе),1,EA,950000.00,,RU,,make,
            ENG-27,,"Двигатель бензиновый 2,7 л (Правила ООН № 83-07)",1,EA,420000.00,,RU,,make,
            GBX-5,,Механическая 5-ступенчатая коробка передач,1,EA,180000.00,,RU,,make,
            AXLE-R,,Задний мост,1,EA,150000.00,,RU,,make,
            TYRE-185,,Шина 185/75 R16 C,6,EA,9000.00,,RU,АО «Шины Кама»,buy,KT-DEMO-TYRE
            ECU-E,,Блок управления двигателем,1,EA,40000.00,,RU,АО «Электрон»,buy,
            STRETCHER,,Носилки и оснащение медицинского отсека,1,EA,1100000.00,,RU,ООО «Медтехника»,buy,
            MONITOR,,Монитор пациента,1,EA,650000.00,,CN,ООО «Медтехимпорт»,buy,
            """;

    static final String OPERATIONS = """
            code,performed,evidence
            body-welding,yes,Аудит кузовного цеха
            body-painting,yes,Аудит окрасочного цеха
            body-stamping-30,yes,Баланс металла прессового цеха
            body-stamping-50,yes,Баланс металла прессового цеха
            body-metal-70,yes,Сертификаты металлургического комбината
            final-assembly,yes,Аудит сборочного конвейера
            ice-assembly,yes,Аудит моторного завода
            ice-cylinder-block,yes,Аудит моторного завода
            ice-crankshaft,yes,Аудит моторного завода
            ice-camshafts,yes,Аудит моторного завода
            ice-cylinder-head,yes,Аудит моторного завода
            ice-bearing-shells-machining,yes,Цех вкладышей
            mgb-assembly,yes,Аудит линии коробок передач
            mgb-housing,yes,Литейный цех коробок передач
            mgb-gears-machining,yes,Шестерённый цех
            shock-rods,yes,Цех амортизаторов
            axle-assembly,yes,Аудит линии мостов
            axle-housings,yes,Цех механообработки мостов
            steering-gear-housings,yes,Завод рулевых механизмов
            steering-rack,yes,Завод рулевых механизмов
            seat-frames,yes,Цех сидений
            glass-windscreen,yes,Стекольный завод
            harness-assembly,yes,Завод жгутов проводов
            """;

    /** The vehicle facts of examples/ambulance-n1/product.yaml, as the version form takes them. */
    static final org.localis.app.scoring.ScoreCommand.VehicleInputs FACTS = new org.localis.app.scoring.ScoreCommand.VehicleInputs(
            "N1", "ice", "UN-R83-07", "bearing-shells: 6 of 10\ngearbox-gears: 7 of 12\nshock-absorbers: 3 of 4",
            "rnd-percent-of-revenue: 2.6\necu-engine-section-ix-points: 212");
}
