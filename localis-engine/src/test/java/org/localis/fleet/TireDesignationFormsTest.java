package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every form of issue 15, with each field written out by hand. */
class TireDesignationFormsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
        // input                          | canonical                          | sizing    | width | aspect | cons | rim  | load | dual | speed | flags
        "205/50ZR17 89Y                   | 205/50 ZR17 89Y                    | METRIC    | 205   | 50     | ZR   | 17   | 89   | -    | Y     | -",
        "225/45ZRF18 95W                  | 225/45 ZR18 95W RunFlat            | METRIC    | 225   | 45     | ZR   | 18   | 95   | -    | W     | runflat",
        "275/35 ZR19 (100Y) XL            | 275/35 ZR19 (100Y) XL              | METRIC    | 275   | 35     | ZR   | 19   | 100  | -    | (Y)   | xl",
        "275/35 ZR19 100Y XL              | 275/35 ZR19 100Y XL                | METRIC    | 275   | 35     | ZR   | 19   | 100  | -    | Y     | xl",
        "245/40 ZR18 (97W)                | 245/40 ZR18 97W                    | METRIC    | 245   | 40     | ZR   | 18   | 97   | -    | W     | -",
        "315/80 R22.5 156/150L            | 315/80 R22.5 156/150 L             | METRIC    | 315   | 80     | R    | 22.5 | 156  | 150  | L     | -",
        "215/75R17.5 126/124M             | 215/75 R17.5 126/124 M             | METRIC    | 215   | 75     | R    | 17.5 | 126  | 124  | M     | -",
        "185R14C 102/100Q                 | 185 R14 C 102/100 Q                | METRIC    | 185   | -      | R    | 14   | 102  | 100  | Q     | c",
        "11R22.5 148/145M                 | 11 R22.5 148/145 M                 | INCH      | 11    | -      | R    | 22.5 | 148  | 145  | M     | -",
        "12.00R20                         | 12.00 R20                          | INCH      | 12.00 | -      | R    | 20   | -    | -    | -     | -",
        "9.00-20                          | 9.00-20                            | INCH      | 9.00  | -      | D    | 20   | -    | -    | -     | -",
        "6.50-16 8PR                      | 6.50-16 8PR                        | INCH      | 6.50  | -      | D    | 16   | -    | -    | -     | ply8",
        "245/75R16LT 120/116R             | LT 245/75 R16 120/116 R            | METRIC    | 245   | 75     | R    | 16   | 120  | 116  | R     | lt",
        "LT245/75R16 120/116R             | LT 245/75 R16 120/116 R            | METRIC    | 245   | 75     | R    | 16   | 120  | 116  | R     | lt",
        "185/75 Р16С 104/102 R            | 185/75 R16 C 104/102 R             | METRIC    | 185   | 75     | R    | 16   | 104  | 102  | R     | c",
        "31x10.50R15LT 109Q               | 31x10.50 R15 LT 109 Q              | FLOTATION | 10.50 | -      | R    | 15   | 109  | -    | Q     | lt",
        "205/55 R16 94T XL M+S шип.       | 205/55 R16 94T XL M+S Studded      | METRIC    | 205   | 55     | R    | 16   | 94   | -    | T     | xl,ms,studded",
        "235/55R17 103V XL RunFlat        | 235/55 R17 103V XL RunFlat         | METRIC    | 235   | 55     | R    | 17   | 103  | -    | V     | xl,runflat",
        "225/50R17 94W RFT                | 225/50 R17 94W RunFlat             | METRIC    | 225   | 50     | R    | 17   | 94   | -    | W     | runflat",
        "245/45R18 100Y XL ROF            | 245/45 R18 100Y XL RunFlat         | METRIC    | 245   | 45     | R    | 18   | 100  | -    | Y     | xl,runflat",
        "225/45R17 91W ZP                 | 225/45 R17 91W RunFlat             | METRIC    | 225   | 45     | R    | 17   | 91   | -    | W     | runflat",
        "295/80R22.5 152/148M M+S 3PMSF   | 295/80 R22.5 152/148 M 3PMSF       | METRIC    | 295   | 80     | R    | 22.5 | 152  | 148  | M     | 3pmsf",
        "185R14C 8PR                      | 185 R14 C 8PR                      | METRIC    | 185   | -      | R    | 14   | -    | -    | -     | c,ply8",
        "195/75R16C 107/105R 8PR TL       | 195/75 R16 C 107/105 R 8PR         | METRIC    | 195   | 75     | R    | 16   | 107  | 105  | R     | c,ply8",
        "  225/70 r 15 c   112/110 r      | 225/70 R15 C 112/110 R             | METRIC    | 225   | 70     | R    | 15   | 112  | 110  | R     | c",
        "315/80 R 22,5 156/150 L          | 315/80 R22.5 156/150 L             | METRIC    | 315   | 80     | R    | 22.5 | 156  | 150  | L     | -",
        "7.50R16C 112/110N                | 7.50 R16 C 112/110 N               | INCH      | 7.50  | -      | R    | 16   | 112  | 110  | N     | c",
        "205/65 R16 95T Nordman 7 шип.    | 205/65 R16 95T Studded             | METRIC    | 205   | 65     | R    | 16   | 95   | -    | T     | studded",
        "285/70R19.5 146/144L             | 285/70 R19.5 146/144 L             | METRIC    | 285   | 70     | R    | 19.5 | 146  | 144  | L     | -",
        "6.00-9 10PR                      | 6.00-9 10PR                        | INCH      | 6.00  | -      | D    | 9    | -    | -    | -     | ply10",
        "23x8.50-12 96A8                  | 23x8.50-12 96A8                    | FLOTATION | 8.50  | -      | D    | 12   | 96   | -    | A8    | -",
        "205/55 VR16                      | 205/55 R16 V                       | METRIC    | 205   | 55     | R    | 16   | -    | -    | V     | -",
        // real EPREL registrations (tire-corpus): the ETRTO high-load prefix and a second slash before R
        "HL 255/40 R21 105Y               | HL 255/40 R21 105Y                 | METRIC    | 255   | 40     | R    | 21   | 105  | -    | Y     | -",
        "HL275/35ZR20 (104Y)              | HL 275/35 ZR20 (104Y)              | METRIC    | 275   | 35     | ZR   | 20   | 104  | -    | (Y)   | -",
        "215/55/R17 94V                   | 215/55 R17 94V                     | METRIC    | 215   | 55     | R    | 17   | 94   | -    | V     | -",
    })
    void readsEveryFormWithItsFields(String input, String canonical, Sizing sizing, String width, Integer aspect,
                                     String construction, String rim, Integer load, Integer dual, String speed,
                                     String flags) {
        TireSize t = TireSize.parse(input);
        List<String> f = flags == null ? List.of() : Arrays.asList(flags.split(","));
        assertThat(t.canonical()).isEqualTo(canonical);
        assertThat(t.sizing()).isEqualTo(sizing);
        assertThat(t.widthText()).isEqualTo(width);
        assertThat(t.aspect()).isEqualTo(aspect);
        assertThat(t.zr() ? "ZR" : t.construction().name()).isEqualTo(construction);
        assertThat(t.rim()).isEqualByComparingTo(new BigDecimal(rim));
        assertThat(t.loadIndex()).isEqualTo(load);
        assertThat(t.dualLoadIndex()).isEqualTo(dual);
        assertThat(t.speed() == null ? null : t.speed().code()).isEqualTo(speed);
        assertThat(t.commercial()).isEqualTo(f.contains("c"));
        assertThat(t.lightTruck()).isEqualTo(f.contains("lt"));
        assertThat(t.reinforced()).isEqualTo(f.contains("xl"));
        assertThat(t.runFlat()).isEqualTo(f.contains("runflat"));
        assertThat(t.studded()).isEqualTo(f.contains("studded"));
        assertThat(t.winter()).isEqualTo(f.contains("3pmsf") ? WinterMark.THREE_PEAK
                : f.contains("ms") ? WinterMark.MUD_AND_SNOW : null);
        assertThat(t.plyRating()).isEqualTo(f.stream().filter(x -> x.startsWith("ply"))
                .map(x -> Integer.valueOf(x.substring(3))).findFirst().orElse(null));
        assertThat(TireSize.parse(canonical)).as("canonical reads back").isEqualTo(t);
    }

    @Test
    void oneLineOfTheTargetTableWhateverTheSpelling() {
        TireSize latin = TireSize.parse("185/75R16C 104/102R");
        TireSize cyrillic = TireSize.parse("185/75 Р16С 104/102 R");
        assertThat(cyrillic).isEqualTo(latin);
        assertThat(cyrillic.canonical()).isEqualTo(latin.canonical());
        assertThat(TireSize.parse("205/50ZR17 89Y").sizeKey()).isEqualTo(TireSize.parse("205/50 R17 89Y").sizeKey());
        assertThat(TireSize.parse("205/50ZR17 89Y").satisfies(TireSize.parse("205/50 R17 89W"))).isTrue();
    }

    @Test
    void notesWhatItIgnores() {
        TireDesignation d = TireSize.read("195/75R16C 107/105R TL AGILIS 3");
        assertThat(d.size().canonical()).isEqualTo("195/75 R16 C 107/105 R");
        assertThat(d.notes()).hasSize(2);
        assertThat(d.notes().get(0)).contains("TL");
        assertThat(d.notes().get(1)).contains("'AGILIS 3' ignored");
        assertThat(TireSize.read("215/75 R16 C 116/114 R (118N)").notes()).singleElement().asString()
                .contains("(118N)");
        assertThat(TireSize.read("205/55 R16 91V").notes()).isEmpty();
    }

    @Test
    void aServiceDescriptionIsOptionalButSaid() {
        assertThat(TireSize.parse("12.00R20").hasServiceDescription()).isFalse();
        assertThat(TireSize.parse("12.00R20 154/150K").hasServiceDescription()).isTrue();
        assertThat(TireSize.parse("315/70R22.5 156/150").hasServiceDescription()).as("no speed symbol").isFalse();
        TireDesignation loadRange = TireSize.read("LT265/75R15 D");
        assertThat(loadRange.size().canonical()).isEqualTo("LT 265/75 R15");
        assertThat(loadRange.notes()).singleElement().asString().contains("'D' ignored");
    }

    @Test
    void aPlyRatingIsNotASpeedSymbol() {
        TireSize t = TireSize.parse("185R14C 8PR");
        assertThat(t.speed()).isNull();
        assertThat(t.loadIndex()).isNull();
        assertThat(t.plyRating()).isEqualTo(8);
    }

    @Test
    void zrWithoutSpeedMeansAbove240() {
        TireSize zr = TireSize.parse("225/45 ZR17");
        assertThat(zr.ratedSpeed()).isEqualTo(SpeedSymbol.V);
        assertThat(TireSize.parse("225/45 R17 94W").satisfies(zr)).isTrue();
        assertThat(TireSize.parse("225/45 R17 94H").satisfies(zr)).isFalse();
    }

    @Test
    void refusesWhatIsNotATireSize() {
        for (String text : List.of("94W", "121/118S", "$95.00", "#1001", "3302002306", "2021-03-15", "18x8.5",
                "1 234,56", "12.03.2024", "A 000 123 45 67", "ST205/75R15", "1/2", "10-20", "R16", "XL", "M+S")) {
            assertThat(TireSize.problem(text)).as(text).isPresent();
        }
    }
}
