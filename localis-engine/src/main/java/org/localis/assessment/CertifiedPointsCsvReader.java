package org.localis.assessment;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.localis.input.CsvTable;
import org.localis.input.Values;

/**
 * Reads a component-points file (the CLI's {@code --component-points}; the web application asks its
 * registry instead): {@code number,scheme,holder,validity,passed,total,points}, where {@code validity} is
 * valid, expired, revoked or not-yet-valid on the assessment date and {@code points} lists criterion
 * points as {@code code=120;code=30}. Every bad field is reported as {@code file:line: field: message}.
 */
public final class CertifiedPointsCsvReader {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> VALIDITY = Set.of("valid", "expired", "revoked", "not-yet-valid");

    private CertifiedPointsCsvReader() {
    }

    public static List<CertifiedPoints> read(InputStream in, String file) {
        List<CertifiedPoints> out = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        CsvTable.read(in, file, Set.of("number", "scheme", "holder", "validity", "passed", "total", "points"),
                List.of("number", "scheme", "passed", "points"), "a header row number,scheme,holder,validity,passed,total,points is required",
                (row, line, h, errors) -> {
                    String number = h.get(row, "number");
                    String scheme = h.get(row, "scheme");
                    String validity = h.has("validity") && !h.get(row, "validity").isEmpty() ? h.get(row, "validity") : "valid";
                    if (number.isEmpty()) {
                        errors.add(line, "number", "is required");
                    } else if (!numbers.add(number)) {
                        errors.add(line, "number", number + " is listed twice");
                    }
                    if (!CODE.matcher(scheme).matches()) {
                        errors.add(line, "scheme", "'" + scheme + "' is not a scheme id");
                    }
                    if (!VALIDITY.contains(validity)) {
                        errors.add(line, "validity", "'" + validity + "' must be valid, expired, revoked or not-yet-valid");
                    }
                    Boolean passed = Values.yesNo(h.get(row, "passed"), errors, line, "passed");
                    BigDecimal total = h.has("total") && !h.get(row, "total").isEmpty()
                            ? Values.decimal(h.get(row, "total"), errors, line, "total") : BigDecimal.ZERO;
                    Map<String, BigDecimal> points = new LinkedHashMap<>();
                    String list = h.get(row, "points").trim();
                    for (String part : list.isEmpty() ? new String[0] : list.split(";")) {
                        int eq = part.indexOf('=');
                        String code = eq < 0 ? part.trim() : part.substring(0, eq).trim();
                        if (eq < 0 || !CODE.matcher(code).matches()) {
                            errors.add(line, "points", "'" + part.trim() + "' must read code=points, e.g. mgb-housing=120");
                            continue;
                        }
                        BigDecimal p = Values.decimal(part.substring(eq + 1).trim(), errors, line, "points");
                        if (p != null && p.signum() < 0) {
                            errors.add(line, "points", code + ": must not be negative");
                        } else if (p != null && points.put(code, p) != null) {
                            errors.add(line, "points", code + " is listed twice");
                        }
                    }
                    if (passed != null && total != null) {
                        out.add(new CertifiedPoints(number, scheme, h.has("holder") ? h.get(row, "holder") : "",
                                validity.replace('-', ' '), passed, total, points));
                    }
                });
        return out;
    }
}
