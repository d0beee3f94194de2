package org.localis.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an allocation as an Excel workbook: sheet "Allocation" (the same columns and rows as
 * {@link AllocationCsv}, money and other numbers as number cells), sheet "Companies" (company totals) and
 * sheet "Summary" (budget, totals, notes). Header rows are bold and frozen; column widths follow the
 * longest value (computed from the text, so no fonts are needed on the machine). Values are written, never
 * formulas, so no text from the input can run as a formula.
 *
 * <p>Excel numbers are binary floating point: whole amounts are exact up to 2<sup>53</sup>; a money value
 * that would not be exact is written as text instead. Weights and shares are written as numbers for
 * display (the exact decimals are in the CSV and in the {@link Allocation}).
 */
public final class AllocationXlsx {

    private static final int MAX_WIDTH_CHARS = 100;
    private static final BigDecimal EXACT_LIMIT = BigDecimal.valueOf(1L << 53);

    private AllocationXlsx() {
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle money;
        final CellStyle moneyFraction;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle integer;

        Styles(Workbook wb) {
            DataFormat df = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            money = style(wb, df, "#,##0");
            moneyFraction = style(wb, df, "#,##0.00####");
            decimal = style(wb, df, "#,##0.####");
            percent = style(wb, df, "0.0000%");
            integer = style(wb, df, "#,##0");
        }

        private static CellStyle style(Workbook wb, DataFormat df, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(df.getFormat(format));
            return s;
        }
    }

    public static void write(Allocation allocation, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            String currency = allocation.program().currency();

            Sheet lines = wb.createSheet("Allocation");
            Widths w = new Widths(AllocationCsv.HEADER.size());
            header(lines, st, AllocationCsv.HEADER, w);
            int r = 1;
            for (AllocationLine l : allocation.lines()) {
                Row row = lines.createRow(r++);
                Candidate c = l.candidate();
                List<String> text = AllocationCsv.row(l, currency);
                int i = 0;
                text(row, i++, c.productId(), w);
                text(row, i++, c.productName(), w);
                text(row, i++, c.company(), w);
                text(row, i++, c.certificateNumber(), w);
                text(row, i++, c.tier(), w);
                number(row, i++, c.score(), st.decimal, text.get(5), w);
                number(row, i++, c.threshold(), st.decimal, text.get(6), w);
                number(row, i++, BigDecimal.valueOf(c.annualVolume()), st.integer, text.get(7), w);
                bool(row, i++, l.eligible(), w);
                number(row, i++, l.weight(), st.decimal, text.get(9), w);
                number(row, i++, l.share(), st.percent, text.get(10), w);
                money(row, i++, l.exactAmount(), st.moneyFraction, w);
                money(row, i++, l.amount(), st.money, w);
                text(row, i++, currency, w);
                bool(row, i++, l.companyCapped(), w);
                text(row, i, l.reason(), w);
            }
            w.apply(lines);

            Sheet companies = wb.createSheet("Companies");
            List<String> ch = List.of("company", "weight", "exact_amount", "amount", "currency", "capped");
            Widths cw = new Widths(ch.size());
            header(companies, st, ch, cw);
            r = 1;
            for (CompanyTotal c : allocation.companies()) {
                Row row = companies.createRow(r++);
                text(row, 0, c.company(), cw);
                number(row, 1, c.weight(), st.decimal, Numbers.plain(c.weight()), cw);
                money(row, 2, c.exactAmount(), st.moneyFraction, cw);
                money(row, 3, c.amount(), st.money, cw);
                text(row, 4, currency, cw);
                bool(row, 5, c.capped(), cw);
            }
            cw.apply(companies);

            Sheet summary = wb.createSheet("Summary");
            Widths sw = new Widths(2);
            header(summary, st, List.of("item", "value"), sw);
            SupportProgram p = allocation.program();
            r = 1;
            r = textRow(summary, r, "program", p.id(), sw);
            r = textRow(summary, r, "title", p.title(), sw);
            r = textRow(summary, r, "currency", currency, sw);
            r = moneyRow(summary, r, "budget", p.budget(), st, sw);
            r = moneyRow(summary, r, "distributable (whole units)", allocation.distributable(), st, sw);
            r = moneyRow(summary, r, "allocated", allocation.allocated(), st, sw);
            r = moneyRow(summary, r, "unallocated", allocation.unallocated(), st, sw);
            r = textRow(summary, r, "minimum tier", p.minimumTier(), sw);
            r = textRow(summary, r, "tiers (lowest first)", String.join(", ", p.tierOrder()), sw);
            r = textRow(summary, r, "formula", p.formula().describe(), sw);
            if (p.perCompanyCap() == null) {
                r = textRow(summary, r, "per-company cap", "none", sw);
            } else {
                r = moneyRow(summary, r, "per-company cap", p.perCompanyCap(), st, sw);
            }
            for (String note : allocation.notes()) {
                r = textRow(summary, r, "note", note, sw);
            }
            sw.apply(summary);

            wb.write(out);
        }
        out.flush();
    }

    /** Column widths in characters, from the longest text written into each column. */
    private static final class Widths {
        final int[] chars;

        Widths(int columns) {
            chars = new int[columns];
        }

        void see(int col, String text) {
            int longest = 0;
            for (String part : text.split("\n", -1)) {
                longest = Math.max(longest, part.length());
            }
            chars[col] = Math.max(chars[col], longest);
        }

        void apply(Sheet sheet) {
            for (int i = 0; i < chars.length; i++) {
                int width = Math.min(MAX_WIDTH_CHARS, chars[i] + 2);
                sheet.setColumnWidth(i, width * 256);
            }
        }
    }

    private static void header(Sheet sheet, Styles st, List<String> names, Widths w) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(st.header);
            w.see(i, names.get(i));
        }
        sheet.createFreezePane(0, 1);
    }

    private static void text(Row row, int col, String value, Widths w) {
        if (value == null || value.isEmpty()) {
            return;
        }
        row.createCell(col).setCellValue(value);
        w.see(col, value);
    }

    private static void bool(Row row, int col, boolean value, Widths w) {
        row.createCell(col).setCellValue(value);
        w.see(col, Boolean.toString(value).toUpperCase(java.util.Locale.ROOT));
    }

    private static void number(Row row, int col, BigDecimal value, CellStyle style, String shown, Widths w) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
        w.see(col, shown + "   ");
    }

    /** A money cell: a number when the double holds it exactly, otherwise the exact decimal as text. */
    private static void money(Row row, int col, BigDecimal value, CellStyle style, Widths w) {
        Cell cell = row.createCell(col);
        double d = value.doubleValue();
        String shown = Numbers.plain(value);
        if (value.abs().compareTo(EXACT_LIMIT) < 0 && new BigDecimal(d).compareTo(value) == 0) {
            cell.setCellValue(d);
            cell.setCellStyle(style);
            w.see(col, shown + "    "); // room for thousands separators
        } else if (value.stripTrailingZeros().scale() > 0 && value.abs().compareTo(EXACT_LIMIT) < 0) {
            // a fraction (an exact share before rounding): a number is the sensible display
            cell.setCellValue(d);
            cell.setCellStyle(style);
            w.see(col, shown + "    ");
        } else {
            cell.setCellValue(shown);
            w.see(col, shown);
        }
    }

    private static int textRow(Sheet sheet, int r, String item, String value, Widths w) {
        Row row = sheet.createRow(r);
        text(row, 0, item, w);
        text(row, 1, value, w);
        return r + 1;
    }

    private static int moneyRow(Sheet sheet, int r, String item, BigDecimal value, Styles st, Widths w) {
        Row row = sheet.createRow(r);
        text(row, 0, item, w);
        money(row, 1, value, value.stripTrailingZeros().scale() > 0 ? st.moneyFraction : st.money, w);
        return r + 1;
    }
}
