package org.localis.cost;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.localis.input.CsvHeader;
import org.localis.input.CsvTable;
import org.localis.input.ErrorCollector;
import org.localis.input.Values;

/**
 * Reads a cost statement CSV (docs/cost-statement-format.md): {@code section,item,amount} and optionally
 * {@code currency,date,excluded,origin} and the supplier-statement columns {@code statement_net_cost,
 * statement_vnm, statement_amount}. All-or-nothing; every problem is reported as {@code file:line: field: message}.
 */
public final class CostStatementCsvReader {

    static final Set<String> COLUMNS = Set.of("section", "item", "amount", "currency", "date", "excluded", "origin",
            "statement_net_cost", "statement_vnm", "statement_amount", "allocation_basis", "allocation_base",
            "allocation_total");

    private CostStatementCsvReader() {
    }

    /**
     * @param currency the statement's currency (the product's); lines in other currencies are converted at
     *                 {@code rates} on their date
     * @param units    how many units of the good the amounts are for (1 for a per-unit statement)
     */
    public static CostStatement read(InputStream in, String file, String currency, DatedRates rates, BigDecimal units) {
        List<CostLine> lines = new ArrayList<>();
        CsvTable.read(in, file, COLUMNS, List.of("section", "amount"), "a header row section,item,amount is required",
                (row, line, h, errors) -> {
                    CostLine l = line(row, line, h, errors, currency, rates == null ? DatedRates.NONE : rates);
                    if (l != null) {
                        lines.add(l);
                    }
                });
        if (lines.isEmpty()) {
            ErrorCollector errors = new ErrorCollector(file);
            errors.add(0, "", "the cost statement has no cost lines");
            errors.throwIfAny();
        }
        return new CostStatement(file, currency, units, lines);
    }

    private static CostLine line(String[] row, int line, CsvHeader h, ErrorCollector errors, String currency,
                                 DatedRates rates) {
        int before = errors.errors().size();
        String sectionText = h.get(row, "section");
        CostSection section = CostSection.of(sectionText).orElse(null);
        if (section == null) {
            errors.add(line, "section", (sectionText.isEmpty() ? "a section is required" : "'" + sectionText + "' is not a section")
                    + " (one of " + CostSection.codes() + ")");
        }
        String item = h.get(row, "item");
        BigDecimal amount = Values.decimal(h.get(row, "amount"), errors, line, "amount");
        if (amount != null && amount.signum() < 0 && section != CostSection.EXCHANGE) {
            errors.add(line, "amount", "must not be negative (only an exchange line may be: a gain is negative)");
        }
        String cur = h.get(row, "currency");
        BigDecimal rate = BigDecimal.ONE;
        LocalDate date = null;
        String dateText = h.get(row, "date");
        if (!dateText.isEmpty()) {
            date = Values.date(dateText, errors, line, "date");
        }
        if (cur.isEmpty()) {
            cur = currency;
        } else {
            cur = Values.currency(cur, errors, line, "currency");
            if (cur != null && !cur.equals(currency)) {
                if (dateText.isEmpty()) {
                    errors.add(line, "date", "a date is required to convert " + cur + " to " + currency);
                } else if (date != null) {
                    Optional<BigDecimal> r = rates.on(cur, date);
                    if (r.isEmpty()) {
                        errors.add(line, "currency", "no " + cur + " rate in force on " + date
                                + (rates.file().isEmpty() ? " (give a dated rates file)" : " in " + rates.file()));
                    } else {
                        rate = r.get();
                    }
                }
            }
        }
        ExcludedCost excluded = null;
        String exText = h.get(row, "excluded");
        if (!exText.isEmpty()) {
            excluded = ExcludedCost.of(exText).orElse(null);
            if (excluded == null) {
                errors.add(line, "excluded", "'" + exText + "' is not an excluded cost (one of " + ExcludedCost.codes() + ")");
            } else if (section == CostSection.MATERIAL) {
                errors.add(line, "excluded", "excluded costs in the value of a material are not subtracted (s. 7(13)(b)); "
                        + "list the material at its value without this column");
            }
        }
        MaterialOrigin origin = null;
        String orText = h.get(row, "origin");
        if (section == CostSection.MATERIAL) {
            if (orText.isEmpty()) {
                errors.add(line, "origin", "a material line needs its origin (one of " + MaterialOrigin.codes() + ")");
            } else {
                origin = MaterialOrigin.of(orText).orElse(null);
                if (origin == null) {
                    errors.add(line, "origin", "'" + orText + "' is not an origin (one of " + MaterialOrigin.codes() + ")");
                }
            }
        } else if (!orText.isEmpty() && section != null) {
            errors.add(line, "origin", "only material lines have an origin");
        }
        SupplierStatement statement = statement(row, line, h, errors, section, origin);
        BigDecimal[] share = allocation(row, line, h, errors);
        if (errors.errors().size() != before || section == null || amount == null || cur == null) {
            return null;
        }
        BigDecimal converted = amount.multiply(rate);
        String allocation = null;
        if (share != null) {
            AllocationBasis basis = AllocationBasis.of(h.get(row, "allocation_basis")).orElseThrow();
            Allocation.Result r = Allocation.allocate(converted, basis, java.util.Map.of("this good", share[0],
                    "other goods", share[1].subtract(share[0])), null);
            Allocation.Share mine = r.share("this good");
            allocation = "allocated by " + basis.title() + " (" + basis.provision() + "): " + Money.show(converted) + " × "
                    + Money.plain(share[0]) + " ÷ " + Money.plain(share[1]) + " = " + Money.show(mine.amount());
            converted = mine.amount();
        }
        return new CostLine(line, section, item, converted, amount, cur, rate, cur.equals(currency) ? null : date, excluded,
                origin, statement, allocation);
    }

    private static SupplierStatement statement(String[] row, int line, CsvHeader h, ErrorCollector errors,
                                               CostSection section, MaterialOrigin origin) {
        String nc = h.get(row, "statement_net_cost");
        String vnm = h.get(row, "statement_vnm");
        String amt = h.get(row, "statement_amount");
        if (nc.isEmpty() && vnm.isEmpty() && amt.isEmpty()) {
            return null;
        }
        String field = !nc.isEmpty() ? "statement_net_cost" : !vnm.isEmpty() ? "statement_vnm" : "statement_amount";
        if (section != CostSection.MATERIAL || origin != MaterialOrigin.NON_ORIGINATING) {
            errors.add(line, field, "a supplier statement belongs to a non-originating material line");
            return null;
        }
        if (!amt.isEmpty() && (!nc.isEmpty() || !vnm.isEmpty())) {
            errors.add(line, "statement_amount", "give either statement_amount (s. 9(2)(b)) or statement_net_cost and "
                    + "statement_vnm (s. 9(2)(a)) or statement_vnm alone (s. 9(3)), not both");
            return null;
        }
        if (!amt.isEmpty()) {
            BigDecimal a = nonNegative(amt, errors, line, "statement_amount");
            return a == null ? null : SupplierStatement.OriginatingAmount.of(a);
        }
        BigDecimal v = nonNegative(vnm, errors, line, "statement_vnm");
        if (nc.isEmpty()) {
            return v == null ? null : SupplierStatement.NonOriginatingValue.of(v);
        }
        BigDecimal n = nonNegative(nc, errors, line, "statement_net_cost");
        if (n == null || v == null) {
            return null;
        }
        if (v.compareTo(n) > 0) {
            errors.add(line, "statement_vnm", "is larger than statement_net_cost");
            return null;
        }
        return SupplierStatement.NetCostAndVnm.of(n, v);
    }

    /** This good's base and the total base of a shared cost, or null when the line is not allocated. */
    private static BigDecimal[] allocation(String[] row, int line, CsvHeader h, ErrorCollector errors) {
        String basis = h.get(row, "allocation_basis");
        String base = h.get(row, "allocation_base");
        String total = h.get(row, "allocation_total");
        if (basis.isEmpty() && base.isEmpty() && total.isEmpty()) {
            return null;
        }
        boolean ok = true;
        if (AllocationBasis.of(basis).isEmpty()) {
            errors.add(line, "allocation_basis", (basis.isEmpty() ? "an allocation basis is required with allocation_base"
                    : "'" + basis + "' is not an allocation basis") + " (one of " + AllocationBasis.codes() + ")");
            ok = false;
        }
        BigDecimal b = base.isEmpty() ? null : Values.decimal(base, errors, line, "allocation_base");
        BigDecimal t = total.isEmpty() ? null : Values.decimal(total, errors, line, "allocation_total");
        if (base.isEmpty()) {
            errors.add(line, "allocation_base", "this good's allocation base is required with allocation_basis");
            ok = false;
        }
        if (total.isEmpty()) {
            errors.add(line, "allocation_total", "the total allocation base of all goods is required with allocation_basis");
            ok = false;
        }
        if (b == null || t == null || !ok) {
            return null;
        }
        if (b.signum() < 0 || t.signum() <= 0 || b.compareTo(t) > 0) {
            errors.add(line, "allocation_base", "must be between 0 and allocation_total (" + t.toPlainString() + "), which must be positive");
            return null;
        }
        return new BigDecimal[] {b, t};
    }

    private static BigDecimal nonNegative(String text, ErrorCollector errors, int line, String field) {
        if (text.isEmpty()) {
            errors.add(line, field, "a number is required with " + (field.equals("statement_vnm") ? "statement_net_cost" : "statement_vnm"));
            return null;
        }
        BigDecimal v = Values.decimal(text, errors, line, field);
        if (v != null && v.signum() < 0) {
            errors.add(line, field, "must not be negative");
            return null;
        }
        return v;
    }
}
