package org.localis.app.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.localis.app.identity.LocalisUser;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.shared.Actor;
import org.localis.fleet.Season;
import org.localis.fleet.StoredSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 23: stored sets through the fleet import, and a re-import that changes nothing. */
@SpringBootTest
class FleetSetsTest {

    @Autowired FleetService service;
    @Autowired FleetRepository fleets;
    @Autowired LocalisUserDetailsService users;

    private static byte[] file(String prefix, String storedTread) {
        return ("id,make_model,category,wheel_positions,full_size_spare,tire_size,season,tread_mm,tires_made,region,"
                + "priority,stored_season,stored_tread_mm,stored_tires_made,axles\n"
                + prefix + "-1,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7,2024-09,Kazan,1,summer," + storedTread
                + ",2023-04,\n"
                + prefix + "-2,KAMAZ rescue,emergency,10,no,315/80 R22.5 156/150 L,all-season,12.0,2023-05,Kazan,1,,,,"
                + "\"single,twin,twin\"\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameFileAgainChangesNothingAndAChangedSetIsRecordedOnce() {
        Actor fleet = ((LocalisUser) users.loadUserByUsername("fleet")).actor();
        String prefix = "R" + System.nanoTime();
        FleetService.Imported first = service.importFile(fleet, "fleet.csv", file(prefix, "5.5"));
        assertThat(first.added()).isEqualTo(2);
        long car = fleets.idOf(fleet.organizationId(), prefix + "-1");
        long truck = fleets.idOf(fleet.organizationId(), prefix + "-2");
        assertThat(fleets.conditionCount(car)).isEqualTo(1);
        FleetRepository.StoredVehicle stored = fleets.find(car).orElseThrow();
        assertThat(stored.vehicle().stored()).isEqualTo(new StoredSet(Season.SUMMER,
                stored.vehicle().tireSize(), new BigDecimal("5.5"), YearMonth.of(2023, 4)));
        assertThat(fleets.find(truck).orElseThrow().vehicle().wheelPositions()).isEqualTo(10);

        FleetService.Imported again = service.importFile(fleet, "fleet.csv", file(prefix, "5.5"));
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(fleets.conditionCount(car)).isEqualTo(1);
        assertThat(fleets.conditionCount(truck)).isEqualTo(1);
        assertThat(fleets.find(car).orElseThrow().updatedAt()).isEqualTo(stored.updatedAt());

        FleetService.Imported changed = service.importFile(fleet, "fleet.csv", file(prefix, "4.0"));
        assertThat(changed.updated()).isEqualTo(1);
        assertThat(changed.unchanged()).isEqualTo(1);
        assertThat(fleets.conditionCount(car)).isEqualTo(2);
        assertThat(fleets.conditions(java.util.List.of()).stream().filter(c -> c.vehicleId() == car)
                .reduce((a, b) -> b).orElseThrow().storedTreadMm()).isEqualByComparingTo("4.0");
        assertThat(fleets.find(car).orElseThrow().vehicle().stored().treadMm()).isEqualByComparingTo("4.0");
    }
}
