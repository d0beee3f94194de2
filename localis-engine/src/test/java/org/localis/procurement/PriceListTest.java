package org.localis.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.localis.fleet.Season;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;

/** Issue 23: a supplier's price list, CSV in any dialect or Excel, all or nothing. */
class PriceListTest {

    @Test
    void aSemicolonSeparatedWindows1251ListWithRussianHeadersIsRead() {
        String csv = "Поставщик;Модель;Размер_шин;Сезон;Цена;Количество;Срок_дней;Сертификат\r\n"
                + "Kama Tyres;Kama Euro LCV-131;185/75 R16 C 104/102 Q;зимние;8 950,50;120;7;lcl-2026-000001\r\n"
                + "Nordic;Nordic Van;315/80 R22.5 156/150 L;всесезонные;41000;12;;\r\n";
        List<PriceList.Line> lines = PriceList.read(new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1251"))),
                "prices.csv");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).price()).isEqualByComparingTo(new BigDecimal("8950.50"));
        assertThat(lines.get(0).season()).isEqualTo(Season.WINTER);
        assertThat(lines.get(0).certificate()).isEqualTo("LCL-2026-000001");
        assertThat(lines.get(1).leadTimeDays()).isEqualTo(7);
        assertThat(lines.get(1).certificate()).isNull();
    }

    @Test
    void everyBadLineIsReportedAndNothingIsRead() {
        String csv = "supplier,brand_model,tire_size,season,price,available\n"
                + "A,Van,185/75 R16 C 104/102 Q,winter,8950,10\n"
                + "B,Van,185/75 R16,winter,8950,10\n"
                + "C,Van,185/75 R16 C 104/102 Q,autumn,-1,0\n";
        assertThatThrownBy(() -> PriceList.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "p.csv"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.errors().stream().map(InputError::toString).toList())
                        .anySatisfy(m -> assertThat(m).startsWith("p.csv:3: tire_size"))
                        .anySatisfy(m -> assertThat(m).startsWith("p.csv:4: season"))
                        .anySatisfy(m -> assertThat(m).startsWith("p.csv:4: price"))
                        .anySatisfy(m -> assertThat(m).startsWith("p.csv:4: available")));
    }

    @Test
    void anExcelListIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("offers");
            String[] head = {"supplier", "brand_model", "tire_size", "season", "price", "available"};
            XSSFRow h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            XSSFRow r = sheet.createRow(1);
            r.createCell(0).setCellValue("Kama Tyres");
            r.createCell(1).setCellValue("Kama Euro");
            r.createCell(2).setCellValue("185/75 R16 C 104/102 Q");
            r.createCell(3).setCellValue("winter");
            r.createCell(4).setCellValue(8950.5);
            r.createCell(5).setCellValue(40);
            wb.write(out);
        }
        List<PriceList.Line> lines = PriceList.read(new ByteArrayInputStream(out.toByteArray()), "prices.xlsx");
        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.price()).isEqualByComparingTo("8950.5");
            assertThat(l.available()).isEqualTo(40);
        });
    }
}
