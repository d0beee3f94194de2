package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Issue 23: a crowded offer list is planned when asked, and the plan is kept until its inputs change. */
@SpringBootTest
class PlanOnDemandTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired ProcurementService procurement;
    @Autowired LocalisUserDetailsService users;

    @Test
    void aCrowdedListIsPlannedWhenAskedAndKeptUntilTheOffersChange() {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        for (int i = 0; i <= ProcurementService.PLAN_AT_ONCE_OFFERS; i++) {
            procurement.addOffer(d, "Supplier " + i, "Van Winter", "185/75 R16 C 104/102 Q", "winter",
                    String.valueOf(8000 + i), "10", "7", null, organizer);
        }
        ProcurementService.PlanPage before = procurement.planOnDemand(d, false);
        assertThat(before.view()).as("not planned on view").isNull();
        assertThat(before.stale()).isFalse();
        assertThat(before.statuses()).isEmpty();

        ProcurementService.PlanPage asked = procurement.planOnDemand(d, true);
        assertThat(asked.view()).isNotNull();
        assertThat(asked.view().plan().optimal()).isTrue();
        ProcurementService.PlanPage again = procurement.planOnDemand(d, false);
        assertThat(again.view()).as("the same cached plan").isSameAs(asked.view());

        procurement.addOffer(d, "Cheaper", "Van Winter", "185/75 R16 C 104/102 Q", "winter", "7000", "10", "7", null,
                organizer);
        ProcurementService.PlanPage after = procurement.planOnDemand(d, false);
        assertThat(after.view()).as("an offer changed the inputs").isNull();
        assertThat(after.stale()).isTrue();
        assertThat(procurement.planOnDemand(d, true).view().offers())
                .hasSize(ProcurementService.PLAN_AT_ONCE_OFFERS + 2);
    }
}
