package org.rhomboid.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.ETagSupportEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;
import org.rhomboid.link.PublicLinks;
import org.springframework.stereotype.Component;

/**
 * Rhomboid's FHIR R4 server: one resource provider per type over Rhomboid's own tables (never a copy), JSON by
 * default and XML on request. No paging provider: every page is read again from its offset in the next link, so
 * paging needs no memory on any node (docs/scaling.md). The base address is the configured public one, never the
 * request's Host header.
 */
@Component
public class FhirServer extends RestfulServer {

    /** A page's size when the client names none, and the most it may ask for. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;

    private final transient List<IResourceProvider> resources;
    private final transient List<FhirOperations> operations;
    private final transient List<FhirInterceptor> interceptors;
    private final transient PublicLinks links;

    FhirServer(FhirContext context, List<IResourceProvider> resources, List<FhirOperations> operations,
               List<FhirInterceptor> interceptors, PublicLinks links) {
        super(context);
        this.resources = resources;
        this.operations = operations;
        this.interceptors = interceptors;
        this.links = links;
    }

    @Override
    protected void initialize() {
        setResourceProviders(List.copyOf(resources));
        setPlainProviders(List.copyOf(operations));
        interceptors.forEach(this::registerInterceptor);
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        setETagSupport(ETagSupportEnum.ENABLED);
        setDefaultPageSize(DEFAULT_PAGE_SIZE);
        setMaximumPageSize(MAX_PAGE_SIZE);
        setServerAddressStrategy((servletContext, request) -> links.address().to("/fhir"));
        setImplementationDescription("Rhomboid");
        setServerName("Rhomboid FHIR R4 server");
    }
}
