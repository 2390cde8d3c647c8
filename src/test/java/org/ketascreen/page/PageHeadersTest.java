package org.ketascreen.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * What the intake page and its files are served with (docs/intake-page.md): the Content-Security-Policy and the other
 * security headers, caching by path, compression of the page's text files only, and the vendored LHC-Forms files
 * with their licence.
 */
@QuarkusTest
class PageHeadersTest {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; style-src-elem 'self' 'unsafe-inline';"
            + " style-src-attr 'unsafe-hashes' 'sha256-N6tSydZ64AHCaOWfwKbUhxXx2fRFDxHOaL3e3CO7GPI='; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String LFORMS = "/lforms/40.1.3/";
    static final Path RESOURCES = Paths.get("src/main/resources/META-INF/resources");
    /** Every file the page loads: index.html's, and the words file intake.js fetches. */
    static final List<String> PAGE_FILES = List.of("/", "/intake/intake.js", "/intake/intake.css", "/intake/icon.svg",
            "/intake/words/en.json",
            LFORMS + "webcomponent/styles.css", LFORMS + "webcomponent/assets/lib/zone.min.js",
            LFORMS + "webcomponent/lhc-forms.js", LFORMS + "fhir/R4/lformsFHIR.min.js",
            LFORMS + "webcomponent/down_arrow_gray_10_10.png", LFORMS + "webcomponent/magnifying_glass.png",
            LFORMS + "LICENSE.md");

    @Test
    void shouldServeThePageAtTheRoot() {
        given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<div id=\"intake-form\""))
                .body(containsString("src=\"/lforms/40.1.3/webcomponent/lhc-forms.js\""));
    }

    @Test
    void shouldReferenceOnlyFilesItServesAndNoInlineScriptOrStyle() throws Exception {
        String html = Files.readString(RESOURCES.resolve("index.html"));
        Matcher refs = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"").matcher(html);
        int count = 0;
        while (refs.find()) {
            count++;
            given().when().get(refs.group(1)).then().statusCode(200);
        }
        assertTrue(count >= 8, "index.html loads its files from this service: " + count);
        assertTrue(!html.contains("<style") && !html.contains(" style=") && !Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(html).find(),
                "no inline script or style");
        assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org"), "no other origin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/intake/intake.js", "/lforms/40.1.3/webcomponent/lhc-forms.js", Routes.V1_QUESTIONNAIRE,
            Routes.V1_RULESET, "/fhir/Questionnaire/ketamine-migraine-intake", "/no-such-page"})
    void shouldSendTheContentSecurityPolicyAndTheOtherSecurityHeaders(String path) {
        given().when().get(path).then()
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }

    @Test
    void shouldLeaveQuarkusOwnPagesToTheirOwnPolicy() {
        given().when().get(Routes.HEALTH_LIVE).then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void shouldCacheTheVersionedFilesForAYearAndRevalidateThePage() {
        for (String path : PAGE_FILES) {
            String expected = path.startsWith(LFORMS) ? "public, max-age=31536000, immutable" : "no-cache";
            given().when().get(path).then().statusCode(200).header("Cache-Control", equalTo(expected));
        }
        given().when().get(LFORMS + "no-such-file.js").then().statusCode(404)
                .header("Cache-Control", not(containsString("immutable")));
        given().contentType("application/json").body("{}").when().post(Routes.V1_SCREENINGS).then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void shouldCompressThePagesScriptsButNotTheApisAnswers() {
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        byte[] gzipped = given().config(raw).header("Accept-Encoding", "gzip").when().get(LFORMS + "webcomponent/lhc-forms.js")
                .then().statusCode(200).header("Content-Encoding", "gzip").extract().asByteArray();
        assertTrue(gzipped.length < 700_000, "lhc-forms.js (1.8 MB) travels gzipped: " + gzipped.length);
        given().config(raw).header("Accept-Encoding", "gzip").when().get(Routes.V1_RULESET).then().statusCode(200)
                .header("Content-Encoding", not(equalTo("gzip")));
        given().config(raw).header("Accept-Encoding", "gzip").contentType("application/json").body("{}")
                .when().post(Routes.V1_SCREENINGS).then().header("Content-Encoding", not(equalTo("gzip")));
    }

    @Test
    void shouldServeTheLicenceBesideTheVendoredFilesAsText() throws Exception {
        String licence = given().when().get(LFORMS + "LICENSE.md").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertTrue(licence.contains("Owner Notice") && licence.contains("National Library of Medicine"), "the NLM licence");
        assertEquals(Files.readString(RESOURCES.resolve("lforms/40.1.3/LICENSE.md")), licence);
    }

    @Test
    void shouldVendorExactlyTheFilesThePageNeeds() throws Exception {
        try (var files = Files.walk(RESOURCES.resolve("lforms"))) {
            List<String> vendored = files.filter(Files::isRegularFile).map(p -> "/" + RESOURCES.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
            assertEquals(PAGE_FILES.stream().filter(p -> p.startsWith(LFORMS)).sorted().toList(), vendored);
        }
    }
}
