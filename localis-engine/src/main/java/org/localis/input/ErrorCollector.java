package org.localis.input;

import java.util.ArrayList;
import java.util.List;

/** Collects errors while a file is read, and fails once at the end with all of them. */
public final class ErrorCollector {

    /** Past this many errors a reader stops collecting: the file is clearly of the wrong kind. */
    public static final int MAX_ERRORS = 200;

    private final String file;
    private final List<InputError> errors = new ArrayList<>();
    private boolean truncated;

    public ErrorCollector(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void add(int line, String field, String message) {
        add(InputError.of(file, line, field, message));
    }

    public void add(InputError error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else {
            truncated = true;
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean full() {
        return errors.size() >= MAX_ERRORS;
    }

    public List<InputError> errors() {
        if (!truncated) {
            return List.copyOf(errors);
        }
        List<InputError> all = new ArrayList<>(errors);
        all.add(InputError.ofFile(file, "more than " + MAX_ERRORS + " errors; the rest are not listed"));
        return all;
    }

    /** Throws {@link InvalidInputException} if anything was collected. */
    public void throwIfAny() {
        if (hasErrors()) {
            throw new InvalidInputException(errors());
        }
    }
}
