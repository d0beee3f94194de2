package org.localis.operation;

import java.io.IOException;
import java.io.InputStream;
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
import org.localis.input.InputError;
import org.localis.input.InvalidInputException;
import org.localis.input.Values;

/** Reads {@code operations.csv}: code, performed (yes/no), evidence. */
public final class OperationsCsvReader {

    public static final Set<String> COLUMNS = Set.of("code", "performed", "evidence", "description");

    private OperationsCsvReader() {
    }

    public static Operations read(Path path) {
        String name = String.valueOf(path.getFileName());
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(name, "cannot be read: " + e.getMessage()));
        }
    }

    public static Operations read(InputStream in, String file) {
        ErrorCollector errors = new ErrorCollector(file);
        List<Operation> ops = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (CsvReader csv = new CsvReader(in)) {
            String[] head = csv.next();
            if (head == null) {
                errors.add(0, "", "the file is empty (a header row code,performed is required)");
                errors.throwIfAny();
            }
            CsvHeader h = CsvHeader.check(head, csv.recordLine(), COLUMNS, List.of("code", "performed"), errors);
            errors.throwIfAny();
            String[] row;
            while ((row = csv.next()) != null) {
                int line = csv.recordLine();
                if (row.length != h.width()) {
                    errors.add(line, "", "has " + row.length + " fields but the header has " + h.width());
                    continue;
                }
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
            }
        } catch (CsvReader.SyntaxException e) {
            errors.add(e.line(), "", e.getMessage());
        } catch (IOException e) {
            errors.add(0, "", "cannot be read: " + e.getMessage());
        }
        errors.throwIfAny();
        return new Operations(file, ops);
    }
}
