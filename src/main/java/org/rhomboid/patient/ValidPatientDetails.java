package org.rhomboid.patient;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PatientDetailsValidator.class)
public @interface ValidPatientDetails {
    String message() default "Patient details are inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
