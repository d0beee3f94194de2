package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.testing.Fixtures;

class FleetReaderTest {

    private static final ServiceCategories CATEGORIES = ServiceCategories.demo();
    private static final String HEADER =
            "id,make_model,category,wheel_positions,full_size_spare,tire_size,season,tread_mm,tires_made,region,priority\n";

    static InputStream resource(String name) {
        InputStream in = FleetReaderTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    static Fleet csv(String text) {
        return FleetCsvReader.read(Fixtures.utf8(text), "fleet.csv", CATEGORIES);
    }

    static List<String> csvErrors(String text) {
        return errors(() -> csv(text));
    }

    static List<String> errors(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the fleet to be rejected");
    }

    static Map<String, Vehicle> byId(Fleet f) {
        return f.vehicles().stream().collect(Collectors.toMap(Vehicle::id, Function.identity()));
    }

    @Test
    void readsTheSampleFleet() {
        Fleet f = FleetCsvReader.read(resource("/fleet/fleet-sample.csv"), "fleet-sample.csv", CATEGORIES);
        assertThat(f.vehicles()).extracting(Vehicle::id).containsExactly("A 123 BC", "T-350", "UAZ \"Bukhanka\"");
        Vehicle gaz = f.vehicles().get(0);
        assertThat(gaz.makeModel()).isEqualTo("GAZelle Next ambulance");
        assertThat(gaz.category()).isEqualTo("ambulance");
        assertThat(gaz.wheelPositions()).isEqualTo(4);
        assertThat(gaz.fullSizeSpare()).isTrue();
        assertThat(gaz.tiresPerSet()).isEqualTo(5);
        assertThat(gaz.tireSize()).isEqualTo(TireSize.parse("185/75 R16 C 104/102 Q"));
        assertThat(gaz.fittedSeason()).isEqualTo(Season.SUMMER);
        assertThat(gaz.treadMm()).isEqualByComparingTo("5.5");
        assertThat(gaz.tiresMade()).isEqualTo(YearMonth.of(2022, 4));
        assertThat(gaz.region()).isEqualTo("Kazan");
        assertThat(gaz.priority()).isEqualTo(1);
        assertThat(gaz.offRoad()).isFalse();
        Vehicle transit = f.vehicles().get(1);
        assertThat(transit.tiresPerSet()).isEqualTo(7); // twin rear 6 + spare
        assertThat(transit.fittedSeason()).isEqualTo(Season.WINTER);
        assertThat(transit.offRoad()).as("empty off_road is no").isFalse();
        Vehicle uaz = f.vehicles().get(2);
        assertThat(uaz.treadMm()).as("a decimal comma").isEqualByComparingTo("4.5");
        assertThat(uaz.tiresMade()).as("a full date gives its month").isEqualTo(YearMonth.of(2021, 6));
        assertThat(uaz.fittedSeason()).isEqualTo(Season.ALL_SEASON);
        assertThat(uaz.region()).isEmpty();
        assertThat(uaz.offRoad()).isTrue();
        assertThat(uaz.tiresPerSet()).isEqualTo(4);
    }

    @Test
    void readsRussianColumnNamesAndWords() {
        Fleet f = FleetCsvReader.read(resource("/fleet/fleet-sample-ru.csv"), "fleet-ru.csv", CATEGORIES);
        Vehicle gaz = f.vehicles().get(0);
        assertThat(gaz.id()).isEqualTo("А123ВС77");
        assertThat(gaz.fullSizeSpare()).isTrue();
        assertThat(gaz.tireSize().sizeKey()).isEqualTo("185/75 R16 C");
        assertThat(gaz.fittedSeason()).isEqualTo(Season.SUMMER);
        Vehicle niva = f.vehicles().get(1);
        assertThat(niva.fullSizeSpare()).isFalse();
        assertThat(niva.fittedSeason()).isEqualTo(Season.WINTER);
        assertThat(niva.offRoad()).isTrue();
        assertThat(niva.treadMm()).isEqualByComparingTo("7");
    }

    @Test
    void theDemoFleetLoads() {
        Fleet f = FleetCsvReader.read(resource("/demo/fleet-demo.csv"), "fleet-demo.csv", CATEGORIES);
        assertThat(f.size()).isEqualTo(41);
        Map<String, Long> byCategory = f.vehicles().stream()
                .collect(Collectors.groupingBy(Vehicle::category, Collectors.counting()));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(
                Map.of("ambulance", 27L, "emergency", 6L, "humanitarian", 4L, "utility", 4L));
        assertThat(f.vehicles().stream().filter(v -> v.wheelPositions() == 6).count()).isEqualTo(10);
        assertThat(byId(f).get("AMB-019").tireSize().canonical()).isEqualTo("195/75 R16 C 107/105 R");
    }

    @Test
    void rejectsTheWholeFileListingEveryErrorWithLineAndField() {
        List<String> e = csvErrors(HEADER
                + "A1,GAZelle,ambulance,4,yes,185/75 R16 C 104/102 Q,summer,5.5,2022-04,Kazan,1\n"
                + "A2,GAZelle,police,5,maybe,185/75 R16 C 104/102 Z,spring,31,2022-13,Kazan,0\n"
                + "a 1,Transit,ambulance,6,no,195/75 R16 107R,winter,4.25,2021-01,,2\n"
                + ",UAZ,utility,4,да,225/75 R16 108Q,летние,abc,21-03,,3\n");
        assertThat(e).containsExactly(
                "fleet.csv:3: category: 'police' is not a known service category (known: ambulance, emergency, humanitarian, utility)",
                "fleet.csv:3: wheel_positions: 5 wheel positions: give the axles column too (single or twin wheels on each axle, e.g. single,twin,twin), since only 4 and 6 are understood alone",
                "fleet.csv:3: full_size_spare: 'maybe' is not yes or no",
                "fleet.csv:3: tire_size: '185/75 R16 C 104/102 Z': 'Z' is not a speed symbol (known, slowest to fastest: " + SpeedSymbol.known() + ")",
                "fleet.csv:3: season: 'spring' is not a season (summer, winter or all-season; летние, зимние, всесезонные)",
                "fleet.csv:3: tread_mm: tread depth 31 mm is outside 0..30 mm",
                "fleet.csv:3: tires_made: '2022-13' is not a month in the form YYYY-MM (e.g. 2021-03)",
                "fleet.csv:3: priority: '0' is not a priority 1 (highest) .. 5",
                "fleet.csv:4: id: vehicle a 1 already appears on line 2",
                "fleet.csv:4: tire_size: twin wheels need a tire with a dual load index, e.g. 195/75 R16 C 107/105 R or 315/80 R22.5 156/150 L; 195/75 R16 107R has none",
                "fleet.csv:4: tread_mm: tread depth 4.25 mm has more than one decimal (measure to 0.1 mm)",
                "fleet.csv:5: id: a vehicle id (plate or fleet number) is required",
                "fleet.csv:5: tread_mm: 'abc' is not a depth in mm (a number such as 5.5)",
                "fleet.csv:5: tires_made: '21-03' is not a month in the form YYYY-MM (e.g. 2021-03)");
    }

    @Test
    void checksTheHeader() {
        assertThat(csvErrors("id,category,tire_size,colour\nA,ambulance,185/75 R16 C 104/102 Q,red\n"))
                .contains("fleet.csv:1: colour: unknown column (known columns: axles, category, full_size_spare, id,"
                        + " make_model, off_road, priority, region, season, stored_season, stored_size,"
                        + " stored_tires_made, stored_tread_mm, tire_size, tires_made, tread_mm,"
                        + " wheel_positions, запаска, изготовлены_хранение, категория, колес, колёс, модель, номер, оси,"
                        + " приоритет, простой, протектор_мм, протектор_хранение_мм, размер_хранение, размер_шин, регион,"
                        + " сезон, сезон_хранение, шины_изготовлены, or their Russian names; the file"
                        + " was read as UTF-8 text separated by ',': if that is wrong, save it as CSV UTF-8)")
                .contains("fleet.csv:1: wheel_positions: required column is missing (or give the axles column: single"
                        + " or twin wheels on each axle, e.g. single,twin)",
                        "fleet.csv:1: tread_mm: required column is missing",
                        "fleet.csv:1: make_model: required column is missing")
                .noneMatch(s -> s.startsWith("fleet.csv:1: off_road"));
        assertThat(csvErrors(HEADER.replace("\n", ",номер\n") + "A,B,ambulance,4,yes,185/75 R16 C 104/102 Q,summer,5,2022-01,,1,A\n"))
                .containsExactly("fleet.csv:1: номер: the same column as id; give only one of them");
    }

    @Test
    void rejectsEmptyFilesAndFilesWithoutVehicles() {
        assertThat(csvErrors("")).singleElement().asString().startsWith("fleet.csv: the file is empty (a header row");
        assertThat(csvErrors(HEADER)).containsExactly("fleet.csv: the fleet file has a header but no vehicles");
        assertThat(csvErrors(HEADER + "A,B,ambulance,4,yes\n"))
                .containsExactly("fleet.csv:2: has 5 fields but the header has 11");
    }

    @Test
    void usesTheCategoriesPassedIn() {
        ServiceCategories mine = ServiceCategories.of(List.of(new ServiceCategory("fire", 90)));
        String row = "A,Pump,FIRE,4,no,225/75 R16 108Q,summer,5,2022-01,,1\n";
        assertThat(FleetCsvReader.read(Fixtures.utf8(HEADER + row), "f.csv", mine).vehicles().get(0).category())
                .isEqualTo("fire");
        assertThat(csvErrors(HEADER + row)).containsExactly("fleet.csv:2: category: 'FIRE' is not a known service"
                + " category (known: ambulance, emergency, humanitarian, utility)");
    }

    @Test
    void brokenCsvIsAnInputErrorNotACrash() {
        assertThat(csvErrors(HEADER + "\"A,B\n")).singleElement().asString().contains("quoted field is not closed");
        byte[] cp1251 = (HEADER.replace(',', ';') + "А1;ГАЗель;ambulance;4;да;185/75 Р16С 104/102 R;летние;5,5;2022-01;Казань;1\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Vehicle v = FleetCsvReader.read(new ByteArrayInputStream(cp1251), "fleet.csv", CATEGORIES).vehicles().get(0);
        assertThat(v.region()).isEqualTo("Казань");
        assertThat(v.treadMm()).isEqualByComparingTo("5.5");
        assertThat(v.tireSize().canonical()).isEqualTo("185/75 R16 C 104/102 R");
        byte[] binary = {'i', 'd', 0, 1, 2};
        assertThat(errors(() -> FleetCsvReader.read(new ByteArrayInputStream(binary), "fleet.csv", CATEGORIES)))
                .singleElement().asString().contains("this is not a text file");
    }

    // ---- Excel ----

    /** Builds a workbook: null = no cell, String = text, Number = numeric, LocalDate = date-formatted. */
    static byte[] xlsx(String sheetName, Object[]... rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] == null) {
                    continue;
                }
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (v instanceof String s) {
                        cell.setCellValue(s);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof FormulaError e) {
                        cell.setCellErrorValue(e);
                    } else {
                        throw new IllegalArgumentException("no cell for " + v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final Object[] XLSX_HEADER = {"ID", "Make_Model", "Category", "Wheel_Positions", "Full_Size_Spare",
        "Tire_Size", "Season", "Tread_mm", "Tires_Made", "Region", "Priority", "Off_Road"};

    static Fleet readXlsx(byte[] book) {
        return FleetXlsxReader.read(new ByteArrayInputStream(book), "fleet.xlsx", CATEGORIES);
    }

    @Test
    void readsTheSampleFleetFromExcelAsFromCsv() {
        byte[] book = xlsx("Sheet1", XLSX_HEADER,
                new Object[] {"A 123 BC", "GAZelle Next ambulance", "Ambulance", 4, "yes", "185/75R16C 104/102Q",
                    "summer", 5.5, "2022-04", "Kazan", 1, "no"},
                null, // a blank row is skipped
                new Object[] {"T-350", "Ford Transit 350 twin rear", "ambulance", 6, "true", "195/75 R16 C 107/105 R",
                    "Winter", 3.9, LocalDate.of(2019, 11, 1), "Samara", 2},
                new Object[] {"UAZ \"Bukhanka\"", "UAZ-3962", "emergency", 4, "no", "225/75 R16 108Q", "all-season",
                    "4,5", "2021-06-15", null, 3, "yes"});
        Fleet fromExcel = readXlsx(book);
        Fleet fromCsv = FleetCsvReader.read(resource("/fleet/fleet-sample.csv"), "fleet-sample.csv", CATEGORIES);
        assertThat(fromExcel).isEqualTo(fromCsv);
    }

    @Test
    void excelErrorsNameTheRowAndColumn() {
        List<String> e = errors(() -> readXlsx(xlsx("Fleet", XLSX_HEADER,
                new Object[] {"A", "GAZelle", "ambulance", LocalDate.of(2024, 1, 4), "yes", "185/75 R16 C 104/102 Q",
                    "summer", 5, "2022-04", "", 1},
                new Object[] {"B", "GAZelle", "ambulance", 4, "yes", FormulaError.NA, "summer", 5, "2022-04", "", 1},
                new Object[] {"C", "GAZelle", "ambulance", 4, "yes", "185/75 R16 C 104/102 Q", "summer", 45, "2022-04",
                    "", 1},
                new Object[] {"D", "GAZelle", "ambulance", 4, "yes", "185/75 R16 C 104/102 Q", "summer", 5, "2022-04",
                    "", 1, "no", "extra"})));
        assertThat(e).containsExactly(
                "fleet.xlsx:2: wheel_positions: '2024-01-04' is a date in Excel, not a number (format the cell as a number)",
                "fleet.xlsx:3: tire_size: the cell holds the Excel error #N/A (fix the formula or the value)",
                "fleet.xlsx:4: tread_mm: tread depth 45 mm is outside 0..30 mm",
                "fleet.xlsx:5: has a value in column M but the header has 12 columns (A to L)");
        assertThat(errors(() -> readXlsx(xlsx("Sheet1", new Object[] {"id", null, "category"}))))
                .contains("fleet.xlsx:1: column B: empty column name in the header");
    }

    @Test
    void excelFileLevelProblems() {
        assertThat(errors(() -> readXlsx(xlsx("Sheet1")))).singleElement().asString()
                .startsWith("fleet.xlsx: the file is empty (a header row");
        assertThat(errors(() -> readXlsx(xlsx("Sheet1", XLSX_HEADER))))
                .containsExactly("fleet.xlsx: the fleet file has a header but no vehicles");
        assertThat(errors(() -> readXlsx("id,category\n".getBytes(StandardCharsets.UTF_8))))
                .containsExactly("fleet.xlsx: not an Excel .xlsx workbook (the file is not an Office Open XML"
                        + " spreadsheet; a CSV fleet list needs a name that does not end in .xlsx)");
    }

    @Test
    void fleetFilesPicksTheReaderByNameOrContent(@TempDir Path dir) throws IOException {
        byte[] book = xlsx("Sheet1", XLSX_HEADER, new Object[] {"A", "GAZelle", "ambulance", 4, "yes",
            "185/75 R16 C 104/102 Q", "summer", 5, "2022-04", "", 1});
        assertThat(FleetFiles.read(new ByteArrayInputStream(book), "fleet.XLSX", CATEGORIES).size()).isEqualTo(1);
        assertThat(FleetFiles.read(new ByteArrayInputStream(book), "upload", CATEGORIES).size()).isEqualTo(1);
        String csv = HEADER + "A,GAZelle,ambulance,4,yes,185/75 R16 C 104/102 Q,summer,5,2022-04,,1\n";
        assertThat(FleetFiles.read(Fixtures.utf8(csv), "fleet.csv", CATEGORIES).size()).isEqualTo(1);
        Path file = dir.resolve("fleet.csv");
        Files.writeString(file, csv);
        assertThat(FleetFiles.read(file).vehicles().get(0).tireSize().sizeKey()).isEqualTo("185/75 R16 C");
        Path xl = dir.resolve("fleet.xlsx");
        Files.write(xl, book);
        assertThat(FleetFiles.read(xl, CATEGORIES).vehicles().get(0).treadMm()).isEqualByComparingTo(BigDecimal.valueOf(5));
        assertThatThrownBy(() -> FleetFiles.read(dir.resolve("missing.csv")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing.csv: cannot be read");
    }

    @Test
    void axlesAreAFactApartFromWheelPositions() {
        String header = HEADER.replace(",priority\n", ",priority,axles\n");
        Fleet f = csv(header
                + "K6,KAMAZ-43118 6x6,emergency,6,yes,425/85 R21 156G,summer,9,2022-04,Kazan,1,single;single;single\n"
                + "GZ,GAZelle ambulance,ambulance,,yes,185/75 R16 C 104/102 R,summer,6,2022-04,Kazan,1,single+twin\n"
                + "T10,truck,utility,10,no,315/80 R22.5 156/150 L,summer,12,2022-04,Kazan,2,1x2+2x4\n"
                + "V4,van,utility,4,no,205/65 R16 C 107/105 T,summer,6,2022-04,Kazan,3,\n");
        Map<String, Vehicle> v = byId(f);
        assertThat(v.get("K6").wheelPositions()).isEqualTo(6);
        assertThat(v.get("K6").axles().hasTwin()).as("a 6x6 on singles needs no dual load index").isFalse();
        assertThat(v.get("K6").tiresPerSet()).isEqualTo(7);
        assertThat(v.get("GZ").axles().text()).isEqualTo("single,twin");
        assertThat(v.get("GZ").wheelPositions()).isEqualTo(6);
        assertThat(v.get("T10").axles().text()).isEqualTo("single,twin,twin");
        assertThat(v.get("T10").tiresPerSet()).isEqualTo(10);
        assertThat(v.get("V4").axles()).isEqualTo(Axles.TWO_SINGLE);

        assertThat(csvErrors(header
                + "A,x,utility,8,no,315/80 R22.5 156/150 L,summer,12,2022-04,,2,single;twin\n"
                + "B,x,utility,,no,315/80 R22.5 156/150 L,summer,12,2022-04,,2,single;triple\n"
                + "C,x,utility,,no,315/80 R22.5 156L,summer,12,2022-04,,2,single;twin\n"
                + "D,x,utility,24,no,315/80 R22.5 156/150 L,summer,12,2022-04,,2,\n"))
                .containsExactly(
                        "fleet.csv:2: wheel_positions: 8 wheel positions do not match the axles single,twin (6 positions: 2 per single axle, 4 per twin axle)",
                        "fleet.csv:3: axles: 'triple' is not an axle: write single or twin for each axle, e.g. single,twin,twin, or groups such as 1x2,2x4",
                        "fleet.csv:4: tire_size: twin wheels need a tire with a dual load index, e.g. 195/75 R16 C 107/105 R or 315/80 R22.5 156/150 L; 315/80 R22.5 156L has none",
                        "fleet.csv:5: wheel_positions: '24' is not a number of wheel positions 2..22");
    }

    @Test
    void textsLongerThanTheirColumnsAreNamedWithLineAndFieldNotLeftToTheDatabase() {
        String id = "Ф".repeat(Vehicle.MAX_ID_LENGTH);
        String model = "М".repeat(Vehicle.MAX_MAKE_MODEL_LENGTH);
        String region = "Р".repeat(Vehicle.MAX_REGION_LENGTH);
        String atLimit = HEADER + id + "," + model + ",ambulance,4,yes,185/75 R16 C 104/102 Q,summer,5,2022-04," + region + ",1\n";
        Vehicle v = csv(atLimit).vehicles().get(0);
        assertThat(v.id()).hasSize(Vehicle.MAX_ID_LENGTH);
        assertThat(v.makeModel()).hasSize(Vehicle.MAX_MAKE_MODEL_LENGTH);

        String beyond = HEADER + id + "X," + model + "X,ambulance,4,yes,185/75 R16 C 104/102 Q,summer,5,2022-04," + region + "X,1\n";
        assertThat(csvErrors(beyond)).containsExactlyInAnyOrder(
                "fleet.csv:2: id: at most 40 characters (this one has 41)",
                "fleet.csv:2: make_model: at most 120 characters (this one has 121)",
                "fleet.csv:2: region: at most 100 characters (this one has 101)");
    }
}
