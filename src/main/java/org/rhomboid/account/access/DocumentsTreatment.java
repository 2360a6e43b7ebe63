package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Documenting treatment: visit notes, outcome measures, home programmes ({@link Permission#DOCUMENT_TREATMENT}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).DOCUMENT_TREATMENT.grantedTo(authentication)")
public @interface DocumentsTreatment {
}
