package org.localis.app.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A date within the years the application works with ({@link Limits#FIRST_YEAR} to {@link Limits#LAST_YEAR}). */
@Documented
@Constraint(validatedBy = YearRange.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface YearRange {

    String message() default "a date from " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int min() default Limits.FIRST_YEAR;

    int max() default Limits.LAST_YEAR;

    /** Null is valid (the field is optional); otherwise the year within [min, max]. */
    class Check implements ConstraintValidator<YearRange, LocalDate> {
        private int min;
        private int max;

        @Override
        public void initialize(YearRange a) {
            min = a.min();
            max = a.max();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= min && value.getYear() <= max);
        }
    }
}
