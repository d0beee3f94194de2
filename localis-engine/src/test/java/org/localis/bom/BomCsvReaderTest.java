package org.localis.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.testing.Fixtures;

class BomCsvReaderTest {

    private static List<String> errors(String csv) {
        try {
            Fixtures.bom(csv);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the BOM to be rejected");
    }

    @Test
    void readsParentForm() {
        Bom bom = Fixtures.bom("""
                part,parent,quantity,unit_cost,origin,make_buy
                A,,1,10,,make
                B,A,2,5.50,RU,buy
                C,,3,1,CN,
                """);
        assertThat(bom.size()).isEqualTo(3);
        assertThat(bom.line(1).parent()).isEqualTo("A");
        assertThat(bom.line(2).makeBuy()).isEqualTo(MakeBuy.BUY);
        assertThat(bom.line(2).uom()).isEqualTo("EA");
        assertThat(bom.childCount(Bom.PRODUCT)).isEqualTo(2);
    }

    @Test
    void readsIndentedLevelFormIntoParents() {
        Bom bom = Fixtures.bom("""
                level,part,quantity,unit_cost,make_buy
                1,ENG,1,100,make
                2,BLOCK,1,50,make
                3,CASTING,1,20,buy
                2,PISTON,4,5,buy
                1,BODY,1,10,make
                2,PANEL,10,3,buy
                """);
        assertThat(bom.lines()).extracting(BomLine::part, BomLine::parent).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ENG", ""),
                org.assertj.core.groups.Tuple.tuple("BLOCK", "ENG"),
                org.assertj.core.groups.Tuple.tuple("CASTING", "BLOCK"),
                org.assertj.core.groups.Tuple.tuple("PISTON", "ENG"),
                org.assertj.core.groups.Tuple.tuple("BODY", ""),
                org.assertj.core.groups.Tuple.tuple("PANEL", "BODY"));
    }

    @Test
    void columnsAreCaseInsensitiveAndQuotedFieldsWork() {
        Bom bom = Fixtures.bom("PART,Parent,Quantity,Unit_Cost,Description\r\n\"X,1\",,1,2,\"Say \"\"hi\"\"\nnext line\"\r\n");
        assertThat(bom.line(0).part()).isEqualTo("X,1");
        assertThat(bom.line(0).description()).isEqualTo("Say \"hi\"\nnext line");
    }

    @Test
    void reportsEveryFieldErrorWithLineAndColumn() {
        List<String> e = errors("""
                part,parent,quantity,unit_cost,currency,origin,make_buy
                A,,-1,10,,,buy
                B,,1,abc,,,buy
                C,,1,5,ZZZ,UK,buy
                D,,1,,,,buy
                E,,1,1,,,maybe
                """);
        assertThat(e).containsExactly(
                "bom.csv:2: quantity: must be greater than 0 (was -1)",
                "bom.csv:3: unit_cost: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                "bom.csv:4: currency: 'ZZZ' is not an ISO 4217 currency code",
                "bom.csv:4: origin: 'UK' is not an ISO 3166-1 alpha-2 country code (the ISO code of the United Kingdom is GB)",
                "bom.csv:5: unit_cost: a unit cost is required for a buy line",
                "bom.csv:6: make_buy: 'maybe' is not make or buy");
    }

    @Test
    void unknownAndMissingColumns() {
        assertThat(errors("part,parnet,quantity,unit_cost\nA,,1,1\n"))
                .anyMatch(s -> s.startsWith("bom.csv:1: parnet: unknown column"))
                .anyMatch(s -> s.startsWith("bom.csv:1: parent: a parent column"));
        assertThat(errors("part,parent,unit_cost\nA,,1\n")).contains("bom.csv:1: quantity: required column is missing");
        assertThat(errors("part,parent,level,quantity,unit_cost\nA,,1,1,1\n"))
                .contains("bom.csv:1: level: give either a parent column or a level column, not both");
    }

    @Test
    void emptyFilesAndHeaderOnly() {
        assertThat(errors("")).containsExactly("bom.csv: the file is empty (a header row and at least one line are required)");
        assertThat(errors("part,parent,quantity,unit_cost\n")).containsExactly("bom.csv: the BOM has a header but no lines");
    }

    @Test
    void duplicatesCyclesAndMissingParents() {
        assertThat(errors("""
                part,parent,quantity,unit_cost,make_buy
                A,,1,1,make
                B,A,1,1,buy
                B,A,2,1,buy
                C,Z,1,1,buy
                """)).containsExactly(
                "bom.csv:4: part: part B appears twice under parent A (first on line 3)",
                "bom.csv:5: parent: parent Z of part C is not a part of this BOM");
        assertThat(errors("""
                part,parent,quantity,unit_cost,make_buy
                TOP,,1,1,make
                A,TOP,1,1,make
                B,A,1,1,make
                A,B,1,1,make
                """)).singleElement().asString().startsWith("bom.csv:5: parent: cycle in the BOM: A -> B -> A");
    }

    @Test
    void buyLineWithChildrenAndMixedMakeBuy() {
        assertThat(errors("""
                part,parent,quantity,unit_cost,make_buy
                A,,1,1,buy
                B,A,1,1,buy
                """)).containsExactly("bom.csv:2: make_buy: part A has child lines (line 3) but is marked buy; mark it make");
    }

    @Test
    void windows1251IsReadAndABadByteBeyondTheSampleNamesTheLine() {
        byte[] cp1251 = "part,parent,quantity,unit_cost,description\nA,,1,1,ok\nB,,1,1,Двигатель\n"
                .getBytes(Charset.forName("windows-1251"));
        assertThat(BomCsvReader.read(new ByteArrayInputStream(cp1251), "bom.csv").lines())
                .extracting(BomLine::description).containsExactly("ok", "Двигатель");
        // the first 64 KiB are UTF-8, a windows-1251 byte comes later: the line is named
        StringBuilder big = new StringBuilder("part,parent,quantity,unit_cost,description\nA,,1,1,Двигатель\n");
        int line = 2;
        while (big.length() < 70_000) {
            big.append("P").append(line).append(",A,1,1,деталь\n");
            line++;
        }
        byte[] utf8 = big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(utf8, utf8.length + 12);
        System.arraycopy("X,A,1,1,".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bad, utf8.length, 8);
        bad[utf8.length + 8] = (byte) 0xC4; // "Д" in windows-1251
        bad[utf8.length + 9] = '!';
        bad[utf8.length + 10] = '\n';
        bad[utf8.length + 11] = '\n';
        int badLine = line + 1;
        assertThatThrownBy(() -> BomCsvReader.read(new ByteArrayInputStream(bad), "bom.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InputError::toString)
                        .containsExactly("bom.csv:" + badLine + ": the file is not valid UTF-8 text here (its start was"
                                + " read as UTF-8 text separated by ','); save the whole file as CSV UTF-8"));
    }

    @Test
    void brokenQuotingAndWrongFieldCount() {
        assertThat(errors("part,parent,quantity,unit_cost\nA,,1,1\n\"B,,1,1\n"))
                .containsExactly("bom.csv:3: a quoted field is not closed before the end of the file");
        assertThat(errors("part,parent,quantity,unit_cost\nA,,1,1,9\n"))
                .containsExactly("bom.csv:2: has 5 fields but the header has 4");
    }

    @Test
    void byteOrderMarkAndBlankLinesAreFine() {
        Bom bom = Fixtures.bom("\uFEFFpart,parent,quantity,unit_cost\n\nA,,1,1\n\n\nB,,2,3\n");
        assertThat(bom.lines()).extracting(BomLine::line).containsExactly(3, 6);
    }

    @Test
    void quantityPerProductSumsOverAllPaths() {
        Bom bom = Fixtures.bom("""
                part,parent,quantity,unit_cost,make_buy
                X,,2,0,make
                Y,,3,0,make
                S,X,1,0,make
                S,Y,2,0,make
                BOLT,S,4,1,buy
                """);
        java.math.BigDecimal[] q = bom.quantityPerProduct();
        int bolt = bom.partOf(4);
        // S: 2*1 + 3*2 = 8 per product; bolts: 8*4 = 32
        assertThat(q[bolt]).isEqualByComparingTo("32");
    }

    @Test
    void fieldAndTreeProblemsAreReportedTogether() {
        List<String> e = errors("""
                part,parent,quantity,unit_cost,make_buy
                CAR,,1,1,make
                BOLT,CAR,abc,1,buy
                NUT,BOLT,1,1,buy
                WHEEL,GHOST,1,1,buy
                SEAT,CAR,1,1,make
                SEAT,CAR,2,1,buy
                A,B,1,1,make
                B,A,1,1,make
                """);
        assertThat(e).as("the bad quantity, the missing parent, make and buy, the cycle: one pass").containsExactly(
                "bom.csv:3: quantity: 'abc' is not a number (use digits with '.' as the decimal point, e.g. 1234.56)",
                "bom.csv:7: make_buy: part SEAT is make on line 6 and buy on line 7; a part number is either made or bought",
                "bom.csv:5: parent: parent GHOST of part WHEEL is not a part of this BOM",
                "bom.csv:7: part: part SEAT appears twice under parent CAR (first on line 6)",
                "bom.csv:8: parent: cycle in the BOM: A -> B -> A");
    }
}
