package org.ketascreen.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifest the build writes to target/kubernetes/kubernetes.yml (Failsafe, after
 * {@code package}) holds every element the platform team needs (docs/operations.md, "Kubernetes"): a
 * Deployment of two replicas with probes on the health endpoints, resources, a heap sized from the
 * memory limit, configuration from a ConfigMap and a Secret, a read-only root filesystem and a non-root
 * user; a Service, a HorizontalPodAutoscaler on CPU and a PodDisruptionBudget; and the image
 * src/main/docker/Dockerfile.jvm builds.
 */
class KubernetesManifestIT {

    static final String NAME = "ketamine-migraine-screening";
    static final long MIB = 1024 * 1024;
    /** VmRSS after 100,000 requests with a 128 MiB heap (docs/performance.md, "Memory", measured before metrics). */
    static final long MEASURED_RSS_WITH_SMALL_HEAP = 172_000_000L;

    static Map<String, JsonNode> byKind = new HashMap<>();
    static JsonNode pod;
    static JsonNode container;

    @BeforeAll
    static void readManifest() throws IOException {
        Path manifest = Path.of(System.getProperty("kubernetes.manifest", "target/kubernetes/kubernetes.yml"));
        assertTrue(Files.exists(manifest), "the build writes " + manifest);
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(manifest.toFile())) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isEmpty()) {
                    assertEquals(null, byKind.put(document.get("kind").asText(), document), "one " + document.get("kind"));
                }
            }
        }
        pod = resource("Deployment").at("/spec/template/spec");
        List<JsonNode> containers = list(pod.get("containers"));
        assertEquals(1, containers.size());
        container = containers.get(0);
    }

    @Test
    void shouldRunTwoReplicasOfTheImageTheDockerfileBuilds() throws IOException {
        JsonNode deployment = resource("Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        assertSelects(deployment.at("/spec/selector/matchLabels"), deployment.at("/spec/template/metadata/labels"));
        String version = System.getProperty("project.version");
        assertNotNull(version, "Failsafe passes project.version");
        assertEquals("ketascreen/ketamine-migraine-screening:" + version, container.get("image").asText());
        assertEquals(8080, container.at("/ports/0/containerPort").asInt());
        assertEquals("http", container.at("/ports/0/name").asText());

        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        String repository = container.get("image").asText().substring(0, container.get("image").asText().lastIndexOf(':'));
        assertTrue(dockerfile.contains("-t " + repository + ":"), "the Dockerfile's build command tags the image the manifest names");
        assertTrue(dockerfile.contains("\nUSER 185\n"), "the image runs as user 185");
        assertTrue(dockerfile.contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/"));
        assertTrue(dockerfile.contains("EXPOSE 8080"));
    }

    @Test
    void shouldProbeTheHealthEndpoints() {
        assertProbe("startupProbe", "/q/health/started");
        assertProbe("livenessProbe", Routes.HEALTH_LIVE);
        assertProbe("readinessProbe", Routes.HEALTH_READY);
        int startupBudget = container.at("/startupProbe/periodSeconds").asInt() * container.at("/startupProbe/failureThreshold").asInt();
        assertTrue(startupBudget >= 30, "a CPU-limited start (about 2 s on 2 cores) has time: " + startupBudget + " s");
    }

    @Test
    void shouldSizeTheHeapFromTheMemoryLimitWithRoomForTheMeasuredRss() {
        JsonNode resources = container.get("resources");
        for (String key : List.of("/requests/cpu", "/requests/memory", "/limits/cpu", "/limits/memory")) {
            assertFalse(resources.at(key).isMissingNode(), "resources" + key);
        }
        long limit = mebibytes(resources.at("/limits/memory").asText());
        assertEquals(limit, mebibytes(resources.at("/requests/memory").asText()), "memory request = limit: never overcommitted");
        int ratio = Integer.parseInt(env("JAVA_MAX_MEM_RATIO").get("value").asText());
        long heap = limit * ratio / 100;
        assertTrue(heap >= 128 * MIB, "heap " + heap / MIB + " MiB holds the 128 MiB the RSS was measured with");
        assertTrue(limit - heap >= 128 * MIB, "non-heap room " + (limit - heap) / MIB + " MiB (metaspace, code, G1, threads)");
        assertTrue(limit >= MEASURED_RSS_WITH_SMALL_HEAP * 1.5, "limit " + limit / MIB + " MiB above the measured RSS with margin");
        assertTrue(millicores(resources.at("/requests/cpu").asText()) <= millicores(resources.at("/limits/cpu").asText()));
    }

    @Test
    void shouldReadAuthAndCorsSettingsFromTheConfigMapAndTheSecret() {
        JsonNode configMap = resource("ConfigMap");
        for (String variable : List.of("KETASCREEN_AUTH_ENABLED", "QUARKUS_HTTP_CORS_ENABLED", "QUARKUS_HTTP_CORS_ORIGINS")) {
            JsonNode ref = env(variable).at("/valueFrom/configMapKeyRef");
            assertEquals(configMap.at("/metadata/name").asText(), ref.get("name").asText(), variable);
            if (!ref.path("optional").asBoolean()) {
                assertTrue(configMap.at("/data").has(ref.get("key").asText()), variable + " has its key in the ConfigMap");
            }
        }
        assertEquals("true", configMap.at("/data/auth-enabled").asText(), "authentication on in production");
        assertEquals("false", configMap.at("/data/cors-enabled").asText(), "CORS off unless origins are listed");
        for (String variable : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES")) {
            JsonNode ref = env(variable).at("/valueFrom/secretKeyRef");
            assertEquals(NAME + "-jwt", ref.get("name").asText(), variable + " from the clinic's Secret");
        }
        assertFalse(byKind.containsKey("Secret"), "the identity provider's settings are the clinic's, never in the repository");
    }

    /** docs/profiles.md: the profile file comes from the ConfigMap, read-only, and ketascreen.profile names it. */
    @Test
    void shouldMountTheClinicProfileFromTheConfigMapAndNameIt() {
        String configMap = resource("ConfigMap").at("/metadata/name").asText();
        JsonNode ref = env("KETASCREEN_PROFILE").at("/valueFrom/configMapKeyRef");
        assertEquals(configMap, ref.get("name").asText());
        assertEquals("profile", ref.get("key").asText());
        assertTrue(ref.get("optional").asBoolean(), "unset: the built-in reference profile");
        JsonNode mount = list(container.get("volumeMounts")).stream()
                .filter(m -> m.get("mountPath").asText().equals("/etc/ketascreen/profile")).findFirst().orElseThrow();
        assertTrue(mount.get("readOnly").asBoolean());
        JsonNode volume = list(pod.get("volumes")).stream()
                .filter(v -> v.get("name").asText().equals(mount.get("name").asText())).findFirst().orElseThrow();
        assertEquals(configMap, volume.at("/configMap/name").asText());
        assertTrue(volume.at("/configMap/optional").asBoolean());
        assertEquals("clinic-profile.json", volume.at("/configMap/items/0/key").asText());
        assertEquals("clinic-profile.json", volume.at("/configMap/items/0/path").asText());
        assertFalse(resource("ConfigMap").at("/data").has("profile"), "no clinic's profile is deployed by default");
    }

    @Test
    void shouldRunAsNonRootOnAReadOnlyRootFilesystem() {
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals(185, pod.at("/securityContext/runAsUser").asInt());
        JsonNode security = container.get("securityContext");
        assertTrue(security.get("readOnlyRootFilesystem").asBoolean());
        assertFalse(security.get("allowPrivilegeEscalation").asBoolean());
        assertEquals("ALL", security.at("/capabilities/drop/0").asText());
        assertEquals("/tmp", container.at("/volumeMounts/0/mountPath").asText(), "the one writable path");
        String volume = container.at("/volumeMounts/0/name").asText();
        assertTrue(list(pod.get("volumes")).stream().anyMatch(v -> v.get("name").asText().equals(volume) && v.has("emptyDir")));
        assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), "no API token in the pod");
    }

    @Test
    void shouldDrainBeforeStoppingWithinTheGracePeriod() throws IOException {
        long delay = seconds(env("QUARKUS_SHUTDOWN_DELAY").get("value").asText());
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        assertEquals("true", properties.getProperty("quarkus.shutdown.delay-enabled"), "the delay is built in");
        long timeout = seconds(properties.getProperty("quarkus.shutdown.timeout"));
        int unready = container.at("/readinessProbe/periodSeconds").asInt() * container.at("/readinessProbe/failureThreshold").asInt();
        assertTrue(delay > unready, "readiness is probed DOWN (" + unready + " s) within the delay (" + delay + " s)");
        assertTrue(pod.get("terminationGracePeriodSeconds").asInt() > delay + timeout, "Kubernetes waits for delay + timeout");
    }

    @Test
    void shouldExposeScaleAndProtectTheDeployment() {
        JsonNode podLabels = resource("Deployment").at("/spec/template/metadata/labels");

        JsonNode service = resource("Service");
        assertSelects(service.at("/spec/selector"), podLabels);
        assertEquals("http", service.at("/spec/ports/0/targetPort").asText());

        JsonNode hpa = resource("HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", hpa.get("apiVersion").asText());
        assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
        assertEquals(NAME, hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals(NAME, resource("Deployment").at("/metadata/name").asText());
        assertEquals(2, hpa.at("/spec/minReplicas").asInt());
        assertTrue(hpa.at("/spec/maxReplicas").asInt() > 2);
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
        assertEquals("Utilization", hpa.at("/spec/metrics/0/resource/target/type").asText());

        JsonNode pdb = resource("PodDisruptionBudget");
        assertEquals("policy/v1", pdb.get("apiVersion").asText());
        assertSelects(pdb.at("/spec/selector/matchLabels"), podLabels);
        assertEquals(1, pdb.at("/spec/minAvailable").asInt(), "one pod always serves during a node drain");
    }

    private static void assertProbe(String probe, String path) {
        JsonNode get = container.at("/" + probe + "/httpGet");
        assertEquals(path, get.get("path").asText(), probe);
        assertEquals("http", get.get("port").asText(), probe);
    }

    private static void assertSelects(JsonNode selector, JsonNode podLabels) {
        assertFalse(selector.isMissingNode() || selector.isEmpty(), "a selector");
        selector.fields().forEachRemaining(e -> assertEquals(e.getValue().asText(), podLabels.path(e.getKey()).asText(), e.getKey()));
    }

    private static JsonNode resource(String kind) {
        JsonNode resource = byKind.get(kind);
        assertNotNull(resource, "the manifest holds a " + kind);
        return resource;
    }

    private static JsonNode env(String name) {
        return list(container.get("env")).stream().filter(e -> e.get("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no environment variable " + name));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    static long mebibytes(String quantity) {
        assertTrue(quantity.endsWith("Mi") || quantity.endsWith("Gi"), "memory in Mi or Gi: " + quantity);
        long n = Long.parseLong(quantity.substring(0, quantity.length() - 2));
        return quantity.endsWith("Gi") ? n * 1024 * MIB : n * MIB;
    }

    static long millicores(String quantity) {
        return quantity.endsWith("m") ? Long.parseLong(quantity.substring(0, quantity.length() - 1)) : Long.parseLong(quantity) * 1000;
    }

    static long seconds(String duration) {
        assertTrue(duration.matches("\\d+s"), "a duration in seconds: " + duration);
        return Long.parseLong(duration.substring(0, duration.length() - 1));
    }
}
