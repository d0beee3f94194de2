package org.localis.operation;

import java.io.IOException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.localis.input.CsvTable;
import org.localis.input.InputFiles;
import org.localis.input.Values;

/** Reads {@code operations.csv}: code, performed (yes/no), evidence. */
public final class OperationsCsvReader {

    public static final Set<String> COLUMNS = Set.of("code", "performed", "evidence", "description");

    private OperationsCsvReader() {
    }

    public static Operations read(Path path) {
        return InputFiles.read(path, OperationsCsvReader::read);
    }

    public static Operations read(InputStream in, String file) {
        List<Operation> ops = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CsvTable.read(in, file, COLUMNS, List.of("code", "performed"), "a header row code,performed is required",
                (row, line, h, errors) -> {
                    String code = h.get(row, "code").toLowerCase(Locale.ROOT);
                    boolean ok = true;
                    if (code.isEmpty()) {
                        errors.add(line, "code", "an operation code is required");
                        ok = false;
                    } else if (seen.containsKey(code)) {
                        errors.add(line, "code", "operation " + code + " is listed twice (first on line " + seen.get(code) + ")");
                        ok = false;
                    }
                    Boolean performed = Values.yesNo(h.get(row, "performed"), errors, line, "performed");
                    if (ok && performed != null) {
                        seen.put(code, line);
                        ops.add(new Operation(line, code, performed, h.get(row, "evidence")));
                    }
                });
        return new Operations(file, ops);
    }
}
