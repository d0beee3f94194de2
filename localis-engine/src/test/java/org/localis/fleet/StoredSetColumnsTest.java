package org.localis.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 23: the optional stored-set columns of a fleet file, and a 10-wheel twin-rear truck. */
class StoredSetColumnsTest {

    private static final String HEADER = "id,make_model,category,wheel_positions,full_size_spare,tire_size,season,"
            + "tread_mm,tires_made,region,priority";

    @Test
    void theStoredSetIsReadAndItsSizeDefaultsToThePlacard() {
        Fleet f = FleetReaderTest.csv(HEADER + ",stored_season,stored_size,stored_tread_mm,stored_tires_made\n"
                + "A1,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7.0,2024-09,Kazan,1,summer,,5.5,2023-04\n"
                + "A2,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7.0,2024-09,Kazan,1,summer,215/55 R16 97H,6,2023-04\n"
                + "A3,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7.0,2024-09,Kazan,1,,,,\n");
        List<Vehicle> v = f.vehicles();
        assertThat(v.get(0).stored()).isEqualTo(new StoredSet(Season.SUMMER, TireSize.parse("205/55 R16 91H"),
                new BigDecimal("5.5"), YearMonth.of(2023, 4)));
        assertThat(v.get(1).stored().tireSize().canonical()).isEqualTo(TireSize.parse("215/55 R16 97H").canonical());
        assertThat(v.get(2).stored()).isNull();
    }

    @Test
    void theRussianHeadersWork() {
        Fleet f = FleetReaderTest.csv("номер,модель,категория,колёс,запаска,размер_шин,сезон,протектор_мм,"
                + "шины_изготовлены,регион,приоритет,сезон_хранение,размер_хранение,протектор_хранение_мм,"
                + "изготовлены_хранение\n"
                + "A1,ГАЗель,ambulance,4,нет,205/55 R16 91H,зимние,7.0,2024-09,Казань,1,летние,,5.5,2023-04\n");
        assertThat(f.vehicles().get(0).stored().season()).isEqualTo(Season.SUMMER);
    }

    @Test
    void aStoredSetWithoutItsSeasonOrTreadIsRefusedWithLineAndColumn() {
        List<String> errors = FleetReaderTest.csvErrors(HEADER
                + ",stored_season,stored_size,stored_tread_mm,stored_tires_made\n"
                + "A1,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7.0,2024-09,Kazan,1,,,5.5,2023-04\n"
                + "A2,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7.0,2024-09,Kazan,1,summer,,,2023-04\n"
                + "A3,GAZelle,ambulance,4,no,205/55 R16 91H,winter,7.0,2024-09,Kazan,1,autumn,,5,2023-04\n");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("2").contains("stored_season");
        assertThat(errors.get(1)).contains("3").contains("stored_tread_mm");
        assertThat(errors.get(2)).contains("4").contains("autumn");
    }

    @Test
    void aTenWheelTwinRearTruckImports() {
        Fleet f = FleetReaderTest.csv(HEADER + ",axles\n"
                + "T1,KAMAZ-6520 rescue,emergency,10,no,315/80 R22.5 156/150 L,all-season,12.0,2023-05,Kazan,1,"
                + "\"single,twin,twin\"\n"
                + "T2,Ural fire truck,emergency,,no,425/85 R21 156G,all-season,14,2023-05,Kazan,1,\"single,single,single\"\n");
        Vehicle truck = f.vehicles().get(0);
        assertThat(truck.wheelPositions()).isEqualTo(10);
        assertThat(truck.axles().hasTwin()).isTrue();
        assertThat(truck.tiresPerSet()).isEqualTo(10);
        assertThat(f.vehicles().get(1).wheelPositions()).isEqualTo(6);
    }
}
