package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Today's caseload ({@link Permission#SEE_CASELOAD}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).SEE_CASELOAD.grantedTo(authentication)")
public @interface SeesCaseload {
}
