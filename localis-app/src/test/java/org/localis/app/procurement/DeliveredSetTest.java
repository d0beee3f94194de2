package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.localis.fleet.Season;
import org.localis.fleet.StoredSet;
import org.localis.fleet.TireSize;
import org.localis.fleet.Vehicle;

/** Issue 23: a delivered set is fitted in its season and stored out of it. */
class DeliveredSetTest {

    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 4);
    private static final LocalDate MAY = LocalDate.of(2027, 5, 4);
    private static final YearMonth MADE = YearMonth.of(2026, 12);

    private static Vehicle onWinter() {
        return new Vehicle("7", "GAZelle", "ambulance", 4, false, TireSize.parse("205/55 R16 91H"), Season.WINTER,
                new BigDecimal("6.0"), YearMonth.of(2024, 9), "Kazan", 1, false);
    }

    @Test
    void aSummerSetDeliveredInDecemberGoesIntoStorageAndTheWinterSetStaysFitted() {
        DeliveryService.Delivered d = DeliveryService.delivered(onWinter(), Season.SUMMER, new BigDecimal("8.0"), MADE,
                DECEMBER);
        assertThat(d.fitted()).isFalse();
        assertThat(d.vehicle().fittedSeason()).isEqualTo(Season.WINTER);
        assertThat(d.vehicle().treadMm()).isEqualByComparingTo("6.0");
        assertThat(d.vehicle().stored()).isEqualTo(new StoredSet(Season.SUMMER, TireSize.parse("205/55 R16 91H"),
                new BigDecimal("8.0"), MADE));
    }

    @Test
    void aWinterSetDeliveredInDecemberIsFittedAndAFittedSummerSetGoesIntoStorage() {
        Vehicle onSummer = new Vehicle("7", "GAZelle", "ambulance", 4, false, TireSize.parse("205/55 R16 91H"),
                Season.SUMMER, new BigDecimal("5.0"), YearMonth.of(2024, 4), "Kazan", 1, true);
        DeliveryService.Delivered d = DeliveryService.delivered(onSummer, Season.WINTER, new BigDecimal("9.0"), MADE,
                DECEMBER);
        assertThat(d.fitted()).isTrue();
        assertThat(d.vehicle().fittedSeason()).isEqualTo(Season.WINTER);
        assertThat(d.vehicle().offRoad()).isFalse();
        assertThat(d.vehicle().stored().season()).isEqualTo(Season.SUMMER);
        assertThat(d.vehicle().stored().treadMm()).isEqualByComparingTo("5.0");
    }

    @Test
    void aSummerSetDeliveredInMayIsFitted() {
        DeliveryService.Delivered d = DeliveryService.delivered(onWinter(), Season.SUMMER, new BigDecimal("8.0"), MADE,
                MAY);
        assertThat(d.fitted()).isTrue();
        assertThat(d.vehicle().fittedSeason()).isEqualTo(Season.SUMMER);
        assertThat(d.vehicle().stored().season()).isEqualTo(Season.WINTER);
    }
}
