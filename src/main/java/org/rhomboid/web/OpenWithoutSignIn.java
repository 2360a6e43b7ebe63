package org.rhomboid.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A route anyone may reach without signing in: the sign-in and error pages, the API's token request, and the
 * patient's own pages behind a secret link (intake, measures, exercise portal), which check the link themselves.
 */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("permitAll()")
public @interface OpenWithoutSignIn {
}
