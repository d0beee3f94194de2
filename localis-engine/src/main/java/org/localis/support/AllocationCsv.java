package org.localis.support;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes an allocation table as CSV (RFC 4180: comma separator, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled): a header row, then one row per candidate in the
 * allocation's order. Numbers are plain decimals with '.' as the point. Program totals are not rows
 * (every row is a candidate); see {@link Allocation#allocated()} and {@link Allocation#unallocated()}.
 */
public final class AllocationCsv {

    /** The header row. */
    public static final List<String> HEADER = List.of("product_id", "product_name", "company", "certificate_number",
            "tier", "score", "threshold", "annual_volume", "eligible", "weight", "share", "exact_amount", "amount",
            "currency", "company_capped", "reason");

    private AllocationCsv() {
    }

    /** The row values of one line, in {@link #HEADER} order (shared with the XLSX writer). */
    static List<String> row(AllocationLine l, String currency) {
        Candidate c = l.candidate();
        return List.of(text(c.productId()), text(c.productName()), text(c.company()), text(nz(c.certificateNumber())),
                text(nz(c.tier())),
                Numbers.plain(c.score()), Numbers.plain(c.threshold()), Long.toString(c.annualVolume()),
                Boolean.toString(l.eligible()), Numbers.plain(l.weight()), l.share().toPlainString(),
                l.exactAmount().toPlainString(), Numbers.plain(l.amount()), currency,
                Boolean.toString(l.companyCapped()), text(l.reason()));
    }

    /**
     * Text as a spreadsheet will not run it: a field that starts like a formula (=, +, -, @, tab, CR) gets
     * a leading apostrophe. Product and company names come from manufacturers; an assessor opening the
     * export must not execute them.
     */
    static String text(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public static void write(Allocation allocation, Writer out) throws IOException {
        writeRow(HEADER, out);
        for (AllocationLine l : allocation.lines()) {
            writeRow(row(l, allocation.program().currency()), out);
        }
        out.flush();
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
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char ch = field.charAt(i);
            needs = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
