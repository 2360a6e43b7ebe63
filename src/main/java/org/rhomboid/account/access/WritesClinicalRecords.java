package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** The physical therapist's clinical writing and signatures ({@link Permission#WRITE_CLINICAL_RECORDS}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).WRITE_CLINICAL_RECORDS.grantedTo(authentication)")
public @interface WritesClinicalRecords {
}
