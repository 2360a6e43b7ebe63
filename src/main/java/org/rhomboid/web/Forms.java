package org.rhomboid.web;

import org.rhomboid.shared.FieldProblemException;
import org.springframework.validation.BindingResult;

/** Puts a service's field rule beside the field it concerns, where the person will look. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult binding, FieldProblemException problem) {
        binding.rejectValue(problem.field(), "rule", problem.getMessage());
    }
}
