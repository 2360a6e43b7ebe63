package org.rhomboid.fuzz;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhomboid.account.Role;
import org.rhomboid.account.access.Permission;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route Rhomboid maps, with the roles its access annotation lets in (read from the annotation's rule, so the
 * fuzz posts as someone the route serves and gets past the role check to the input handling).
 */
final class Routes {

    private static final Pattern PERMISSION = Pattern.compile("Permission\\)\\.(\\w+)\\.grantedTo");

    record Route(String method, String pattern, List<String> roles, HandlerMethod handler) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        String key() {
            return method + " " + pattern;
        }
    }

    private final List<Route> all = new ArrayList<>();

    Routes(RequestMappingHandlerMapping mappings) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.rhomboid")) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    all.add(new Route("GET", pattern, roles(handler), handler));
                }
                methods.forEach(method -> all.add(new Route(method.name(), pattern, roles(handler), handler)));
            }
        }
        all.sort(Comparator.comparing(Route::key));
    }

    List<Route> all() {
        return all;
    }

    /** The route a concrete path (a form's action) belongs to, if Rhomboid maps it. */
    Route matching(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        Route best = null;
        for (Route route : all) {
            PathPattern pattern = PathPatternParser.defaultInstance.parse(route.pattern());
            if (route.method().equals(method) && pattern.matches(container)
                    && (best == null || PathPattern.SPECIFICITY_COMPARATOR.compare(pattern,
                            PathPatternParser.defaultInstance.parse(best.pattern())) < 0)) {
                best = route;
            }
        }
        return best;
    }

    /** Role names, or {@link FuzzCase#ANONYMOUS} for routes open without signing in. */
    private static List<String> roles(HandlerMethod handler) {
        String rule = rule(handler.getMethod());
        if (rule == null) {
            rule = rule(handler.getBeanType());
        }
        if (rule == null || rule.contains("permitAll")) {
            return List.of(FuzzCase.ANONYMOUS);
        }
        Matcher permission = PERMISSION.matcher(rule);
        if (!permission.find()) {
            throw new IllegalStateException("Unknown access rule " + rule + " on " + handler);
        }
        Set<String> names = new TreeSet<>();
        for (Role role : Permission.valueOf(permission.group(1)).roles()) {
            names.add(role.name());
        }
        return List.copyOf(names);
    }

    private static String rule(AnnotatedElement element) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(element, PreAuthorize.class);
        return rule == null ? null : rule.value();
    }
}
