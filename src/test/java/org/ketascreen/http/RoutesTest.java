package org.ketascreen.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every JAX-RS route of src/main is one of {@link Routes}' timed routes, so none is timed as /{unmatched}. */
class RoutesTest {

    @Test
    void shouldTimeEveryResourceRouteByName() {
        Set<String> resourceRoutes = new TreeSet<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ketascreen")) {
            Class<?> type = resource.reflect();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Path sub = method.getAnnotation(Path.class);
                boolean endpoint = sub != null || method.isAnnotationPresent(jakarta.ws.rs.GET.class)
                        || method.isAnnotationPresent(jakarta.ws.rs.POST.class);
                if (endpoint) {
                    resourceRoutes.add(sub == null ? base.value() : base.value() + (sub.value().startsWith("/") ? "" : "/") + sub.value());
                }
            }
        }
        assertFalse(resourceRoutes.isEmpty(), "the resources were found");
        for (String route : resourceRoutes) {
            assertTrue(Routes.TIMED.contains(route), route + " is a route of a resource but not in Routes.TIMED");
        }
        assertEquals(Set.of(Routes.PAGE), difference(Set.copyOf(Routes.TIMED), resourceRoutes),
                "Routes.TIMED holds the resources' routes and the page");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void shouldGiveTheCdsHooksDoorItsLargerLimitAndEveryOtherPathTheIntakes() {
        assertEquals(192 * 1024, Routes.maxBodyBytes(Routes.CDS_SERVICE));
        assertEquals(192 * 1024, Routes.maxBodyBytes(Routes.CDS_FEEDBACK));
        assertEquals(64 * 1024, Routes.maxBodyBytes(Routes.V1_SCREENINGS));
        assertEquals(64 * 1024, Routes.maxBodyBytes(Routes.CDS_SERVICES));
        assertEquals(Door.FHIR, Routes.door(Routes.V1_SCREENINGS, "application/fhir+json; charset=UTF-8"));
        assertEquals(Door.JSON, Routes.door(Routes.V1_SCREENINGS, "application/json"));
        assertEquals(Door.CDS_HOOKS, Routes.door(Routes.CDS_FEEDBACK, "application/json"));
        assertEquals(Door.NONE, Routes.door(Routes.V1_RULESET, null));
    }

    @Test
    void shouldDeprecateTheThreePathsOfTheV1DoorInFavourOfTheirV2Paths() {
        assertEquals(Set.of(Routes.V1_SCREENINGS, Routes.V1_RULESET, Routes.V1_QUESTIONNAIRE), Routes.DEPRECATED.keySet());
        assertEquals("@1796342400", Routes.deprecation(Routes.V1_SCREENINGS).deprecationHeader());
        assertEquals("</api/v2/screenings>; rel=\"successor-version\"", Routes.deprecation(Routes.V1_SCREENINGS).linkHeader());
        assertEquals("</api/v2/ruleset>; rel=\"successor-version\"", Routes.deprecation(Routes.V1_RULESET + "/").linkHeader());
        assertEquals("</api/v2/questionnaire>; rel=\"successor-version\"", Routes.deprecation(Routes.V1_QUESTIONNAIRE).linkHeader());
        for (String path : new String[] {null, "/", Routes.API_V1, Routes.API_V1 + "/", Routes.V1_SCREENINGS + "/x",
                Routes.V1_SCREENINGS + "//", Routes.V2_SCREENINGS, Routes.FHIR_METADATA, Routes.CDS_SERVICE, Routes.HEALTH_READY}) {
            assertEquals(null, Routes.deprecation(path), path);
        }
    }
}
