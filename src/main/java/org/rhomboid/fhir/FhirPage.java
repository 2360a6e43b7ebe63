package org.rhomboid.fhir;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One page of a search, read at its offset: the next link carries the offset ({@code _offset}), so the server keeps
 * nothing between pages and any node serves the next one. {@code _count} defaults to 50 and is held to 500.
 */
public record FhirPage(int offset, int count) {

    /** Deep offsets read and skip every row before them; a client paging further narrows its search instead. */
    public static final int MAX_OFFSET = 100_000;

    public static FhirPage of(Integer offset, Integer count) {
        int from = offset == null ? 0 : offset;
        int size = count == null ? FhirServer.DEFAULT_PAGE_SIZE : count;
        if (from < 0 || from > MAX_OFFSET) {
            throw new InvalidRequestException("_offset must be between 0 and " + MAX_OFFSET);
        }
        if (size < 0) {
            throw new InvalidRequestException("_count must not be negative");
        }
        return new FhirPage(from, Math.min(size, FhirServer.MAX_PAGE_SIZE));
    }

    /** The rows a query fetches for this page: one more than the page, to know whether another follows. */
    public int limit() {
        return count + 1;
    }

    /**
     * The page from the rows read with {@link #limit()}: the total is known when the page holds the last match, and
     * counted by {@code count} otherwise. {@code included} are what {@code _revinclude} brought (marked as included);
     * what {@code _include} brings travels in the matches' references.
     */
    public IBundleProvider answer(List<? extends IBaseResource> rows, List<? extends IBaseResource> included,
                                  IntSupplier count) {
        List<IBaseResource> page = new ArrayList<>(rows.subList(0, Math.min(this.count, rows.size())));
        for (IBaseResource resource : included) {
            ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(resource, BundleEntrySearchModeEnum.INCLUDE);
            page.add(resource);
        }
        SimpleBundleProvider provider = new SimpleBundleProvider(page);
        provider.setCurrentPageOffset(offset);
        provider.setCurrentPageSize(this.count);
        provider.setSize(rows.size() > this.count || (rows.isEmpty() && offset > 0) ? count.getAsInt()
                         : offset + rows.size());
        return provider;
    }

    public IBundleProvider answer(List<? extends IBaseResource> rows, IntSupplier count) {
        return answer(rows, List.of(), count);
    }
}
