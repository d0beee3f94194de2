package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TireSizeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // input                        | canonical                  | size key         | single | dual | speed
        "205/55 R16 91V                 | 205/55 R16 91V             | 205/55 R16       | 91     |      | V",
        "205/55R16 91 V                 | 205/55 R16 91V             | 205/55 R16       | 91     |      | V",
        "225/70 R15 C 112/110 R         | 225/70 R15 C 112/110 R     | 225/70 R15 C     | 112    | 110  | R",
        "225/70R15C 112/110R            | 225/70 R15 C 112/110 R     | 225/70 R15 C     | 112    | 110  | R",
        "LT 225/75 R16 115/112 Q        | LT 225/75 R16 115/112 Q    | LT 225/75 R16    | 115    | 112  | Q",
        "LT225/75R16 115/112Q           | LT 225/75 R16 115/112 Q    | LT 225/75 R16    | 115    | 112  | Q",
        "P215/65R16 98H                 | P215/65 R16 98H            | 215/65 R16       | 98     |      | H",
        "185/75 R16 C 104/102 Q         | 185/75 R16 C 104/102 Q     | 185/75 R16 C     | 104    | 102  | Q",
        "225/75 R16 108Q                | 225/75 R16 108Q            | 225/75 R16       | 108    |      | Q",
        "\"  185/75  r16c  104/102q  \"   | 185/75 R16 C 104/102 Q     | 185/75 R16 C     | 104    | 102  | Q",
        "225/75 R16 C 108 R             | 225/75 R16 C 108 R         | 225/75 R16 C     | 108    |      | R",
        "215/75 R17.5 C 126/124 M       | 215/75 R17.5 C 126/124 M   | 215/75 R17.5 C   | 126    | 124  | M",
        "175/80 D16 88Q                 | 175/80 D16 88Q             | 175/80 D16       | 88     |      | Q",
        "225/45 R17 94W XL              | 225/45 R17 94W XL          | 225/45 R17       | 94     |      | W",
        "225/45 R17 94W reinforced      | 225/45 R17 94W XL          | 225/45 R17       | 94     |      | W",
    })
    void parsesTheUsualSpellings(String input, String canonical, String sizeKey, int single, Integer dual,
                                 String speed) {
        TireSize t = TireSize.parse(input);
        assertThat(t.canonical()).isEqualTo(canonical);
        assertThat(t.sizeKey()).isEqualTo(sizeKey);
        assertThat(t.loadIndex()).isEqualTo(single);
        assertThat(t.dualLoadIndex()).isEqualTo(dual);
        assertThat(t.speed()).isEqualTo(SpeedSymbol.valueOf(speed));
        assertThat(TireSize.parse(canonical)).isEqualTo(t);
        assertThat(TireSize.problem(input)).isEmpty();
    }

    @Test
    void keepsTheFieldsOfTheDesignation() {
        TireSize t = TireSize.parse("225/70R15C 112/110R");
        assertThat(t.width()).isEqualByComparingTo("225");
        assertThat(t.aspect()).isEqualTo(70);
        assertThat(t.construction()).isEqualTo(Construction.R);
        assertThat(t.rim()).isEqualTo(new BigDecimal("15"));
        assertThat(t.commercial()).isTrue();
        assertThat(t.lightTruck()).isFalse();
        assertThat(t.passenger()).isFalse();
        assertThat(t.reinforced()).isFalse();
        assertThat(TireSize.parse("LT 225/75 R16 115/112 Q").lightTruck()).isTrue();
        assertThat(TireSize.parse("P215/65R16 98H").passenger()).isTrue();
        assertThat(TireSize.parse("HL 255/40 R21 105Y").highLoad()).isTrue();
        assertThat(TireSize.parse("HL 255/40 R21 105Y").sizeKey()).isEqualTo("255/40 R21");
        assertThat(TireSize.parse("255/40 R21 105Y").highLoad()).isFalse();
        assertThat(TireSize.parse("255/40R19\t\t\t").canonical()).isEqualTo("255/40 R19");
        assertThat(TireSize.problem("HL 31x10.50 R15 109Q")).isPresent();
        assertThat(TireSize.problem("HL 225/75 R16 C 118/116R")).isPresent();
        assertThat(TireSize.parse("225/45 R17 94W XL").reinforced()).isTrue();
        assertThat(TireSize.parse("215/75 R17.5 C 126/124 M").rim()).isEqualTo(new BigDecimal("17.5"));
        // 16 and 16.0 are the same rim
        assertThat(TireSize.parse("205/55 R16.0 91V")).isEqualTo(TireSize.parse("205/55 R16 91V"));
    }

    @Test
    void readsACyrillicCommercialLetterAsC() {
        assertThat(TireSize.parse("185/75 R16\u0421 104/102 Q").commercial()).isTrue(); // Cyrillic capital Es
        assertThat(TireSize.parse("185/75 r16\u0441 104/102 q").sizeKey()).isEqualTo("185/75 R16 C");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "205/55 R16 91Z            | 'Z' is not a speed symbol (known, slowest to fastest: A1 A2 A3 A4 A5 A6 A7 A8 B C D E F G J K L M N P Q R S T U H V W Y (Y))",
        "207/55 R16 91V            | section width 207 mm is not a multiple of 5 mm",
        "55/55 R16 91V             | section width 55 mm is outside 60..495 mm",
        "500/55 R16 91V            | section width 500 is outside 60..495 mm",
        "205/57 R16 91V            | aspect ratio 57 is not a multiple of 5",
        "205/15 R16 91V            | aspect ratio 15 is outside 20..100",
        "205/55 R32 91V            | rim diameter 32 inches is outside 8..30",
        "205/55 R7 91V             | rim diameter 7 inches is outside 8..30",
        "205/55 R16.3 91V          | rim diameter 16.3 is not whole inches or a half inch (such as 17.5)",
        "205/55 X16 91V            | expected the construction R (radial), ZR, D (diagonal), B (belted) or '-' (bias) after 205/55, found 'X16 91V'",
        "205/55 R16 280V           | load index 280 is outside 0..279",
        "225/70 R15 C 110/112 R    | the dual (twin-mounting) load index 112 is higher than the single one 110",
        "LT 225/75 R16 C 115/112 Q | a size is either LT (US light truck) or C (European commercial), not both",
        "225/75R16108Q             | the rim diameter 16108 is too long: put a space between the rim diameter and the load index",
        "205/55 R16 91VV           | unexpected 'V' right after the speed symbol V",
        "T155/70 R17 110M          | temporary spare (T) and special trailer (ST) tires are not road tires",
        "R16 205/55 91V            | expected the section width at the start",
        "205/ R16 91V              | expected the aspect ratio after '/'",
        "205/55 R 91V              | rim diameter 91 inches is outside 8..30",
        "225/70 R15 C 112/ R       | expected the dual (twin-mounting) load index after '112/'",
        "10-20                     | '10-20' is not an inch size: a bias size gives the width with its decimals",
        "18x8.5                    | the construction and rim diameter are missing after 18x8.5",
        "205/55 R16 (91V           | the service description in parentheses is not closed",
        "205/55 R16 2019           | '2019' after the rim diameter is not a load index",
        "205/55 R16 96A9           | expected the speed symbol after the load index, found 'A9'",
        "20x22.00 R15              | the overall diameter 20 is not larger than the width 22.00",
        "31x40.50 R15              | section width 40.50 inches is outside 4..24 inches",
        "4.5x3 R15                 | section width 3 inches is outside 4..24 inches",
        "205/55 R16 91V 50PR       | ply rating 50 is outside 1..40",
        "185/75 R16 X              | 'X' is not a speed symbol",
    })
    void rejectsWithAMessageNamingTheWrongPart(String input, String message) {
        assertThatThrownBy(() -> TireSize.parse(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + input + "': ")
                .hasMessageContaining(message);
        assertThat(TireSize.problem(input)).hasValueSatisfying(p -> assertThat(p).contains(message));
    }

    @Test
    void aLongTextIsShortenedInTheMessage() {
        String junk = "205/55 R16 91V " + "x".repeat(500);
        assertThat(TireSize.problem(junk)).hasValueSatisfying(p -> assertThat(p)
                .startsWith("'" + junk.substring(0, 60) + "...': ").hasSizeLessThan(200));
    }

    @Test
    void rejectsAnEmptyText() {
        assertThat(TireSize.problem("")).contains("a tire size is required, e.g. 205/55 R16 91V or 185/75 R16 C 104/102 Q");
        assertThat(TireSize.problem("   ")).isPresent();
        assertThat(TireSize.problem(null)).isPresent();
    }

    @Test
    void theConstructorChecksTheRulesToo() {
        assertThatThrownBy(() -> TireSize.metric(205, 55, BigDecimal.valueOf(16), false, 89, 91, SpeedSymbol.V))
                .hasMessageContaining("the dual (twin-mounting) load index 91 is higher than the single one 89");
        assertThatThrownBy(() -> new TireSize(Sizing.METRIC, false, false, null, BigDecimal.valueOf(205), 55,
                Construction.R, false, BigDecimal.valueOf(16), false, 91, null, SpeedSymbol.Y_ABOVE, null, false, false,
                null, false)).hasMessageContaining("(Y), above 300 km/h, is marked on ZR tires only");
        assertThatThrownBy(() -> new TireSize(Sizing.INCH, false, false, null, new BigDecimal("12.00"), 80,
                Construction.R, false, BigDecimal.valueOf(20), false, null, null, null, null, false, false, null,
                false)).hasMessageContaining("has no aspect ratio");
    }

    @Test
    void satisfiesNeedsTheSameSizeAndAtLeastTheLoadAndSpeed() {
        TireSize required = TireSize.parse("185/75 R16 C 104/102 Q");
        assertThat(TireSize.parse("185/75 R16 C 106/104 R").satisfies(required)).isTrue();
        assertThat(TireSize.parse("185/75 R16 C 104/102 Q").satisfies(required)).isTrue();
        assertThat(TireSize.parse("185/75 R16 C 104/102 N").satisfies(required)).as("slower").isFalse();
        assertThat(TireSize.parse("185/75 R16 C 102/100 R").satisfies(required)).as("weaker").isFalse();
        assertThat(TireSize.parse("185/75 R16 C 106/100 R").satisfies(required)).as("weaker when twin").isFalse();
        assertThat(TireSize.parse("185/75 R16 C 106 R").satisfies(required)).as("not rated for twin").isFalse();
        assertThat(TireSize.parse("185/75 R16 104Q").satisfies(required)).as("not a C tire").isFalse();
        assertThat(TireSize.parse("185/75 R16 C 106/104 R").satisfies(TireSize.parse("185/75 R16 C 104 Q"))).isTrue();
        // speed by km/h, not by letter: H (210) is faster than U (200) and slower than V (240)
        assertThat(TireSize.parse("205/55 R16 91H").satisfies(TireSize.parse("205/55 R16 91U"))).isTrue();
        assertThat(TireSize.parse("205/55 R16 91H").satisfies(TireSize.parse("205/55 R16 91V"))).isFalse();
        assertThat(TireSize.parse("LT 225/75 R16 115/112 Q").satisfies(TireSize.parse("225/75 R16 108Q"))).isFalse();
        assertThat(TireSize.parse("P215/65R16 98H").satisfies(TireSize.parse("215/65 R16 98H"))).isTrue();
        assertThat(TireSize.parse("215/65 R16 98H").satisfies(TireSize.parse("P215/65 R16 98H"))).isTrue();
    }

    @Test
    void strictestTakesTheHighestOfEachPart() {
        TireSize s = TireSize.strictest(List.of(TireSize.parse("195/75 R16 C 107/105 R"),
                TireSize.parse("195/75 R16 C 110/108 Q"), TireSize.parse("195/75 R16 C 105 S")));
        assertThat(s.canonical()).isEqualTo("195/75 R16 C 110/108 S");
        assertThatThrownBy(() -> TireSize.strictest(List.of(TireSize.parse("195/75 R16 C 107/105 R"),
                TireSize.parse("195/75 R16 107R")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speedSymbolsAreOrderedByKmhNotByLetter() {
        assertThat(SpeedSymbol.H.compareTo(SpeedSymbol.U)).isPositive();
        assertThat(SpeedSymbol.H.compareTo(SpeedSymbol.V)).isNegative();
        assertThat(SpeedSymbol.Q.kmh()).isEqualTo(160);
        assertThat(SpeedSymbol.R.kmh()).isEqualTo(170);
        assertThat(SpeedSymbol.H.kmh()).isEqualTo(210);
        assertThat(SpeedSymbol.V.kmh()).isEqualTo(240);
        assertThat(SpeedSymbol.Y.kmh()).isEqualTo(300);
        assertThat(SpeedSymbol.L.kmh()).isEqualTo(120);
        assertThat(SpeedSymbol.of("h")).contains(SpeedSymbol.H);
        assertThat(SpeedSymbol.of("Z")).isEmpty();
        assertThat(SpeedSymbol.of("a8")).contains(SpeedSymbol.A8);
        assertThat(SpeedSymbol.of("(Y)")).contains(SpeedSymbol.Y_ABOVE);
        assertThat(SpeedSymbol.A1.kmh()).isEqualTo(5);
        assertThat(SpeedSymbol.A8.kmh()).isEqualTo(40);
        assertThat(SpeedSymbol.B.kmh()).isEqualTo(50);
        assertThat(SpeedSymbol.G.kmh()).isEqualTo(90);
        assertThat(SpeedSymbol.Y_ABOVE.atLeast(SpeedSymbol.Y)).isTrue();
        assertThat(SpeedSymbol.Y.atLeast(SpeedSymbol.Y_ABOVE)).isFalse();
        // the table, in order: each symbol at least as fast as the one before
        SpeedSymbol[] all = SpeedSymbol.values();
        for (int i = 1; i < all.length; i++) {
            assertThat(all[i].kmh()).as(all[i].code()).isGreaterThanOrEqualTo(all[i - 1].kmh());
        }
        assertThat(SpeedSymbol.max(SpeedSymbol.H, SpeedSymbol.U)).isEqualTo(SpeedSymbol.H);
    }

    /** The standard load index table, 60..130, written out independently of the class's decade table. */
    private static final int[] KG_60_TO_130 = {
        250, 257, 265, 272, 280, 290, 300, 307, 315, 325,                   // 60..69
        335, 345, 355, 365, 375, 387, 400, 412, 425, 437,                   // 70..79
        450, 462, 475, 487, 500, 515, 530, 545, 560, 580,                   // 80..89
        600, 615, 630, 650, 670, 690, 710, 730, 750, 775,                   // 90..99
        800, 825, 850, 875, 900, 925, 950, 975, 1000, 1030,                 // 100..109
        1060, 1090, 1120, 1150, 1180, 1215, 1250, 1285, 1320, 1360,         // 110..119
        1400, 1450, 1500, 1550, 1600, 1650, 1700, 1750, 1800, 1850,         // 120..129
        1900,                                                               // 130
    };

    @Test
    void loadIndexTableMatchesTheStandardFrom60To130() {
        for (int i = 60; i <= 130; i++) {
            assertThat(LoadIndex.kilograms(i)).as("index " + i)
                    .isEqualByComparingTo(BigDecimal.valueOf(KG_60_TO_130[i - 60]));
        }
        // the spec's examples (its 120 = 1380 is a typo: the standard says 1400)
        assertThat(Arrays.asList(LoadIndex.kilograms(85), LoadIndex.kilograms(88), LoadIndex.kilograms(91),
                LoadIndex.kilograms(92), LoadIndex.kilograms(95), LoadIndex.kilograms(115)))
                .extracting(BigDecimal::intValueExact).containsExactly(515, 560, 615, 630, 690, 1215);
    }

    @Test
    void loadIndexTableEnds() {
        assertThat(LoadIndex.kilograms(0)).isEqualByComparingTo("45");
        assertThat(LoadIndex.kilograms(1)).isEqualByComparingTo("46.2");
        assertThat(LoadIndex.kilograms(3)).isEqualByComparingTo("48.7");
        assertThat(LoadIndex.kilograms(19)).isEqualByComparingTo("77.5");
        assertThat(LoadIndex.kilograms(20).toPlainString()).isEqualTo("80");
        assertThat(LoadIndex.kilograms(35)).isEqualByComparingTo("121");
        assertThat(LoadIndex.kilograms(150)).isEqualByComparingTo("3350");
        assertThat(LoadIndex.kilograms(160)).isEqualByComparingTo("4500");
        assertThat(LoadIndex.kilograms(161)).isEqualByComparingTo("4625");
        assertThat(LoadIndex.kilograms(200)).isEqualByComparingTo("14000");
        assertThat(LoadIndex.kilograms(240)).isEqualByComparingTo("45000");
        assertThat(LoadIndex.kilograms(279)).isEqualByComparingTo("136000");
        assertThatThrownBy(() -> LoadIndex.kilograms(280)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LoadIndex.kilograms(-1)).isInstanceOf(IllegalArgumentException.class);
        for (int i = 1; i <= LoadIndex.MAX; i++) {
            assertThat(LoadIndex.kilograms(i)).as("index " + i).isGreaterThan(LoadIndex.kilograms(i - 1));
        }
        assertThat(TireSize.parse("205/55 R16 91V").singleLoadKg()).isEqualByComparingTo("615");
    }

    @Test
    void seasonsFromEnglishAndRussianWords() {
        assertThat(Season.parse("Summer")).contains(Season.SUMMER);
        assertThat(Season.parse("летние")).contains(Season.SUMMER);
        assertThat(Season.parse("лето")).contains(Season.SUMMER);
        assertThat(Season.parse("WINTER")).contains(Season.WINTER);
        assertThat(Season.parse("Зимние")).contains(Season.WINTER);
        assertThat(Season.parse("зима")).contains(Season.WINTER);
        assertThat(Season.parse("all-season")).contains(Season.ALL_SEASON);
        assertThat(Season.parse("All season")).contains(Season.ALL_SEASON);
        assertThat(Season.parse("всесезонные")).contains(Season.ALL_SEASON);
        assertThat(Season.parse("spring")).isEmpty();
        assertThat(Season.ALL_SEASON.covers(Season.WINTER)).isTrue();
        assertThat(Season.ALL_SEASON.covers(Season.SUMMER)).isTrue();
        assertThat(Season.SUMMER.covers(Season.WINTER)).isFalse();
        assertThat(Season.WINTER.covers(Season.WINTER)).isTrue();
    }
}
