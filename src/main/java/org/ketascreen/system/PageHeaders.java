package org.ketascreen.system;

import jakarta.inject.Inject;
import org.ketascreen.config.ServiceConfig;
import org.ketascreen.http.Routes;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;


/**
 * Security and caching headers of the intake page, its files and the API (api-contract §8; docs/intake-page.md).
 *
 * <p>Every answer except Quarkus' own {@code /q/*} pages (the Swagger UI needs inline scripts) carries one
 * Content-Security-Policy: this origin's scripts, styles, images and fetches only. Two relaxations exist for
 * LHC-Forms 40.1.3, both measured in Chromium (interop-next §4.4) and re-checked by {@code IntakePageIT}, which
 * fails on any violation: Angular inserts its component styles as {@code <style>} elements
 * ({@code style-src-elem 'unsafe-inline'}; inline style attributes stay blocked), and the radio and check-box
 * controls carry one inline style attribute, {@code width: 100%;}, allowed by its hash alone. On the JSON API the
 * policy is inert (no document to apply it to) and harmless. {@code frame-ancestors} is {@code 'none'} unless a
 * clinic that frames the page configures {@code ketascreen.page.frame-ancestors}.
 *
 * <p>Caching: the vendored LHC-Forms files live under a versioned path and never change, so they are cached for a
 * year; the page's own files are revalidated on every load ({@code no-cache}), so a fix reaches patients at once.
 */
@Singleton
public class PageHeaders {

    /** sha256 of {@code width: 100%;}, the one inline style attribute LHC-Forms' radio and check-box controls set. */
    static final String LHC_FORMS_STYLE_ATTRIBUTE = "'sha256-N6tSydZ64AHCaOWfwKbUhxXx2fRFDxHOaL3e3CO7GPI='";
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " style-src-elem 'self' 'unsafe-inline'; style-src-attr 'unsafe-hashes' " + LHC_FORMS_STYLE_ATTRIBUTE + ";"
            + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors ";
    /** The versioned vendored files: immutable. */
    static final String LFORMS = "/lforms/";
    static final String LONG_CACHE = "public, max-age=31536000, immutable";
    /** {@code 'none'}, {@code 'self'} or https origins, space-separated: nothing that could end the directive. */
    static final Pattern FRAME_ANCESTORS = Pattern.compile("'none'|('self'|https://[A-Za-z0-9.-]+(:\\d{1,5})?)( ('self'|https://[A-Za-z0-9.-]+(:\\d{1,5})?))*");
    /** Runs right after the request id (HttpFallbacks), so refusals and 404s carry the headers too. */
    static final int ORDER = -450;

    private final String policy;
    private final boolean framable;

    @Inject
    public PageHeaders(ServiceConfig config) {
        this(config.page().frameAncestors());
    }

    PageHeaders(String frameAncestors) {
        String ancestors = frameAncestors.trim();
        if (!FRAME_ANCESTORS.matcher(ancestors).matches()) {
            throw new IllegalStateException("Refusing to start: ketascreen.page.frame-ancestors must be 'none', or 'self' "
                    + "and https origins separated by spaces");
        }
        this.policy = POLICY + ancestors;
        this.framable = !ancestors.equals("'none'");
    }

    /** The Content-Security-Policy every answer but /q/* carries. */
    String policy() {
        return policy;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::headers);
    }

    private void headers(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (path.startsWith(Routes.NON_APPLICATION)) {
            rc.next();
            return;
        }
        var headers = rc.response().headers();
        headers.set("Content-Security-Policy", policy);
        headers.set("Referrer-Policy", "no-referrer");
        if (!framable) {
            headers.set("X-Frame-Options", "DENY"); // for browsers without CSP frame-ancestors
        }
        if (!Routes.isApi(path)) {
            // Static files: Quarkus sets its own Cache-Control when it serves one; this runs after it
            rc.addHeadersEndHandler(ignored -> staticCaching(rc, path));
        }
        rc.next();
    }

    private static void staticCaching(RoutingContext rc, String path) {
        int status = rc.response().getStatusCode();
        if (status != 200 && status != 304) {
            return;
        }
        var headers = rc.response().headers();
        headers.set(HttpHeaders.CACHE_CONTROL, path.startsWith(LFORMS) ? LONG_CACHE : "no-cache");
        if (path.endsWith(".md") && !headers.contains(HttpHeaders.CONTENT_TYPE)) {
            headers.set(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8"); // LICENSE.md, readable in the browser
        }
    }
}
