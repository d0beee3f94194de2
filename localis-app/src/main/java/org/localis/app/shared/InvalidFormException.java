package org.localis.app.shared;

import java.util.List;

/** Thrown when a form cannot be accepted; carries every problem, each naming its field. */
public class InvalidFormException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidFormException(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
