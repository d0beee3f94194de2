package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.fleet.FleetRepository;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.registry.RegistryRecords;
import org.localis.app.shared.Actor;
import org.localis.app.shared.InvalidFormException;
import org.localis.registry.RegistryRecordsCsv;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A fleet cites the registry record of its models; a drive shows the share of its fleets' vehicles with a valid one. */
@SpringBootTest
class FleetModelRecordsTest {

    @Autowired FleetModelRecords records;
    @Autowired RegistryRecords registry;
    @Autowired FleetRepository fleets;
    @Autowired LocalisUserDetailsService users;

    static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    String importRecord(LocalDate from, LocalDate to) {
        String number = "T-" + UUID.randomUUID().toString().substring(0, 8);
        String csv = String.join(",", RegistryRecordsCsv.COLUMNS) + "\n" + "АО Завод,1027700132195,7707083893,-,-,-,-,"
                + DOTTED.format(from) + "," + DOTTED.format(to) + ",-," + number + ",Автомобиль скорой помощи,29.10.59.160,-,"
                + "-,-,-,-,-,-,-,-,-,-,-,-,-\n";
        DriveTestSupport.signIn(users.loadUserByUsername("admin").actor());
        registry.importStateRegistry("state.csv", csv.getBytes(StandardCharsets.UTF_8));
        return number;
    }

    @Test
    void aModelCitingAValidRecordCountsForEveryVehicleOfThatModel() {
        Actor fleet = users.loadUserByUsername("fleet").actor();
        List<FleetModelRecords.ModelRecord> models = records.models(fleet.organizationId(), LocalDate.now());
        assertThat(models).isNotEmpty();
        FleetModelRecords.ModelRecord model = models.get(0);
        String category = fleets.ofOrganization(fleet.organizationId()).stream()
                .filter(v -> v.vehicle().makeModel().equals(model.makeModel())).findFirst().orElseThrow().vehicle().category();
        long ofModelInCategory = fleets.all().stream().filter(v -> v.organizationId() == fleet.organizationId())
                .filter(v -> v.vehicle().makeModel().equals(model.makeModel()) && v.vehicle().category().equals(category)).count();
        int before = share(category).withValidRecord();

        String valid = importRecord(LocalDate.now().minusYears(1), LocalDate.now().plusYears(1));
        String expired = importRecord(LocalDate.now().minusYears(3), LocalDate.now().minusYears(1));
        DriveTestSupport.signIn(fleet);
        assertThatThrownBy(() -> records.cite(fleet, model.makeModel(), "NO-SUCH-RECORD"))
                .isInstanceOf(InvalidFormException.class);
        assertThatThrownBy(() -> records.cite(fleet, "A model we do not run", valid)).isInstanceOf(InvalidFormException.class);

        records.cite(fleet, model.makeModel(), valid);
        assertThat(records.models(fleet.organizationId(), LocalDate.now())).filteredOn(m -> m.makeModel().equals(model.makeModel()))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo("valid"));
        FleetModelRecords.CategoryShare after = share(category);
        assertThat(after.withValidRecord()).isEqualTo(before + ofModelInCategory);
        assertThat(after.percent()).isEqualByComparingTo(java.math.BigDecimal.valueOf(after.withValidRecord() * 100L)
                .divide(java.math.BigDecimal.valueOf(after.vehicles()), 1, java.math.RoundingMode.HALF_EVEN));

        records.cite(fleet, model.makeModel(), expired);
        assertThat(share(category).withValidRecord()).as("an expired record does not count").isEqualTo(before);
        records.cite(fleet, model.makeModel(), "");
        assertThat(records.models(fleet.organizationId(), LocalDate.now())).filteredOn(m -> m.makeModel().equals(model.makeModel()))
                .singleElement().satisfies(m -> assertThat(m.recordNumber()).isNull());
    }

    FleetModelRecords.CategoryShare share(String category) {
        return records.shares(List.of(category), LocalDate.now()).stream().filter(c -> c.category().equals(category))
                .findFirst().orElseThrow();
    }
}
