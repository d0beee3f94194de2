package org.localis.app.drive;

import org.localis.fleet.Season;
import org.localis.fleet.TireSize;

/**
 * A first estimate of a tire's price for a new target table, so a drive's goal is not empty before
 * the organizer has quotes: grows with rim size, more for commercial (C/LT) and winter tires. The
 * organizer replaces it with real prices before publishing; procurement uses real offers.
 */
final class TirePriceEstimate {

    private TirePriceEstimate() {
    }

    static long unitPriceMinor(TireSize t, Season season, String currency) {
        int rim = t.rimText().contains(".") ? Integer.parseInt(t.rimText().substring(0, t.rimText().indexOf('.')))
                : Integer.parseInt(t.rimText());
        int steps = Math.max(0, rim - 13);
        boolean commercial = t.commercial() || t.lightTruck();
        boolean winter = season == Season.WINTER;
        if ("EUR".equals(currency)) {
            long euros = 55 + 9L * steps + (commercial ? 30 : 0) + (winter ? 15 : 0);
            return euros * 100;
        }
        long roubles = 4_000 + 650L * steps + (commercial ? 2_500 : 0) + (winter ? 1_200 : 0);
        return roubles * 100;
    }
}
