package org.rhomboid.account.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Filing and reading documents from outside the clinic ({@link Permission#FILE_OUTSIDE_DOCUMENTS}). */
@Documented
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("T(org.rhomboid.account.access.Permission).FILE_OUTSIDE_DOCUMENTS.grantedTo(authentication)")
public @interface FilesOutsideDocuments {
}
