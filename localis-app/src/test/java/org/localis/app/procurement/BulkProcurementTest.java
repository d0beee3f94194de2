package org.localis.app.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.app.bank.StatementImportService;
import org.localis.app.drive.Drive;
import org.localis.app.drive.DriveRepository;
import org.localis.app.drive.DriveService;
import org.localis.app.drive.DriveTestSupport;
import org.localis.app.drive.Pledge;
import org.localis.app.drive.PledgeService;
import org.localis.app.drive.PledgeService.PledgeForm;
import org.localis.app.identity.LocalisUserDetailsService;
import org.localis.app.shared.Actor;
import org.localis.input.InvalidInputException;
import org.localis.payment.CreditorReference;
import org.localis.testing.StatementSamples;
import org.localis.testing.StatementSamples.Movement;
import org.localis.testing.StatementSamples.Statement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 23: offers from a price list (all or nothing) and several orders received or invoiced at once. */
@SpringBootTest
class BulkProcurementTest {

    @Autowired DriveService driveService;
    @Autowired DriveRepository drives;
    @Autowired PledgeService pledges;
    @Autowired StatementImportService imports;
    @Autowired ProcurementService procurement;
    @Autowired ProcurementRepository rows;
    @Autowired LocalisUserDetailsService users;
    @Autowired JdbcClient jdbc;

    private static final String HEADER = "supplier;brand_model;tire_size;season;price;available;lead_time_days\n";

    @Test
    void aPriceListIsImportedAllOrNothingAndOrdersAreReceivedAndInvoicedAtOnce() {
        Actor organizer = DriveTestSupport.organizer(users);
        Drive d = DriveTestSupport.openDrive(driveService, organizer, drives);
        byte[] bad = (HEADER + "Volga;Van Winter;185/75 R16 C 104/102 Q;winter;8000;10;5\n"
                + "Oka;Van Winter;235/65 R16 C 115/113 R;winter;12000,005;10;5\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> procurement.importOffers(d, "prices.csv", bad, organizer))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(x -> {
                            assertThat(x.line()).isEqualTo(3);
                            assertThat(x.field()).isEqualTo("price");
                        }));
        assertThat(rows.offers(d.id())).isEmpty();

        byte[] good = (HEADER + "Volga;Van Winter;185/75 R16 C 104/102 Q;winter;8000;10;5\n"
                + "Oka;Van Winter;235/65 R16 C 115/113 R;winter;12000,50;10;5\n").getBytes(StandardCharsets.UTF_8);
        assertThat(procurement.importOffers(d, "prices.csv", good, organizer)).isEqualTo(2);
        assertThat(rows.offers(d.id())).extracting(ProcurementRepository.Offer::unitPriceMinor)
                .containsExactlyInAnyOrder(800_000L, 1_200_050L);

        PledgeService.Result p = pledges.pledge(d, new PledgeForm("300000", null, null, "Anna Petrova", "a@example.org", true));
        Pledge pledge = p.pledge();
        LocalDate day = LocalDate.now().minusDays(1);
        Statement st = new Statement(d.bank().account(), "АНО Колёса", "RUB", "B-" + d.id(), day, day, 0L, List.of(
                Movement.credit(day, 30_000_000, "B-1", "Anna Petrova", "40817810000000000001",
                        CreditorReference.printed(pledge.reference()))));
        assertThat(imports.importNow(d, "b.xml", StatementSamples.camt053Bytes(8, st), organizer.username(),
                organizer.organizationId()).status()).isEqualTo("DONE");
        assertThat(procurement.placeOrders(d, organizer)).isEqualTo(2);
        List<Long> ids = rows.orders(d.id()).stream().map(ProcurementRepository.Order::id).toList();

        int auditBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'order.delivered'")
                .query(Integer.class).single();
        assertThat(procurement.bulkOrders(d, ids, ProcurementService.BulkOrderAction.RECEIVE, "", day, organizer))
                .isEqualTo(2);
        assertThat(rows.orders(d.id())).allMatch(o -> o.delivered() == o.quantity());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'order.delivered'").query(Integer.class)
                .single()).isEqualTo(auditBefore + 2);

        assertThatThrownBy(() -> procurement.bulkOrders(d, ids, ProcurementService.BulkOrderAction.INVOICE, "", day,
                organizer)).as("an invoice needs its number: nothing is invoiced").isNotNull();
        assertThat(rows.orders(d.id())).allMatch(o -> o.invoicedMinor() == 0);
        assertThat(procurement.bulkOrders(d, ids, ProcurementService.BulkOrderAction.INVOICE, "INV-77", day, organizer))
                .isEqualTo(2);
        assertThat(rows.orders(d.id())).allMatch(o -> o.invoicedMinor() == o.valueMinor());
        assertThat(procurement.bulkOrders(d, ids, ProcurementService.BulkOrderAction.INVOICE, "INV-78", day, organizer))
                .as("nothing left to invoice").isZero();
    }
}
