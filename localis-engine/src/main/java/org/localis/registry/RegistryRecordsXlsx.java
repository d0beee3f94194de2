package org.localis.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The registry's records as an Excel workbook: one sheet "Registry" with the open-data file's columns and the
 * same text in every cell as {@link RegistryRecordsCsv} writes (codes and numbers stay text, so OKPD2
 * "29.10" is never read as the number 29.1 and leading zeros of an OGRN survive). Values only, never formulas.
 */
public final class RegistryRecordsXlsx {

    private RegistryRecordsXlsx() {
    }

    public static void write(List<RegistryRecord> records, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Registry");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            int[] widths = new int[RegistryRecordsCsv.COLUMNS.size()];
            Row h = sheet.createRow(0);
            for (int i = 0; i < widths.length; i++) {
                String name = RegistryRecordsCsv.COLUMNS.get(i);
                var c = h.createCell(i);
                c.setCellValue(name);
                c.setCellStyle(header);
                widths[i] = name.length();
            }
            int r = 1;
            for (RegistryRecord rec : records) {
                Row row = sheet.createRow(r++);
                List<String> values = RegistryRecordsCsv.row(rec);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                    widths[i] = Math.max(widths[i], Math.min(80, values.get(i).length()));
                }
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (widths[i] + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
        out.flush();
    }
}
