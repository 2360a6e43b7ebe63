package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Check-in, cancellation and no-show ({@link Permission#MARK_ATTENDANCE}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).MARK_ATTENDANCE.grantedTo(authentication)")
public @interface MarksAttendance {
}
