package org.ketascreen.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Decides, before Quarkus' CORS filter, whether that filter would refuse a request's origin, so that the
 * refusal is a problem+json 403 (api-contract §5) instead of the filter's empty 403. The rule is the
 * filter's own: with CORS on, a request carrying an Origin header passes if the origin is listed in
 * quarkus.http.cors.origins (exactly, or by a /regex/ entry) or is the server's own origin. With CORS
 * off (the default) nothing is refused here and no Access-Control-* header is ever sent.
 */
@Singleton
public class CorsOriginCheck {

    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> patterns;

    public CorsOriginCheck(@ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
                           @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.patterns = this.origins.stream().filter(o -> o.length() > 1 && o.startsWith("/") && o.endsWith("/"))
                .map(o -> Pattern.compile(o.substring(1, o.length() - 1))).toList();
    }

    boolean enabled() {
        return enabled;
    }

    boolean rejects(HttpServerRequest request) {
        if (!enabled) {
            return false;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        return !(origins.contains(origin) || patterns.stream().anyMatch(p -> p.matcher(origin).matches())
                || isSameOrigin(request, origin));
    }

    static boolean isSameOrigin(HttpServerRequest request, String origin) {
        String scheme = request.scheme();
        HostAndPort authority = request.authority();
        if (scheme == null || authority == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!scheme.equals(uri.getScheme()) || uri.getHost() == null || !authority.host().equals(uri.getHost())
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())) {
            return false;
        }
        return port(scheme, authority.port()) == port(scheme, uri.getPort());
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
