package org.localis.bom;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvDialect;
import org.localis.input.CsvHeader;
import org.localis.input.ErrorCollector;
import org.localis.input.Values;

/**
 * The BOM rules every reader shares (CSV, Excel): the header (known columns, parent or level form) and
 * every field of a line, with the same messages whatever the file's format. A reader turns its rows
 * into {@code String[]} (trimmed or not: values are trimmed here) with the line number to report, and
 * feeds them in file order: the indented form needs the lines above to find a line's parent.
 *
 * <p>One parser reads one file: it keeps the level stack and the string cache of that file.
 */
final class BomRowParser {

    static final Set<String> COLUMNS = Set.of("part", "parent", "level", "description", "quantity",
            "uom", "unit_cost", "currency", "origin", "supplier", "make_buy", "certificate");

    /** Columns read as numbers (an Excel date there is an error, not a number). */
    static final Set<String> NUMERIC_COLUMNS = Set.of("quantity", "unit_cost", "level");

    static final String EMPTY_FILE = "the file is empty (a header row and at least one line are required)";
    static final String NO_LINES = "the BOM has a header but no lines";

    private final ErrorCollector errors;
    private final CsvHeader header;
    private final Columns cols;
    private final boolean byLevel;
    private final int width;
    private final List<String> levelStack = new ArrayList<>();
    private final Map<String, String> interned = new HashMap<>();
    private Amounts amounts;
    private final Last currencyChecked = new Last();
    private final Last originChecked = new Last();
    private final Last uomRead = new Last();
    private final Last currencyRead = new Last();
    private final Last originRead = new Last();
    private final Last supplierRead = new Last();
    private String lastParentRead;
    private String lastParent;

    private BomRowParser(CsvHeader header, boolean byLevel, ErrorCollector errors) {
        this.errors = errors;
        this.cols = new Columns(header);
        this.header = header;
        this.byLevel = byLevel;
        this.width = header.width();
    }

    /**
     * Checks a header row (known columns, part and quantity present, exactly one of parent and level).
     * Problems go into {@code errors}; the caller stops when there are any.
     */
    static BomRowParser forHeader(String[] head, int line, ErrorCollector errors) {
        return forHeader(head, line, errors, errors);
    }

    /** As {@link #forHeader(String[], int, ErrorCollector)}, with the header's problems kept apart from the lines'. */
    static BomRowParser forHeader(String[] head, int line, ErrorCollector headerErrors, ErrorCollector lineErrors) {
        return forHeader(head, line, headerErrors, lineErrors, null);
    }

    /** As above, for a CSV file read in {@code dialect} (decimal commas where its separator allows them). */
    static BomRowParser forHeader(String[] head, int line, ErrorCollector headerErrors, ErrorCollector lineErrors,
                                  CsvDialect dialect) {
        CsvHeader h = CsvHeader.check(head, line, COLUMNS, List.of("part", "quantity"), headerErrors, dialect);
        boolean byParent = h.has("parent");
        boolean byLevel = h.has("level");
        if (byParent && byLevel) {
            headerErrors.add(line, "level", "give either a parent column or a level column, not both");
        } else if (!byParent && !byLevel) {
            headerErrors.add(line, "parent", "a parent column (or a level column for an indented BOM) is required");
        }
        return new BomRowParser(h, byLevel, lineErrors);
    }

    /** The part number of a row as written (for a row whose fields are wrong), or "". */
    String partOf(String[] row) {
        return CsvHeader.at(row, cols.part);
    }

    /** The columns whose values repeat from line to line (for {@link org.localis.input.CsvReader#repeatedValues}). */
    boolean[] repeatedColumns() {
        boolean[] r = new boolean[width];
        for (int c : new int[] {cols.parent, cols.level, cols.quantity, cols.uom, cols.currency, cols.origin, cols.supplier,
                cols.makeBuy, cols.certificate}) {
            if (c >= 0 && c < width) {
                r[c] = true;
            }
        }
        return r;
    }

    /** The position of the quantity column (-1 when absent). */
    int quantityColumn() {
        return cols.quantity;
    }

    /** The position of the unit cost column (-1 when absent). */
    int unitCostColumn() {
        return cols.unitCost;
    }

    /** Whether the BOM is in the indented form (a {@code level} column): a line's parent depends on the lines above. */
    boolean indented() {
        return byLevel;
    }

    /** The number of columns of the header. */
    int width() {
        return width;
    }

    /** One line, or null (with errors) when a field is wrong. */
    BomLine parse(String[] row, int line) {
        return parse(row, line, null);
    }

    /**
     * One line, or null (with errors) when a field is wrong. {@code reported}, when not null, marks the
     * positions whose cell the caller has already reported as wrong (an Excel error value, a date where
     * a number belongs): those fields fail without a second message.
     */
    BomLine parse(String[] row, int line, boolean[] reported) {
        return parse(row, line, reported, -1, -1);
    }

    /**
     * One line of a reader that read the quantity and the unit cost from the bytes where they are plain decimals
     * ({@link org.localis.input.CsvByteReader#packed}): {@code quantity} and {@code unitCost} are those packed decimals
     * (their places in the row are then null), or -1 where the row's text is to be read.
     */
    BomLine parse(String[] row, int line, long quantity, long unitCost) {
        return parse(row, line, null, quantity, unitCost);
    }

    /**
     * The rows' values are trimmed already (by {@link org.localis.input.CsvByteReader#trimmed()}): they are taken as
     * they are, without looking at their ends again.
     */
    void rowsTrimmed() {
        rowsTrimmed = true;
    }

    private boolean rowsTrimmed;

    /** {@link CsvHeader#at}, or the value as it is when the rows are trimmed already. */
    private String at(String[] row, int i) {
        if (!rowsTrimmed) {
            return CsvHeader.at(row, i);
        }
        return i < 0 || i >= row.length ? "" : row[i];
    }

    /** The last make/buy text read and what it was. */
    private String lastMakeBuyText;
    private MakeBuy lastMakeBuy;

    private BomLine parse(String[] row, int line, boolean[] reported, long quantityGiven, long unitCostGiven) {
        Columns h = cols;
        boolean ok = true;
        String part = at(row, h.part);
        if (isReported(reported, h.part)) {
            ok = false;
        } else if (part.isEmpty()) {
            errors.add(line, "part", "a part number is required");
            ok = false;
        }
        String parent;
        if (byLevel) {
            parent = isReported(reported, h.level) ? null
                    : parentFromLevel(at(row, h.level), part, line, levelStack, errors);
            if (parent == null) {
                ok = false;
            }
        } else {
            parent = at(row, h.parent);
            if (isReported(reported, h.parent)) {
                ok = false;
            } else if (!parent.isEmpty() && parent.equals(part)) {
                errors.add(line, "parent", "part " + part + " cannot be its own parent");
                ok = false;
            }
        }
        BigDecimal qty = null;
        long qtyPacked = -1;
        if (isReported(reported, h.quantity)) {
            qty = null;
        } else if (quantityGiven >= 0) {
            qtyPacked = quantityGiven;
            qty = packed(qtyPacked);
        } else {
            String text = at(row, h.quantity);
            qtyPacked = Values.packedDecimal(text);
            qty = qtyPacked >= 0 ? packed(qtyPacked) : header.decimal(text, errors, line, "quantity");
        }
        if (qty == null) {
            ok = false;
        } else if (qty.signum() <= 0) {
            errors.add(line, "quantity", "must be greater than 0 (was " + qty.toPlainString() + ")");
            ok = false;
        }
        MakeBuy makeBuy = MakeBuy.BUY;
        String mbText = at(row, h.makeBuy);
        if (isReported(reported, h.makeBuy)) {
            ok = false;
        } else if (mbText == lastMakeBuyText) { // the very string of the line before (a reader's repeated value)
            makeBuy = lastMakeBuy;
        } else {
            String mb = mbText.toLowerCase(Locale.ROOT);
            if (mb.equals("make")) {
                makeBuy = MakeBuy.MAKE;
            } else if (!mb.isEmpty() && !mb.equals("buy")) {
                errors.add(line, "make_buy", "'" + mbText + "' is not make or buy");
                ok = false;
            }
            if (ok) {
                lastMakeBuyText = mbText;
                lastMakeBuy = makeBuy;
            }
        }
        String costText = unitCostGiven >= 0 ? null : at(row, h.unitCost);
        BigDecimal cost = BigDecimal.ZERO;
        long costPacked = 0; // 0 × 10^0
        if (isReported(reported, h.unitCost)) {
            ok = false;
        } else if (unitCostGiven >= 0) {
            costPacked = unitCostGiven;
            cost = packed(costPacked);
        } else if (costText.isEmpty()) {
            if (makeBuy == MakeBuy.BUY) {
                errors.add(line, "unit_cost", h.hasUnitCost ? "a unit cost is required for a buy line"
                        : "a unit_cost column is required for buy lines");
                ok = false;
            }
        } else {
            costPacked = Values.packedDecimal(costText);
            cost = costPacked >= 0 ? packed(costPacked) : header.decimal(costText, errors, line, "unit_cost");
            if (cost == null) {
                ok = false;
            } else if (cost.signum() < 0) {
                errors.add(line, "unit_cost", "must not be negative (was " + cost.toPlainString() + ")");
                ok = false;
            }
        }
        String currency = at(row, h.currency);
        if (isReported(reported, h.currency)) {
            ok = false;
        } else if (!currency.isEmpty()) {
            String text = currency;
            currency = text == currencyChecked.text ? currencyChecked.value
                    : currencyChecked.remember(text, Values.currency(text, errors, line, "currency"));
            ok &= currency != null;
        }
        String origin = at(row, h.origin);
        if (isReported(reported, h.origin)) {
            ok = false;
        } else if (!origin.isEmpty()) {
            String text = origin;
            origin = text == originChecked.text ? originChecked.value
                    : originChecked.remember(text, Values.country(text, errors, line, "origin"));
            ok &= origin != null;
        }
        if (reported != null && (isReported(reported, h.description) || isReported(reported, h.uom)
                || isReported(reported, h.supplier) || isReported(reported, h.certificate))) {
            ok = false;
        }
        if (!ok) {
            return null;
        }
        if (makeBuy == MakeBuy.MAKE) {
            interned.putIfAbsent(part, part);
        }
        if (amounts != null) {
            amounts.add(qtyPacked, qty, costPacked, cost);
        }
        if (parent != lastParentRead) { // the lines of one parent mostly follow each other
            lastParentRead = parent;
            lastParent = intern(interned, parent);
        }
        return new BomLine(line, part, lastParent, at(row, h.description), qty,
                intern(uomRead, at(row, h.uom)), cost, intern(currencyRead, currency), intern(originRead, origin),
                intern(supplierRead, at(row, h.supplier)), makeBuy, at(row, h.certificate));
    }

    private static BigDecimal packed(long p) {
        return BigDecimal.valueOf(Values.packedUnscaled(p), Values.packedScale(p));
    }

    /**
     * From now on, keeps the quantity and unit cost of every line returned, as unscaled longs and scales read
     * from the text ({@link Bom}'s columns, for a valuation without objects per line).
     */
    Amounts keepAmounts(int expectedLines) {
        amounts = new Amounts(DecimalColumn.growing(expectedLines), DecimalColumn.growing(expectedLines));
        return amounts;
    }

    /** The quantities and unit costs of the lines parsed, in order. */
    record Amounts(DecimalColumn quantities, DecimalColumn unitCosts) {

        void add(long qtyPacked, BigDecimal qty, long costPacked, BigDecimal cost) {
            if (qtyPacked >= 0) {
                quantities.add(Values.packedUnscaled(qtyPacked), Values.packedScale(qtyPacked));
            } else {
                quantities.add(qty);
            }
            if (costPacked >= 0) {
                unitCosts.add(Values.packedUnscaled(costPacked), Values.packedScale(costPacked));
            } else {
                unitCosts.add(cost);
            }
        }
    }

    /** {@link #intern(Map, String)}, at once when {@code s} is the very string the column had last time. */
    private String intern(Last last, String s) {
        if (s != last.text) {
            last.remember(s, intern(interned, s));
        }
        return last.value;
    }

    /**
     * A column's last text and what it became (checked, interned). The CSV reader gives a value that repeats from
     * line to line as the same string, so the same text is recognised without a look-up or a check.
     */
    private static final class Last {
        String text;
        String value;

        /** Remembers {@code value} for {@code text} when it is one (a failed check is not remembered); returns it. */
        String remember(String text, String value) {
            if (value != null) {
                this.text = text;
                this.value = value;
            }
            return value;
        }
    }

    private static boolean isReported(boolean[] reported, int i) {
        return reported != null && i >= 0 && i < reported.length && reported[i];
    }

    /** Column positions, looked up once per file rather than once per field. */
    private static final class Columns {
        final boolean hasUnitCost;
        final int part, parent, level, description, quantity, uom, unitCost, currency, origin, supplier, makeBuy, certificate;

        Columns(CsvHeader h) {
            hasUnitCost = h.has("unit_cost");
            part = h.index("part");
            parent = h.index("parent");
            level = h.index("level");
            description = h.index("description");
            quantity = h.index("quantity");
            uom = h.index("uom");
            unitCost = h.index("unit_cost");
            currency = h.index("currency");
            origin = h.index("origin");
            supplier = h.index("supplier");
            makeBuy = h.index("make_buy");
            certificate = h.index("certificate");
        }
    }

    /** The parent of an indented line: the nearest line above it with level - 1. */
    private static String parentFromLevel(String text, String part, int line, List<String> stack,
                                          ErrorCollector errors) {
        int level;
        try {
            level = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(line, "level", text.isEmpty() ? "a level (1 for a direct child of the product) is required"
                    : "'" + text + "' is not a whole number");
            return null;
        }
        if (level < 1) {
            errors.add(line, "level", "must be 1 or more (1 = direct child of the product)");
            return null;
        }
        if (level > stack.size() + 1) {
            errors.add(line, "level", "level " + level + " follows level " + stack.size()
                    + "; a line can be at most one level deeper than the line above it");
            return null;
        }
        while (stack.size() >= level) {
            stack.remove(stack.size() - 1);
        }
        String parent = stack.isEmpty() ? "" : stack.get(stack.size() - 1);
        stack.add(part);
        return parent;
    }

    private static String intern(Map<String, String> cache, String s) {
        if (s.isEmpty()) {
            return "";
        }
        String prev = cache.get(s);
        if (prev != null) {
            return prev;
        }
        if (cache.size() < 200_000) {
            cache.put(s, s);
        }
        return s;
    }
}
