package org.localis.procurement;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.localis.fleet.Season;
import org.localis.fleet.TireSize;
import org.localis.input.CsvHeader;
import org.localis.input.CsvTable;
import org.localis.input.ErrorCollector;
import org.localis.input.NamedColumns;
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;
import org.localis.input.XlsxTable;

/**
 * A supplier's price list (issue 23): one offer per row, read from CSV (any dialect the other readers accept:
 * the separator and encoding are detected) or an Excel workbook (the sheet {@code offers}, or the first).
 * Columns, any case, a Russian name in brackets: {@code supplier} [поставщик], {@code brand_model} [модель],
 * {@code tire_size} [размер_шин], {@code season} [сезон], {@code price} [цена], {@code available}
 * [количество], and optionally {@code lead_time_days} [срок_дней] (default 7) and {@code certificate}
 * [сертификат]. Every row is checked; any problem rejects the whole file, each problem with its line and
 * column. Prices are read exactly as decimals with at most two places.
 */
public final class PriceList {

    /** One row: an offer as the supplier wrote it, checked. */
    public record Line(int line, String supplier, String brandModel, TireSize tire, Season season, BigDecimal price,
                       int available, int leadTimeDays, String certificate) {
    }

    static final String SUPPLIER = "supplier";
    static final String BRAND_MODEL = "brand_model";
    static final String TIRE_SIZE = "tire_size";
    static final String SEASON = "season";
    static final String PRICE = "price";
    static final String AVAILABLE = "available";
    static final String LEAD = "lead_time_days";
    static final String CERTIFICATE = "certificate";

    static final List<String> REQUIRED = List.of(SUPPLIER, BRAND_MODEL, TIRE_SIZE, SEASON, PRICE, AVAILABLE);
    static final NamedColumns COLUMNS = new NamedColumns(names(), REQUIRED);
    static final Set<String> KNOWN = COLUMNS.known();
    static final String EMPTY_HINT = "a header row with the columns " + String.join(", ", REQUIRED)
            + " (and optionally lead_time_days, certificate) and one row per offer are required";
    private static final XlsxTable.Format FORMAT = new XlsxTable.Format("offers", "price list", KNOWN, List.of(),
            COLUMNS.namesOf(List.of(PRICE, AVAILABLE, LEAD)), EMPTY_HINT);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final BigDecimal MAX_PRICE = new BigDecimal("100000000");

    private PriceList() {
    }

    private static Map<String, List<String>> names() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(SUPPLIER, List.of(SUPPLIER, "поставщик"));
        m.put(BRAND_MODEL, List.of(BRAND_MODEL, "модель"));
        m.put(TIRE_SIZE, List.of(TIRE_SIZE, "размер_шин"));
        m.put(SEASON, List.of(SEASON, "сезон"));
        m.put(PRICE, List.of(PRICE, "цена"));
        m.put(AVAILABLE, List.of(AVAILABLE, "количество"));
        m.put(LEAD, List.of(LEAD, "срок_дней"));
        m.put(CERTIFICATE, List.of(CERTIFICATE, "сертификат"));
        return m;
    }

    /**
     * @param fileName picks the format (.xlsx, or a ZIP file, is read as Excel) and names the file in errors
     * @throws InvalidInputException with every problem found
     */
    public static List<Line> read(InputStream in, String fileName) {
        Rows rows = new Rows();
        PushbackInputStream peek = new PushbackInputStream(in, 4);
        byte[] head = new byte[4];
        int n;
        try {
            n = peek.readNBytes(head, 0, 4);
            peek.unread(head, 0, n);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(fileName, "cannot be read: " + e.getMessage()));
        }
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || n == 4 && Arrays.equals(head, ZIP)) {
            XlsxTable.read(peek, fileName, FORMAT, PriceList::check, rows);
        } else {
            CsvTable.read(peek, fileName, KNOWN, List.of(), EMPTY_HINT, PriceList::check, rows);
        }
        if (rows.lines.isEmpty()) {
            throw new InvalidInputException(InputError.ofFile(fileName, "the price list has a header but no offers"));
        }
        return rows.lines;
    }

    private static void check(CsvHeader header, int line, ErrorCollector errors) {
        COLUMNS.check(header, line, errors);
    }

    private static final class Rows implements CsvTable.RowHandler {
        final List<Line> lines = new ArrayList<>();
        private NamedColumns.Positions cols;

        @Override
        public void row(String[] row, int line, CsvHeader header, ErrorCollector errors) {
            if (cols == null) {
                cols = COLUMNS.positions(header);
            }
            boolean ok = true;
            String supplier = get(row, SUPPLIER);
            if (supplier.isEmpty() || supplier.length() > 200) {
                errors.add(line, field(SUPPLIER), "the supplier's name is required (at most 200 characters)");
                ok = false;
            }
            String brand = get(row, BRAND_MODEL);
            if (brand.isEmpty() || brand.length() > 200) {
                errors.add(line, field(BRAND_MODEL), "the brand and model are required (at most 200 characters)");
                ok = false;
            }
            TireSize tire = null;
            try {
                tire = TireSize.parse(get(row, TIRE_SIZE));
                if (!tire.hasServiceDescription()) {
                    errors.add(line, field(TIRE_SIZE), "an offer must state the load index and speed symbol, e.g."
                            + " 185/75 R16 C 104/102 Q");
                    ok = false;
                }
            } catch (IllegalArgumentException e) {
                errors.add(line, field(TIRE_SIZE), e.getMessage());
                ok = false;
            }
            Optional<Season> season = Season.parse(get(row, SEASON));
            if (season.isEmpty()) {
                errors.add(line, field(SEASON), "'" + get(row, SEASON) + "' is not a season (summer, winter or"
                        + " all-season; летние, зимние, всесезонные)");
                ok = false;
            }
            BigDecimal price = price(get(row, PRICE), line, errors);
            Integer available = whole(get(row, AVAILABLE), 1, 1_000_000, null, AVAILABLE, line, errors);
            Integer lead = whole(get(row, LEAD), 0, 365, 7, LEAD, line, errors);
            String cert = get(row, CERTIFICATE);
            if (cert.length() > 40) {
                errors.add(line, field(CERTIFICATE), "a certificate number has at most 40 characters");
                ok = false;
            }
            if (ok && price != null && available != null && lead != null) {
                lines.add(new Line(line, supplier, brand, tire, season.get(), price, available, lead,
                        cert.isEmpty() ? null : cert.toUpperCase(Locale.ROOT)));
            }
        }

        private BigDecimal price(String text, int line, ErrorCollector errors) {
            String t = text.replace(" ", "").replace("\u00a0", "").replace(',', '.');
            if (t.isEmpty() || !Values.isPlainDecimal(t) || t.startsWith("+") || t.startsWith("-")) {
                errors.add(line, field(PRICE), "'" + text + "' is not a unit price (a number such as 8950.00)");
                return null;
            }
            BigDecimal p = new BigDecimal(t);
            if (p.signum() <= 0 || p.compareTo(MAX_PRICE) > 0 || p.stripTrailingZeros().scale() > 2) {
                errors.add(line, field(PRICE), "unit price " + text + " must be above 0, at most 100,000,000 and"
                        + " have at most two decimals");
                return null;
            }
            return p;
        }

        private Integer whole(String text, int min, int max, Integer ifEmpty, String column, int line,
                              ErrorCollector errors) {
            if (text.isEmpty() && ifEmpty != null) {
                return ifEmpty;
            }
            String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
            if (t.isEmpty() || t.length() > 7 || !t.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
                errors.add(line, field(column), "'" + text + "' is not a whole number " + min + ".." + max);
                return null;
            }
            return Integer.parseInt(t);
        }

        private String get(String[] row, String column) {
            return cols.get(row, column);
        }

        private String field(String column) {
            return cols.field(column);
        }
    }
}
