package org.localis.bom;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvHeader;
import org.localis.input.CsvReader;
import org.localis.input.ErrorCollector;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;

/**
 * Reads {@code bom.csv} as {@code shared/spec/formats.md} defines it: either a {@code parent} column
 * or an indented {@code level} column, every problem reported as {@code file:line: column: message},
 * and the whole file rejected when anything is wrong.
 */
public final class BomCsvReader {

    public static final Set<String> COLUMNS = Set.of("part", "parent", "level", "description", "quantity",
            "uom", "unit_cost", "currency", "origin", "supplier", "make_buy", "certificate");

    private BomCsvReader() {
    }

    public static Bom read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InvalidInputException(org.localis.input.InputError.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads and validates a BOM; {@code file} is the name used in error messages. */
    public static Bom read(InputStream in, String file) {
        return Bom.of(file, readLines(in, file));
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        List<BomLine> lines = new ArrayList<>();
        Map<String, String> interned = new HashMap<>();
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", "the file is empty (a header row and at least one line are required)");
                errors.throwIfAny();
            }
            CsvHeader h = CsvHeader.check(head, csv.recordLine(), COLUMNS, List.of("part", "quantity"), errors);
            boolean byParent = h.has("parent");
            boolean byLevel = h.has("level");
            if (byParent && byLevel) {
                errors.add(csv.recordLine(), "level", "give either a parent column or a level column, not both");
            } else if (!byParent && !byLevel) {
                errors.add(csv.recordLine(), "parent", "a parent column (or a level column for an indented BOM) is required");
            }
            if (errors.hasErrors()) {
                errors.throwIfAny();
            }
            List<String> levelStack = new ArrayList<>();
            Columns cols = new Columns(h);
            String[] row;
            while ((row = csv.next()) != null) {
                int line = csv.recordLine();
                if (row.length != h.width()) {
                    errors.add(line, "", "has " + row.length + " fields but the header has " + h.width());
                    if (errors.full()) {
                        break;
                    }
                    continue;
                }
                BomLine l = line(row, line, cols, byLevel, levelStack, errors, interned);
                if (l != null) {
                    lines.add(l);
                }
                if (errors.full()) {
                    break;
                }
            }
            if (lines.isEmpty() && !errors.hasErrors()) {
                errors.add(0, "", "the BOM has a header but no lines");
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        errors.throwIfAny();
        return lines;
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

    private static BomLine line(String[] row, int line, Columns h, boolean byLevel, List<String> levelStack,
                                ErrorCollector errors, Map<String, String> interned) {
        boolean ok = true;
        String part = CsvHeader.at(row, h.part);
        if (part.isEmpty()) {
            errors.add(line, "part", "a part number is required");
            ok = false;
        }
        String parent;
        if (byLevel) {
            parent = parentFromLevel(CsvHeader.at(row, h.level), part, line, levelStack, errors);
            if (parent == null) {
                ok = false;
            }
        } else {
            parent = CsvHeader.at(row, h.parent);
            if (!parent.isEmpty() && parent.equals(part)) {
                errors.add(line, "parent", "part " + part + " cannot be its own parent");
                ok = false;
            }
        }
        BigDecimal qty = Values.decimal(CsvHeader.at(row, h.quantity), errors, line, "quantity");
        if (qty == null) {
            ok = false;
        } else if (qty.signum() <= 0) {
            errors.add(line, "quantity", "must be greater than 0 (was " + qty.toPlainString() + ")");
            ok = false;
        }
        MakeBuy makeBuy = MakeBuy.BUY;
        String mb = CsvHeader.at(row, h.makeBuy).toLowerCase(Locale.ROOT);
        if (mb.equals("make")) {
            makeBuy = MakeBuy.MAKE;
        } else if (!mb.isEmpty() && !mb.equals("buy")) {
            errors.add(line, "make_buy", "'" + CsvHeader.at(row, h.makeBuy) + "' is not make or buy");
            ok = false;
        }
        String costText = CsvHeader.at(row, h.unitCost);
        BigDecimal cost = BigDecimal.ZERO;
        if (costText.isEmpty()) {
            if (makeBuy == MakeBuy.BUY) {
                errors.add(line, "unit_cost", h.hasUnitCost ? "a unit cost is required for a buy line"
                        : "a unit_cost column is required for buy lines");
                ok = false;
            }
        } else {
            cost = Values.decimal(costText, errors, line, "unit_cost");
            if (cost == null) {
                ok = false;
            } else if (cost.signum() < 0) {
                errors.add(line, "unit_cost", "must not be negative (was " + cost.toPlainString() + ")");
                ok = false;
            }
        }
        String currency = CsvHeader.at(row, h.currency);
        if (!currency.isEmpty()) {
            currency = Values.currency(currency, errors, line, "currency");
            ok &= currency != null;
        }
        String origin = CsvHeader.at(row, h.origin);
        if (!origin.isEmpty()) {
            origin = Values.country(origin, errors, line, "origin");
            ok &= origin != null;
        }
        if (!ok) {
            return null;
        }
        if (makeBuy == MakeBuy.MAKE) {
            interned.putIfAbsent(part, part);
        }
        return new BomLine(line, part, intern(interned, parent), CsvHeader.at(row, h.description), qty,
                intern(interned, CsvHeader.at(row, h.uom)), cost, intern(interned, currency), intern(interned, origin),
                intern(interned, CsvHeader.at(row, h.supplier)), makeBuy, CsvHeader.at(row, h.certificate));
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
