package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Keeping the clinic's own exercises ({@link Permission#KEEP_EXERCISE_LIBRARY}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).KEEP_EXERCISE_LIBRARY.grantedTo(authentication)")
public @interface KeepsExerciseLibrary {
}
