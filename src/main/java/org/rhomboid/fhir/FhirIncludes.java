package org.rhomboid.fhir;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code _include} and {@code _revinclude} for every provider: each names the includes it supports with the
 * references they follow; the resources referred to are read through their type's {@link FhirReader} (checked and
 * audited, each once per answer) and set on the references, where HAPI's bundle picks them up as included.
 */
@Component
public class FhirIncludes {

    private final ObjectProvider<FhirReader> readers;
    private final ObjectProvider<FhirRevIncluder> revIncluders;

    FhirIncludes(ObjectProvider<FhirReader> readers, ObjectProvider<FhirRevIncluder> revIncluders) {
        this.readers = readers;
        this.revIncluders = revIncluders;
    }

    /**
     * Resolves the requested includes on the matches. {@code supported}: include value ("Observation:patient") →
     * the references it follows in one match; a value not supported is a 400.
     */
    public void include(List<? extends Resource> matches, Set<Include> requested,
                        Map<String, Function<Resource, List<Reference>>> supported) {
        if (requested == null || requested.isEmpty()) {
            return;
        }
        Map<String, Optional<? extends Resource>> read = new HashMap<>();
        for (Include include : requested) {
            Function<Resource, List<Reference>> follow = supported.get(include.getValue());
            if (follow == null) {
                throw new InvalidRequestException("_include=" + include.getValue() + " is not supported here;"
                        + " supported: " + String.join(", ", supported.keySet()));
            }
            for (Resource match : matches) {
                for (Reference reference : follow.apply(match)) {
                    String target = reference.getReference();
                    if (target == null || !target.contains("/")) {
                        continue;
                    }
                    read.computeIfAbsent(target, this::find).ifPresent(reference::setResource);
                }
            }
        }
    }

    /** The resources the requested {@code _revinclude}s bring for the matches; an unsupported one is a 400. */
    public List<Resource> revinclude(List<? extends Resource> matches, Set<Include> requested) {
        List<Resource> brought = new ArrayList<>();
        if (requested == null || requested.isEmpty() || matches.isEmpty()) {
            return brought;
        }
        List<String> targets = matches.stream().map(m -> m.fhirType() + "/" + m.getIdPart()).toList();
        for (Include include : requested) {
            FhirRevIncluder includer = revIncluders.orderedStream()
                    .filter(r -> r.revinclude().equals(include.getValue())).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("_revinclude=" + include.getValue()
                            + " is not supported"));
            brought.addAll(includer.referringTo(targets));
        }
        return brought;
    }

    private Optional<? extends Resource> find(String reference) {
        String[] parts = reference.split("/");
        String type = parts[parts.length - 2];
        String id = parts[parts.length - 1];
        return readers.orderedStream().filter(r -> r.type().equals(type)).findFirst()
                .flatMap(reader -> reader.find(id).map(r -> (Resource) r));
    }
}
