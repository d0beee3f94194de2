package org.localis.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvHeader;
import org.localis.input.CsvTable;
import org.localis.input.ErrorCollector;

/**
 * The open-data CSV of the registry of Russian industrial products (state industrial information system,
 * Decree No. 719): 27 columns in a fixed order, comma-separated, fields quoted where needed, an empty field
 * written as {@code -}, dates as {@code dd.mm.yyyy}, flags as {@code Да}/{@code Нет}. Tools that read that file
 * read what {@link #write} writes.
 *
 * <p>{@link #read} is all-or-nothing: every problem of every row (with its line and column) or every record.
 * It accepts what such files hold in practice: ISO dates as well as {@code dd.mm.yyyy}, a decimal comma in a
 * file separated by semicolons, the columns in any order and in any case, {@code -} or nothing for "not given".
 */
public final class RegistryRecordsCsv {

    /** The columns, in the open-data file's order. */
    public static final List<String> COLUMNS = List.of("Nameoforg", "OGRN", "INN", "Orgaddr", "Productmanufaddress",
            "Regnumber", "Ektrudp", "Docdate", "Docvalidtill", "Enddate", "Registernumber", "Productname", "OKPD2", "TNVED",
            "Nameofregulations", "Score", "Percentage", "Scoredesc", "Iselectronicproduct", "Isai",
            "ElectronicProductLevel", "Docname", "Docdatebasis", "Docnum", "Docvalidtilltpp", "Mptdep", "Resdocnum");

    private static final List<String> REQUIRED = List.of("nameoforg", "inn", "docdate", "docvalidtill", "registernumber",
            "productname");
    private static final Set<String> KNOWN;
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static {
        Set<String> known = new LinkedHashSet<>();
        COLUMNS.forEach(c -> known.add(c.toLowerCase(Locale.ROOT)));
        KNOWN = Set.copyOf(known);
    }

    private RegistryRecordsCsv() {
    }

    /**
     * Reads every record of the file.
     *
     * @throws org.localis.input.InvalidInputException with every problem found (file, line, column)
     */
    public static List<RegistryRecord> read(InputStream in, String file) {
        List<RegistryRecord> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(in, file, KNOWN, REQUIRED, "the header of the registry's open-data file: " + String.join(",", COLUMNS),
                (row, line, h, errors) -> {
                    Row r = new Row(row, line, h, errors);
                    String number = r.text("Registernumber");
                    if (number.isEmpty()) {
                        errors.add(line, "Registernumber", "the registry record number is required");
                    } else if (seen.putIfAbsent(number, line) != null) {
                        errors.add(line, "Registernumber", "record " + number + " is listed twice (first on line "
                                + seen.get(number) + ")");
                    }
                    String name = r.text("Productname");
                    if (name.isEmpty()) {
                        errors.add(line, "Productname", "the product name is required");
                    }
                    if (r.text("Nameoforg").isEmpty()) {
                        errors.add(line, "Nameoforg", "the manufacturer's name is required");
                    }
                    String inn = r.text("INN");
                    RegistryIds.innProblem(inn).ifPresent(m -> errors.add(line, "INN", m));
                    String ogrn = r.text("OGRN");
                    if (!ogrn.isEmpty()) {
                        RegistryIds.ogrnProblem(ogrn).ifPresent(m -> errors.add(line, "OGRN", m));
                    }
                    String okpd2 = r.text("OKPD2");
                    if (!okpd2.isEmpty()) {
                        RegistryIds.okpd2Problem(okpd2).ifPresent(m -> errors.add(line, "OKPD2", m));
                    }
                    String tnved = r.text("TNVED");
                    if (!tnved.isEmpty()) {
                        RegistryIds.tnvedProblem(tnved).ifPresent(m -> errors.add(line, "TNVED", m));
                    }
                    LocalDate from = r.date("Docdate", true);
                    LocalDate to = r.date("Docvalidtill", true);
                    if (from != null && to != null && to.isBefore(from)) {
                        errors.add(line, "Docvalidtill", "is before the record's date (" + DOTTED.format(from) + ")");
                    }
                    RegistryRecord rec = new RegistryRecord(r.text("Nameoforg"), ogrn, inn, r.text("Orgaddr"),
                            r.text("Productmanufaddress"), r.text("Regnumber"), r.text("Ektrudp"), from, to,
                            r.date("Enddate", false), number, name, okpd2, tnved, r.text("Nameofregulations"),
                            r.decimal("Score"), r.decimal("Percentage"), r.text("Scoredesc"), r.flag("Iselectronicproduct"),
                            r.flag("Isai"), r.text("ElectronicProductLevel"), r.text("Docname"), r.date("Docdatebasis", false),
                            r.text("Docnum"), r.date("Docvalidtilltpp", false), r.text("Mptdep"), r.text("Resdocnum"));
                    if (!errors.hasErrors()) {
                        out.add(rec);
                    }
                });
        return List.copyOf(out);
    }

    /** Writes the records with the open-data file's header, in the given order. */
    public static void write(List<RegistryRecord> records, Writer out) throws IOException {
        writeRow(COLUMNS, out);
        for (RegistryRecord r : records) {
            writeRow(row(r), out);
        }
        out.flush();
    }

    /** One record's fields in column order, as the file writes them. */
    public static List<String> row(RegistryRecord r) {
        return List.of(dash(r.organizationName()), dash(r.ogrn()), dash(r.inn()), dash(r.organizationAddress()),
                dash(r.productionAddress()), dash(r.earlierNumber()), dash(r.ektruCode()), date(r.recordDate()),
                date(r.validTo()), date(r.endDate()), dash(r.registerNumber()), dash(r.productName()), dash(r.okpd2()),
                dash(r.tnved()), dash(r.specification()), number(r.score()), number(r.percentage()),
                dash(r.scoreDescription()), flag(r.electronicProduct()), flag(r.artificialIntelligence()),
                dash(r.electronicLevel()), dash(r.basisDocumentName()), date(r.basisDocumentDate()),
                dash(r.basisDocumentNumber()), date(r.basisDocumentValidTo()), dash(r.department()), dash(r.decisionNumber()));
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "-" : DOTTED.format(d);
    }

    private static String number(BigDecimal n) {
        return n == null ? "-" : n.toPlainString();
    }

    private static String flag(Boolean b) {
        return b == null ? "-" : b ? "Да" : "Нет";
    }

    private static void writeRow(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf(';') >= 0 || (!field.isEmpty()
                && (field.charAt(0) <= ' ' || field.charAt(field.length() - 1) <= ' '));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** One row's values, each problem reported with its line and column. */
    private record Row(String[] row, int line, CsvHeader h, ErrorCollector errors) {

        String text(String column) {
            String v = h.get(row, column.toLowerCase(Locale.ROOT));
            return v.equals("-") ? "" : v;
        }

        LocalDate date(String column, boolean required) {
            String v = text(column);
            if (v.isEmpty()) {
                if (required) {
                    errors.add(line, column, "a date (dd.mm.yyyy) is required");
                }
                return null;
            }
            try {
                return v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : LocalDate.parse(v, DOTTED);
            } catch (DateTimeParseException e) {
                errors.add(line, column, "'" + v + "' is not a date (dd.mm.yyyy or yyyy-mm-dd)");
                return null;
            }
        }

        BigDecimal decimal(String column) {
            String v = text(column);
            return v.isEmpty() ? null : h.decimal(v, errors, line, column);
        }

        Boolean flag(String column) {
            String v = text(column).toLowerCase(Locale.ROOT);
            return switch (v) {
                case "" -> null;
                case "да", "yes", "true", "1" -> Boolean.TRUE;
                case "нет", "no", "false", "0" -> Boolean.FALSE;
                default -> {
                    errors.add(line, column, "'" + text(column) + "' is not Да or Нет");
                    yield null;
                }
            };
        }
    }
}
