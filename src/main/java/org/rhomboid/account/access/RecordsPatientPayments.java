package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** A patient's balance, payments, receipts and statement ({@link Permission#RECORD_PATIENT_PAYMENTS}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).RECORD_PATIENT_PAYMENTS.grantedTo(authentication)")
public @interface RecordsPatientPayments {
}
