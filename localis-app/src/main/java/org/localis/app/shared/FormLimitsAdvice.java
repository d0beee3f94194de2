package org.localis.app.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's form that breaks a declared limit ({@link Limits}, Bean Validation on the form record): 400 with the
 * form-errors page, one message per field, naming the field and its limit in the reader's language. The REST
 * API's answer to the same is a problem document ({@link ApiExceptionHandler}).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class FormLimitsAdvice {

    /** One field over its limit: the field's name, the message key and its arguments, and the English text. */
    public record LimitProblem(String field, String messageKey, Object[] args, String text) {
    }

    @ExceptionHandler(BindException.class)
    public ModelAndView overLimit(BindException e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("form-errors", HttpStatus.BAD_REQUEST);
        page.addObject("problems", problems(e));
        String back = request.getRequestURI();
        page.addObject("back", back);
        return page;
    }

    public static List<LimitProblem> problems(BindException e) {
        return e.getFieldErrors().stream().map(FormLimitsAdvice::problem).toList();
    }

    static LimitProblem problem(FieldError f) {
        String field = f.getField();
        ConstraintViolation<?> v = f.contains(ConstraintViolation.class) ? f.unwrap(ConstraintViolation.class) : null;
        if (v == null) {
            return new LimitProblem(field, "limits.type", new Object[0], "is not a valid value");
        }
        var attrs = v.getConstraintDescriptor().getAttributes();
        String kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (kind) {
            case "Size" -> new LimitProblem(field, "limits.size", new Object[]{attrs.get("max")},
                    "at most " + attrs.get("max") + " characters");
            case "Max" -> new LimitProblem(field, "limits.max", new Object[]{String.valueOf(attrs.get("value"))},
                    "at most " + attrs.get("value"));
            case "Min", "PositiveOrZero", "Positive" -> new LimitProblem(field, "limits.min",
                    new Object[]{String.valueOf(attrs.getOrDefault("value", 0))}, "at least " + attrs.getOrDefault("value", 0));
            case "DecimalMax" -> new LimitProblem(field, "limits.max", new Object[]{attrs.get("value")},
                    "at most " + attrs.get("value"));
            case "DecimalMin" -> new LimitProblem(field, "limits.min", new Object[]{attrs.get("value")},
                    "at least " + attrs.get("value"));
            case "Digits" -> new LimitProblem(field, "limits.digits", new Object[]{attrs.get("integer"), attrs.get("fraction")},
                    "at most " + attrs.get("integer") + " digits before the decimal point and " + attrs.get("fraction") + " after");
            case "YearRange" -> new LimitProblem(field, "limits.years", new Object[]{String.valueOf(attrs.get("min")),
                    String.valueOf(attrs.get("max"))}, "at least " + attrs.get("min") + " and at most " + attrs.get("max") + " (the year)");
            default -> new LimitProblem(field, "limits.invalid", new Object[0], v.getMessage());
        };
    }
}
