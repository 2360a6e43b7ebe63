package org.rhomboid.node;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Names the node that answered, before anything else runs, so even a refusal or an error says where it came from. */
class NodeHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Rhomboid-Node";

    private final NodeName node;

    NodeHeaderFilter(NodeName node) {
        this.node = node;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, node.value());
        chain.doFilter(request, response);
    }
}
