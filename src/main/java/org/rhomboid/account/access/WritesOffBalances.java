package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Write-offs and billing the patient ({@link Permission#WRITE_OFF_BALANCES}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).WRITE_OFF_BALANCES.grantedTo(authentication)")
public @interface WritesOffBalances {
}
