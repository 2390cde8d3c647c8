package org.ketascreen.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ketascreen.page.frame-ancestors: a clinic that frames the page names its origins; nothing else gets into the policy. */
class PageHeadersPolicyTest {

    @ParameterizedTest(name = "frame-ancestors {0}")
    @ValueSource(strings = {"'none'", "'self'", "https://www.clinic.example", "'self' https://www.clinic.example https://intake.clinic.example:8443"})
    void shouldAcceptFrameAncestorsThatAreOriginsOnly(String ancestors) {
        String policy = new PageHeaders(ancestors).policy();
        assertTrue(policy.startsWith("default-src 'none'; script-src 'self'; style-src 'self';"), policy);
        assertTrue(policy.endsWith("; frame-ancestors " + ancestors), policy);
    }

    @ParameterizedTest(name = "frame-ancestors [{0}]")
    @ValueSource(strings = {"*", "https://a.example; script-src *", "http://clinic.example", "'none' https://a.example", "",
            "https://*.example", "https://a.example,https://b.example"})
    void shouldRefuseToStartWithFrameAncestorsThatCouldWidenThePolicy(String ancestors) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new PageHeaders(ancestors));
        assertEquals("Refusing to start: ketascreen.page.frame-ancestors must be 'none', or 'self' and https origins"
                + " separated by spaces", refused.getMessage(), "names the property, never the value");
    }
}
