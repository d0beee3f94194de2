package org.localis.certificate;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvTable;
import org.localis.input.InputFiles;
import org.localis.input.Values;

/** Reads {@code certificates.csv}: id, holder, part, originating, domestic_share, valid_from, valid_to. */
public final class CertificatesCsvReader {

    public static final Set<String> COLUMNS = Set.of("id", "holder", "part", "originating", "domestic_share",
            "valid_from", "valid_to");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CertificatesCsvReader() {
    }

    public static List<SupplierCertificate> read(Path path) {
        return InputFiles.read(path, CertificatesCsvReader::read);
    }

    public static List<SupplierCertificate> read(InputStream in, String file) {
        List<SupplierCertificate> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(in, file, COLUMNS, List.of("id", "originating", "valid_from", "valid_to"),
                "a header row is required", (row, line, h, errors) -> {
                    boolean ok = true;
                    String id = h.get(row, "id");
                    if (id.isEmpty()) {
                        errors.add(line, "id", "a certificate number is required");
                        ok = false;
                    } else if (seen.containsKey(id)) {
                        errors.add(line, "id", "certificate " + id + " is listed twice (first on line " + seen.get(id) + ")");
                        ok = false;
                    }
                    Boolean originating = Values.yesNo(h.get(row, "originating"), errors, line, "originating");
                    BigDecimal share = null;
                    String shareText = h.get(row, "domestic_share");
                    if (!shareText.isEmpty()) {
                        share = h.decimal(shareText, errors, line, "domestic_share");
                        if (share == null) {
                            ok = false;
                        } else if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                            errors.add(line, "domestic_share", "must be a percent between 0 and 100 (was " + shareText + ")");
                            ok = false;
                        }
                    }
                    LocalDate from = Values.date(h.get(row, "valid_from"), errors, line, "valid_from");
                    LocalDate to = Values.date(h.get(row, "valid_to"), errors, line, "valid_to");
                    if (from != null && to != null && to.isBefore(from)) {
                        errors.add(line, "valid_to", "is before valid_from (" + from + ")");
                        ok = false;
                    }
                    if (ok && originating != null && from != null && to != null) {
                        seen.put(id, line);
                        out.add(new SupplierCertificate(line, id, h.get(row, "holder"), h.get(row, "part"), originating,
                                share, from, to, false));
                    }
                });
        return out;
    }
}
