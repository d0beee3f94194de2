package org.localis.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InvalidInputException;
import org.localis.product.Product;
import org.localis.product.ProductManifestReader;
import org.localis.testing.Fixtures;

class ActionsCsvReaderTest {

    static final String HEADER = "id,kind,target,extra_unit_cost,capital_cost,yearly_cost,new_origin,requires,excludes,earliest_year,note\n";

    static List<String> errors(String csv) {
        try {
            ActionsCsvReader.read(Fixtures.utf8(csv), "actions.csv");
        } catch (InvalidInputException e) {
            return e.errors().stream().map(Object::toString).toList();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    @Test
    void readsBothKindsWithRelations() {
        List<Action> a = ActionsCsvReader.read(Fixtures.utf8(HEADER
                + "weld,operation,body-welding,,1000000,50000,,,,,welding line\n"
                + "paint,operation,Body-Painting,,500000.50,,,weld,,2027,\n"
                + "seat,localize,SEAT-F,12.5,,,RU,weld;paint,,,\"domestic seats, certified\"\n"), "actions.csv");
        assertThat(a).hasSize(3);
        AddOperation paint = (AddOperation) a.get(1);
        assertThat(paint.code()).isEqualTo("body-painting");
        assertThat(paint.capitalCost()).isEqualByComparingTo("500000.50");
        assertThat(paint.requires()).containsExactly("weld");
        assertThat(paint.earliestYear()).isEqualTo(2027);
        assertThat(paint.line()).isEqualTo(3);
        LocalizeLine seat = (LocalizeLine) a.get(2);
        assertThat(seat.extraUnitCost()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(seat.newOrigin()).isEqualTo("RU");
        assertThat(seat.requires()).containsExactly("weld", "paint");
        assertThat(seat.note()).isEqualTo("domestic seats, certified");
    }

    @Test
    void reportsEveryProblemWithLineAndField() {
        List<String> e = errors(HEADER
                + "a,operation,body-welding,5,,,RU,,,,\n"
                + "a,localize,,abc,-3,,XX,ghost,a,20x7,\n"
                + ",teleport,x,,,,,,,,\n");
        assertThat(e).contains(
                "actions.csv:2: new_origin: only localize actions have a new origin",
                "actions.csv:2: extra_unit_cost: only localize actions have an extra unit cost",
                "actions.csv:3: id: action a is listed twice (first on line 2)",
                "actions.csv:3: target: a BOM line is required (line number, part path PARENT/PART, or part number)",
                "actions.csv:3: extra_unit_cost: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                "actions.csv:3: capital_cost: must not be negative",
                "actions.csv:3: new_origin: 'XX' is not an ISO 3166-1 alpha-2 country code",
                "actions.csv:3: earliest_year: '20x7' is not a year YYYY",
                "actions.csv:4: id: an action id is required",
                "actions.csv:4: kind: 'teleport' must be localize or operation");
    }

    @Test
    void unknownReferencesAndSelfReferencesAreErrors() {
        List<String> e = errors(HEADER
                + "a,operation,body-welding,,,,,ghost,a,,\n");
        assertThat(e).containsExactly(
                "actions.csv:2: requires: no action in the file has the id 'ghost'",
                "actions.csv:2: excludes: an action cannot exclude itself");
    }

    @Test
    void headerRowShapeAndEncodingProblemsAreReported() {
        assertThat(errors("id,kind\n")).containsExactly("actions.csv:1: target: required column is missing");
        assertThat(errors(HEADER + "a,operation,x,,,\n")).containsExactly("actions.csv:2: has 6 fields but the header has 11");
        assertThat(errors("")).singleElement().asString().contains("the file is empty");
        assertThat(errors(HEADER)).containsExactly("actions.csv: the file lists no actions");
        assertThat(errors(HEADER + "a,operation,\"x,,,,,,,,,\n")).singleElement().asString().contains("not closed");
    }

    @Test
    void problemCheckNamesBomLinesAndOperationCodesAgainstTheProductAndScheme() {
        Product sedan = ProductManifestReader.read(Fixtures.example("roll-up-sedan").resolve("product.yaml"));
        List<Action> a = ActionsCsvReader.read(Fixtures.utf8(HEADER
                + "x,localize,NOPE,1,,,US,,,,\n"
                + "y,operation,teleportation,,,,,,,,\n"
                + "z,localize,ENG-20/PST-20,1,,,US,,,,\n"
                + "w,localize,line:4,1,,,US,,,,\n"), "actions.csv");
        RoadmapProblem p = RoadmapProblem.of(sedan, Fixtures.testScheme("rvc-tv-tracing.yaml"), a, 2025, 2026,
                new Target.Tier("plus"));
        assertThatThrownBy(p::check).isInstanceOf(InvalidInputException.class).satisfies(ex -> {
            List<String> msgs = ((InvalidInputException) ex).errors().stream().map(Object::toString).toList();
            assertThat(msgs).hasSize(2);
            assertThat(msgs.get(0)).startsWith("actions:2: target: no BOM line 'NOPE'");
            assertThat(msgs.get(1)).startsWith("actions:3: target: unknown operation 'teleportation'");
        });
    }

    @Test
    void ambiguousPartNumberAsksForAPath() {
        var bom = Fixtures.bom("part,parent,quantity,unit_cost,origin,make_buy\nM1,,1,1.00,,make\nM2,,1,1.00,,make\n"
                + "B,M1,1,5.00,CN,buy\nB,M2,1,5.00,CN,buy\n");
        LineRefs refs = new LineRefs(bom);
        assertThat(refs.resolve("B")).isEqualTo(-1);
        assertThat(refs.problem("B")).contains("used on 2 lines").contains("M1/B (line 4)").contains("M2/B (line 5)");
        assertThat(refs.resolve("M2/B")).isEqualTo(3);
        assertThat(refs.resolve("5")).isEqualTo(3);
        assertThat(refs.resolve("M1/M2/B")).isEqualTo(-1);
    }

    @Test
    void aRussianExcelExportReadsAsTheOriginal() throws Exception {
        java.nio.file.Path dir = Fixtures.example("roadmap-car");
        byte[] original = java.nio.file.Files.readAllBytes(dir.resolve("actions.csv"));
        List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("actions.csv"));
        StringBuilder ru = new StringBuilder("номер;вид;цель;доп_стоимость_единицы;капзатраты;ежегодные_затраты;"
                + "новое_происхождение;требует;исключает;не_ранее_года;примечание\r\n");
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) {
                continue;
            }
            assertThat(l).doesNotContain("\"").doesNotContain(";");
            String[] f = l.split(",", -1);
            for (int i = 3; i <= 5; i++) {
                f[i] = f[i].replace('.', ',');
            }
            ru.append(String.join(";", f)).append("\r\n");
        }
        List<Action> a = ActionsCsvReader.read(new java.io.ByteArrayInputStream(original), "actions.csv");
        List<Action> b = ActionsCsvReader.read(new java.io.ByteArrayInputStream(
                ru.toString().getBytes(java.nio.charset.Charset.forName("windows-1251"))), "actions.csv");
        assertThat(b).isEqualTo(a);
    }
}
