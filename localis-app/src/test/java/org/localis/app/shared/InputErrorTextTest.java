package org.localis.app.shared;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.localis.assessment.CertifiedPointsCsvReader;
import org.localis.bom.BomFiles;
import org.localis.certificate.CertificatesCsvReader;
import org.localis.cost.CostStatementCsvReader;
import org.localis.cost.DatedRates;
import org.localis.cost.DebtsCsvReader;
import org.localis.cost.InventoryCsvReader;
import org.localis.fleet.FleetFiles;
import org.localis.fleet.ServiceCategories;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.operation.OperationsCsvReader;
import org.localis.procurement.PriceList;
import org.localis.product.ProductManifestReader;
import org.localis.product.RatesCsvReader;
import org.localis.product.VehicleFactsText;
import org.localis.registry.RegistryRecordsCsv;
import org.localis.roadmap.ActionsCsvReader;
import org.localis.statement.StatementFiles;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Russian sentence of every engine message a pattern knows keeps the figures of the English one. The English
 * messages are the engine's own, got by reading malformed files with its readers; the English key with the captured
 * figures says the engine's message again exactly (so a pattern that captures the wrong thing fails here).
 */
class InputErrorTextTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern SNAKE = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");

    private static ResourceBundleMessageSource messages;
    private static InputErrorText text;
    private static List<InputError> engineErrors;

    @BeforeAll
    static void setUp() {
        messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        text = new InputErrorText(messages);
        engineErrors = engineErrors();
    }

    /** Malformed uploads of every kind the pages take, read by the engine's own readers. */
    private static List<InputError> engineErrors() {
        List<InputError> all = new ArrayList<>();
        read(all, s -> BomFiles.read(in(s), "bom.csv"), "part,parent,quantity\nA,,-2\n");
        read(all, s -> BomFiles.read(in(s), "bom.csv"),
                "part,parent,quantity,make_buy,unit_cost,currency,colour\n");
        read(all, s -> BomFiles.read(in(s), "bom.csv"), "part,quantity\nA,1\n");
        read(all, s -> BomFiles.read(in(s), "bom.csv"), "");
        read(all, s -> BomFiles.read(in(s), "bom.csv"), "part,parent,quantity,make_buy,unit_cost,currency\n");
        read(all, s -> BomFiles.read(in(s), "bom.csv"), String.join("\n",
                "part,parent,quantity,make_buy,unit_cost,currency,origin",
                "CAR,,1,make,,,",
                "B,B,1,buy,10,USD,RU",
                "C,CAR,1,maybe,10,USD,RU",
                "D,CAR,1,buy,-1,XYZ,RU",
                "E,CAR,1,buy,10,USD,UK",
                "F,CAR,2,buy,10,USD,RU,extra",
                ",CAR,1,buy,10,USD,RU",
                "G,NOPE,1,buy,10,USD,RU",
                "H,CAR,abc,buy,10,USD,RU",
                "I,CAR,1,buy,,USD,RU",
                "") + "\n");
        read(all, s -> BomFiles.read(in(s), "bom.csv"), "part,level,quantity,make_buy,unit_cost\nA,x,1,make,\nB,3,1,make,\n"
                + "C,0,1,make,\n");
        read(all, s -> OperationsCsvReader.read(in(s), "operations.csv"),
                "code,performed\nbody-welding,maybe\nbody-welding,yes\n,yes\n");
        read(all, s -> OperationsCsvReader.read(in(s), "operations.csv"), "code,evidence\nbody-welding,audit\n");
        read(all, s -> FleetFiles.read(in(s), "fleet.csv", ServiceCategories.demo()), "id,make_model,category,"
                + "wheel_positions,full_size_spare,tire_size,season,tread_mm,tires_made,region,priority\n"
                + "A1,GAZelle,ambulance,,yes,185/75 R16 C 104/102 Q,summer,5.5,2022-04,Kazan,1\n");
        read(all, s -> CertificatesCsvReader.read(in(s), "certificates.csv"),
                "id,holder,part,originating,domestic_share,valid_from,valid_to\n"
                        + "C-1,Kama,TIRE-1,perhaps,120,2025-13-01,2024-12-31\n"
                        + "C-1,Kama,TIRE-1,yes,50,2025-06-01,2025-01-01\n"
                        + ",Kama,TIRE-1,yes,50,2025-01-01,2025-12-31\n");
        read(all, s -> RatesCsvReader.read(in(s), "rates.csv"), "currency,rate\nEUR,-1\nEUR,2\nQQQ,1\n");
        read(all, s -> RatesCsvReader.read(in(s), "rates.csv"), "currency\nEUR\n");
        String fleetHeader = "id,make_model,category,wheel_positions,full_size_spare,tire_size,season,tread_mm,"
                + "tires_made,region,priority,stored_season,stored_tread_mm";
        read(all, s -> FleetFiles.read(in(s), "fleet.csv", ServiceCategories.demo()), String.join("\n", fleetHeader,
                "A1,GAZelle,ambulance,4,maybe,185/75 R16 C 104/102 Q,summer,5.5,2022-04,Kazan,1,,",
                "A1,GAZelle,tank,5,yes,185/75 R16 C 104/102 Q,spring,31,2022-13,Kazan,7,,",
                ",GAZelle,,4,yes,,,,,Kazan,,,3",
                "B2,GAZelle,ambulance,44,yes,185/75 R16 C 104/102 Q,winter,5.55,1950-01,Kazan,2,autumn,",
                "C3,GAZelle,ambulance,4,yes,185/75 R16 C 104/102 Q,winter,deep,2021,Kazan,2,,",
                "") + "\n");
        all.addAll(tireErrors());
        read(all, s -> FleetFiles.read(in(s), "fleet.csv", ServiceCategories.demo()), "");
        read(all, s -> FleetFiles.read(in(s), "fleet.csv", ServiceCategories.demo()), fleetHeader + "\n");
        read(all, s -> PriceList.read(in(s), "prices.csv"),
                "supplier,поставщик,brand_model,tire_size,season,price,available\nKama,Kama,X,185/75 R16 C,summer,1,1\n");
        read(all, s -> PriceList.read(in(s), "prices.csv"), "supplier,brand_model,tire_size,season,price,available\n"
                + ",X,185/75 R16 C,spring,12x,0\n"
                + "Kama,,185/75 R16 C 104/102 Q,summer,-5,2000000\n"
                + "Kama,X,185/75 R16 C 104/102 Q,summer,1.234,3\n");
        read(all, s -> PriceList.read(in(s), "prices.xlsx"), "not a workbook");
        read(all, s -> ActionsCsvReader.read(in(s), "actions.csv"), String.join("\n",
                "id,kind,target,extra_unit_cost,capital_cost,yearly_cost,new_origin,requires,excludes,earliest_year,volume",
                "a1,localize,3,1.23456,-5,,,a1,zz,20x,many",
                "a1,operation,,,,,RU,,a1,,5",
                ",teleport,3,,,,,,,,",
                "b/2,,3,99999999999999,,,,,,,",
                "c3,localize,4,,,,,,,,",
                "") + "\n");
        read(all, s -> ActionsCsvReader.read(in(s), "actions.csv"), "id,kind,target\n");
        read(all, s -> StatementFiles.read(s.getBytes(UTF_8), "statement.txt"), String.join("\n",
                "1CClientBankExchange",
                "Кодировка=Windows",
                "ДатаНачала=01.01.2025",
                "ДатаКонца=31.01.2025",
                "РасчСчет=4070281",
                "Цвет=синий",
                "СекцияРасчСчет",
                "ДатаНачала=01.01.2025",
                "ДатаКонца=31.01.2025",
                "РасчСчет=40702810000000000001",
                "КонецРасчСчет",
                "СекцияДокумент=Платежное поручение",
                "Номер=",
                "Дата=31.13.2025",
                "Сумма=12,5x",
                "Сумма=13",
                "просто текст",
                "КонецДокумента",
                "КонецФайла",
                "хвост",
                ""));
        read(all, s -> StatementFiles.read(s.getBytes(UTF_8), "statement.txt"), "");
        read(all, s -> StatementFiles.read(s.getBytes(UTF_8), "statement.txt"), "hello");
        read(all, s -> StatementFiles.read(s.getBytes(UTF_8), "statement.xml"), "<Document><BkToCstmrStmt>");
        read(all, s -> ActionsCsvReader.read(in(s), "actions.csv"),
                "id,kind,target,requires,excludes\na1,operation,paint,a1,zz\nb2,operation,weld,,b2\n");
        all.addAll(costErrors());
        all.addAll(productErrors());
        all.addAll(registryErrors());
        return all;
    }

    /** A cost statement and an inventory as the score page gets them wrong. */
    private static List<InputError> costErrors() {
        List<InputError> all = new ArrayList<>();
        Consumer<String> cost = s -> CostStatementCsvReader.read(in(s), "cost.csv", "RUB", null, BigDecimal.ONE);
        read(all, cost, "");
        read(all, cost, "section,item,amount\n");
        read(all, cost, String.join("\n",
                "section,item,amount,currency,date,excluded,origin,statement_net_cost,statement_vnm,statement_amount,"
                        + "allocation_basis,allocation_base,allocation_total",
                ",steel,1,,,,,,,,,,",
                "bogus,steel,1,,,,,,,,,,",
                "product,labour,-5,,,,,,,,,,",
                "product,labour,1,EUR,,,,,,,,,",
                "product,labour,1,EUR,2025-01-01,,,,,,,,",
                "product,labour,1,,,gifts,,,,,,,",
                "material,steel,1,,,royalties,originating,,,,,,",
                "material,steel,1,,,,,,,,,,",
                "material,steel,1,,,,alien,,,,,,",
                "product,labour,1,,,,originating,,,,,,",
                "product,labour,1,,,,,5,,,,,",
                "material,steel,1,,,,non-originating,5,3,2,,,",
                "material,steel,1,,,,non-originating,3,5,,,,",
                "material,steel,1,,,,non-originating,3,,,,,",
                "product,rent,1,,,,,,,,,5,10",
                "product,rent,1,,,,,,,,floor,,",
                "product,rent,1,,,,,,,,units,20,10",
                "") + "\n");
        Consumer<String> inventory = s -> InventoryCsvReader.read(in(s), "inventory.csv");
        read(all, inventory, "");
        read(all, inventory, String.join("\n", "date,kind,units,unit_cost,origin",
                "2025-02-01,receipt,10,5,originating",
                "2025-01-01,receipt,10,5,originating",
                "2025-03-01,receipt,10,5,",
                "2025-03-01,receipt,10,5,alien",
                "2025-03-01,shipment,5,5,",
                "2025-03-01,shipment,500,,",
                "2025-03-01,,1,,",
                "2025-03-01,transfer,1,,",
                "") + "\n");
        read(all, s -> DebtsCsvReader.read(in(s), "debts.csv"),
                "debt,interest,rate,reference_rate\nloan,-1,0,5\nbond,10,150,5\n");
        read(all, s -> DatedRates.read(in(s), "rates.csv"),
                "currency,date,rate\nEUR,2025-01-01,-1\nUSD,2025-01-01,90\nUSD,2025-01-01,91\n");
        return all;
    }

    /** A product manifest (YAML) and the vehicle facts of the product form, wrong in every way they can be. */
    private static List<InputError> productErrors() {
        List<InputError> all = new ArrayList<>();
        Path dir = Path.of("no-such-directory");
        Consumer<String> manifest = s -> ProductManifestReader.read(in(s), "product.yaml", dir);
        read(all, manifest, String.join("\n",
                "name: X",
                "colour: red",
                "category: spaceship",
                "currency: RUB",
                "price: abc",
                "net_cost: -1",
                "annual_volume: many",
                "bom: missing.csv",
                "operations: [a, b]",
                "vehicle-category: Q9",
                "powertrain: steam",
                "emission-standard: \"Euro 5!\"",
                "counts:",
                "  Bad Key: 6 of 10",
                "  shells: six",
                "  seats: 11 of 10",
                "inputs:",
                "  rnd: -1",
                ""));
        read(all, manifest, "name: X\nbom: b.csv\ncounts: 5\n? [a, b]\n: c\n");
        read(all, manifest, "");
        read(all, manifest, "- a\n- b\n");
        read(all, manifest, "name: [X\n");
        read(all, s -> ProductManifestReader.read(new ByteArrayInputStream(new byte[] {'n', ':', ' ', (byte) 0xC3, '(', '\n'}),
                "product.yaml", dir), "");
        read(all, s -> VehicleFactsText.read("Q9", "steam", "Euro 5!", s, "rnd: -1", "vehicle.txt"),
                "Bad Key: 6 of 10\nshells: six\nseats: 11 of 10\nshells: 1 of 2\njunk\n");
        read(all, s -> VehicleFactsText.read("", "", "", s, "", "vehicle.txt"), "a: 1 of 2;".repeat(501));
        return all;
    }

    /** The registry's open-data file as an admin imports it, and a component-points file. */
    private static List<InputError> registryErrors() {
        List<InputError> all = new ArrayList<>();
        Consumer<String> registry = s -> RegistryRecordsCsv.read(in(s), "registry.csv");
        read(all, registry, "");
        read(all, registry, String.join("\n",
                "Nameoforg,OGRN,INN,Docdate,Docvalidtill,Registernumber,Productname,OKPD2,TNVED,Isai",
                "Kama,123,7707083893,01.01.2025,31.12.2024,R-1,Tire,29.1x,12345,maybe",
                "-,1027700132195,,31.02.2025,,R-1,-,29.10,8703231987,Да",
                "Kama,1027700132196,7707083894,2025-01-01,2026-01-01,,Tire,,,",
                "Kama,,12345,01.01.2025,01.01.2026,R-2,Tire,,,",
                "") + "\n");
        read(all, s -> CertifiedPointsCsvReader.read(in(s), "points.csv"), String.join("\n",
                "number,scheme,holder,validity,passed,total,points",
                "C1,Bad Scheme,,soon,yes,,a=1;junk;b=-1;a=2",
                "C1,s,,,yes,,",
                ",s,,,yes,,",
                "") + "\n");
        return all;
    }

    /** Tire sizes and axles as fleets and suppliers get them wrong, each row one mistake. */
    private static final List<String> BAD_SIZES = List.of("", "T125/70 R17", "R16 205/55", "600/55 R16", "31x R15",
            "205/ R16", "205.5/55 R16", "9-20", "12 ZR20", "205/55", "205/55 Q16", "205/55 R", "205/55 R16108Q",
            "315/80 R22.555", "205/55 R35 91V", "205/55 R16.3 91V", "205/55 R16 9100V", "185/75 R16 C 104/Q",
            "185/75 R16 C 104/1020 Q", "205/55 R16 91X", "275/35 ZR19 (100Y", "205/55 R16 91XYZ", "205/55 R16 91VV",
            "205/55 R16XL", "20555/55 R16", "205/55555 R16", "205.555/55 R16", "205/55.555 R16", "P205/55 R16 LT 91V",
            "LT245/75 R16 C 120/116R", "HL 255/40 R21 C 105Y", "HL 9.00-20", "P9.00-20", "100 R16", "207/55 R16",
            "205/15 R16", "205/57 R16", "3.00-20", "70x10.50 R15", "16x16.50 R15", "205/55 R16 280V",
            "185/75 R16 C 104/280 Q", "185/75 R16 C 102/104 Q", "275/35 R19 100(Y)", "6.50-16 50PR");

    /** {wheel positions, axles} that do not make a vehicle's axles. */
    private static final List<List<String>> BAD_AXLES = List.of(List.of("", "1x3"), List.of("", "triple"),
            List.of("", "0x2"), List.of("", "12x2"), List.of("", "11x4"), List.of("4", "\"single,twin\""));

    private static List<InputError> tireErrors() {
        List<InputError> all = new ArrayList<>();
        StringBuilder fleet = new StringBuilder("id,make_model,category,wheel_positions,full_size_spare,tire_size,season,"
                + "tread_mm,tires_made,region,priority,axles\n");
        int n = 0;
        for (String size : BAD_SIZES) {
            fleet.append("T").append(++n).append(",GAZelle,ambulance,4,yes,").append(size)
                    .append(",summer,5.5,2022-04,Kazan,1,\n");
        }
        for (List<String> axles : BAD_AXLES) {
            fleet.append("T").append(++n).append(",KAMAZ,ambulance,").append(axles.get(0))
                    .append(",yes,185/75 R16 C 104/102 Q,summer,5.5,2022-04,Kazan,1,").append(axles.get(1)).append("\n");
        }
        fleet.append("T").append(++n).append(",GAZelle,ambulance,6,yes,205/55 R16 91V,summer,5.5,2022-04,Kazan,1,\n");
        read(all, s -> FleetFiles.read(in(s), "fleet.csv", ServiceCategories.demo()), fleet.toString());
        StringBuilder prices = new StringBuilder("supplier,brand_model,tire_size,season,price,available\n");
        for (String size : List.of("", "205/55 R16 91X", "600/55 R16 91V", "205/55 R16 91V" + " XL".repeat(70))) {
            prices.append("Kama,Euro-131,").append(size).append(",summer,8950.00,4\n");
        }
        read(all, s -> PriceList.read(in(s), "prices.csv"), prices.toString());
        // neither the wheel positions nor the axles
        read(all, s -> FleetFiles.read(in(s), "fleet.csv", ServiceCategories.demo()), "id,make_model,category,"
                + "full_size_spare,tire_size,season,tread_mm,tires_made,region,priority\n"
                + "A1,GAZelle,ambulance,yes,185/75 R16 C 104/102 Q,summer,5.5,2022-04,Kazan,1\n");
        return all;
    }

    @Test
    void everyTireSizeAndAxlesMistakeIsSaidInRussian() {
        List<InputError> errors = tireErrors();
        Set<String> keys = new LinkedHashSet<>();
        for (InputError e : errors) {
            InputErrorText.Rule rule = InputErrorText.ruleFor(e.message());
            assertThat(rule).as(e.message()).isNotNull();
            keys.add(rule.key());
        }
        // each malformed fleet row gives its own mistake, so at least as many different sentences as those rows
        assertThat(keys).hasSizeGreaterThanOrEqualTo(BAD_SIZES.size() + BAD_AXLES.size());
        assertThat(text.message("'205/55 R16 91X': 'X' is not a speed symbol (known, slowest to fastest: A1 B Y)", RU))
                .isEqualTo("«205/55 R16 91X»: «X» — не индекс скорости (известные, от меньшей скорости к большей: A1 B Y)");
    }

    private static void read(List<InputError> all, Consumer<String> reader, String content) {
        try {
            reader.accept(content);
        } catch (InvalidInputException e) {
            all.addAll(e.errors());
            return;
        }
        throw new AssertionError("the engine accepted a malformed file: " + content);
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(UTF_8));
    }

    @Test
    void theMalformedUploadsGiveTheMessagesPeopleMeet() {
        Set<String> messages = new LinkedHashSet<>();
        engineErrors.forEach(e -> messages.add(e.message()));
        assertThat(messages).contains("must be greater than 0 (was -2)", "'maybe' is not yes or no",
                "required column is missing", "'XYZ' is not an ISO 4217 currency code",
                "the same column as supplier; give only one of them");
        assertThat(messages).anyMatch(m -> m.startsWith("unknown column (known columns: "));
        assertThat(messages).contains("action a1 is listed twice (first on line 2)", "the file lists no actions",
                "an action cannot require itself", "no action in the file has the id 'zz'");
    }

    @Test
    void everyCostStatementManifestRegistryAndPointsMistakeIsSaidInRussian() {
        List<InputError> errors = new ArrayList<>();
        errors.addAll(costErrors());
        errors.addAll(productErrors());
        errors.addAll(registryErrors());
        List<String> unmatched = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (InputError e : errors) {
            InputErrorText.Rule rule = InputErrorText.ruleFor(e.message());
            if (rule == null) {
                unmatched.add(e.message());
            } else {
                keys.add(rule.key());
            }
        }
        assertThat(unmatched).as("not said in Russian").isEmpty();
        assertThat(keys).contains("inputError.notSection", "inputError.noRateGiveFile", "inputError.shipsMore", "inputError.rateAbove100",
                "inputError.rateTwiceOnDate",
                "inputError.unknownKeyKnown", "inputError.countFormKey", "inputError.recordTwice",
                "inputError.innCheckDigit", "inputError.pointsForm", "inputError.listedTwice");
        assertThat(text.message("'gifts' is not an excluded cost (one of sales-promotion, royalties)", RU))
                .isEqualTo("«gifts» — не вид исключаемых затрат (одно из: sales-promotion, royalties)");
    }

    @Test
    void russianKeepsEveryFigureOfTheEnglishMessage() {
        List<String> unmatched = new ArrayList<>();
        int said = 0;
        for (InputError e : engineErrors) {
            String en = e.message();
            InputErrorText.Rule rule = InputErrorText.ruleFor(en);
            if (rule == null) {
                unmatched.add(en);
                continue;
            }
            said++;
            Object[] figures = InputErrorText.figures(en);
            // the English key with the captured figures is the engine's message again: the pattern captured right
            assertThat(messages.getMessage(rule.key(), figures, Locale.ENGLISH)).as(rule.key()).isEqualTo(en);
            String ru = text.message(en, RU);
            assertThat(ru).as(en).isNotEqualTo(en).containsPattern(CYRILLIC);
            for (Object f : figures) {
                assertThat(ru).as(en).contains((String) f);
            }
            for (Pattern p : List.of(NUMBER, QUOTED, SNAKE)) {
                Matcher m = p.matcher(en);
                while (m.find()) {
                    String figure = m.groupCount() > 0 ? m.group(1) : m.group();
                    assertThat(ru).as(en).contains(figure);
                }
            }
            String framed = text.text(e, RU);
            assertThat(framed).contains(ru).contains("файл " + e.file());
            if (e.line() > 0) {
                assertThat(framed).contains("строка " + e.line());
            }
            assertThat(text.text(e, Locale.ENGLISH)).isEqualTo(e.toString());
        }
        // nearly every message of these uploads has a Russian sentence; the rest (shown in English) are few
        assertThat(said).as("said in Russian; not: " + unmatched).isGreaterThanOrEqualTo(50);
        assertThat(unmatched.size()).as("not said in Russian: " + unmatched).isLessThanOrEqualTo(said / 5);
    }

    @Test
    void everyPatternHasAnEnglishAndARussianSentence() {
        for (InputErrorText.Rule r : InputErrorText.RULES) {
            String en = messages.getMessage(r.key(), null, null, Locale.ENGLISH);
            String ru = messages.getMessage(r.key(), null, null, RU);
            assertThat(en).as(r.key()).isNotNull();
            assertThat(ru).as(r.key()).isNotNull().isNotEqualTo(en).containsPattern(CYRILLIC);
        }
    }

    @Test
    void theFrameSaysFileLineAndColumn() {
        InputError e = InputError.of("bom.csv", 3, "quantity", "must be greater than 0 (was -1)");
        assertThat(text.text(e, RU)).isEqualTo("файл bom.csv, строка 3, столбец quantity: должно быть больше 0 (указано -1)");
        assertThat(text.text(e, Locale.ENGLISH)).isEqualTo("bom.csv:3: quantity: must be greater than 0 (was -1)");
        assertThat(text.text(InputError.of("form", 0, "scheme", "choose a scheme"), RU)).isEqualTo("поле схема: выберите схему");
        // a message no pattern knows is shown as it is, in its frame
        assertThat(text.text(InputError.ofFile("x.csv", "something new"), RU)).isEqualTo("файл x.csv: something new");
    }

    @Test
    void theAppsOwnUploadMessagesAreSaidToo() {
        for (String en : List.of("'1.005' is not an amount in RUB", "certificate RU-77 is not in the registry",
                "choose a fleet file (CSV or XLSX)", "this statement is for account 40702810000000000001, but the drive's"
                        + " bank account is 40702810000000000002")) {
            InputErrorText.Rule rule = InputErrorText.ruleFor(en);
            assertThat(rule).as(en).isNotNull();
            Object[] figures = InputErrorText.figures(en);
            assertThat(messages.getMessage(rule.key(), figures, Locale.ENGLISH)).isEqualTo(en);
            String ru = text.message(en, RU);
            assertThat(ru).containsPattern(CYRILLIC);
            for (Object f : figures) {
                assertThat(ru).contains((String) f);
            }
        }
    }

    @Test
    void storedErrorsOfBankImportsAreSaidAgain() {
        InputError e = InputError.of("statement.txt", 12, "Сумма", "'12,5x' is not an amount in rubles");
        assertThat(text.stored(e.toString(), Locale.ENGLISH)).isEqualTo(e.toString());
        assertThat(text.stored(e.toString(), RU)).isEqualTo("файл statement.txt, строка 12, поле Сумма: '12,5x' is not an amount in rubles");
        assertThat(text.stored("st.xml:4: Amt: an amount is required", RU)).isEqualTo("файл st.xml, строка 4, поле Amt: нужна сумма");
        assertThat(text.stored("st.xml: the file holds no statement", RU)).isEqualTo("файл st.xml: в файле нет выписки");
        assertThat(text.stored("the import was interrupted (the server stopped); nothing was stored; import the file again", RU))
                .startsWith("загрузка прервана");
    }

    @Test
    void unknownKeyIsNotSilentlyEmpty() {
        assertThatThrownBy(() -> messages.getMessage("inputError.nope", null, RU)).isInstanceOf(Exception.class);
    }
}
