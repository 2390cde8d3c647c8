package org.ketascreen.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ketascreen.http.Routes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.Scenarios;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A bounded load test on loopback: {@value #CLIENTS} concurrent clients x {@value #REQUESTS_PER_CLIENT}
 * requests of varied valid and invalid bodies. Every answer must equal, byte for byte, the answer the
 * same body got when sent alone; no request may fail. Bounded by count and by a {@value #LIMIT_SECONDS} s limit.
 */
@QuarkusTest
class LoadTest {

    static final int CLIENTS = 32;
    static final int REQUESTS_PER_CLIENT = 2_000;
    static final int LIMIT_SECONDS = 240;

    @TestHTTPResource(Routes.V1_SCREENINGS)
    URI screenings;

    record Answer(int status, String body) {
    }

    @Test
    void shouldAnswerConcurrentClientsExactlyAsItAnswersOneAtATime() throws Exception {
        List<byte[]> bodies = bodies();
        HttpClient single = client();
        List<Answer> expected = new ArrayList<>();
        for (byte[] body : bodies) {
            expected.add(send(single, body));
        }
        assertTrue(expected.stream().anyMatch(a -> a.status() == 200) && expected.stream().anyMatch(a -> a.status() == 400));

        AtomicInteger mismatches = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<String> firstProblems = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                HttpClient http = client();
                for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                    int which = (client * 31 + r * 7) % bodies.size();
                    try {
                        Answer answer = send(http, bodies.get(which));
                        if (!answer.equals(expected.get(which))) {
                            mismatches.incrementAndGet();
                            note(firstProblems, "client " + client + " request " + r + " (body " + which + "): status "
                                    + answer.status() + " instead of " + expected.get(which).status()
                                    + (answer.status() == expected.get(which).status() ? ", different body" : ""));
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        note(firstProblems, "client " + client + " request " + r + " (body " + which + "): "
                                + e.getClass().getName() + ": " + e.getMessage());
                    }
                }
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(LIMIT_SECONDS, TimeUnit.SECONDS), "load test exceeded its time limit");
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = CLIENTS * REQUESTS_PER_CLIENT;
        System.out.printf("load: %d clients x %d requests = %d in %.1f s (%.0f req/s), %d failures, %d mismatches%n",
                CLIENTS, REQUESTS_PER_CLIENT, total, seconds, total / seconds, failures.get(), mismatches.get());

        firstProblems.forEach(problem -> System.out.println("load: " + problem));

        assertEquals(0, failures.get(), "failed requests; the first: " + firstProblems);
        assertEquals(0, mismatches.get(), "answers that differ from single-threaded evaluation; the first: " + firstProblems);
    }

    /** Keeps the first few problems, with their causes, for the report. */
    private static void note(List<String> problems, String problem) {
        synchronized (problems) {
            if (problems.size() < FIRST_PROBLEMS_KEPT) {
                problems.add(problem);
            }
        }
    }

    static final int FIRST_PROBLEMS_KEPT = 10;

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private Answer send(HttpClient http, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(screenings).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    /** Every golden scenario plus invalid variants: missing fields, bad enums, out-of-range numbers, malformed JSON. */
    private static List<byte[]> bodies() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (String name : Scenarios.names()) {
            bodies.add(Scenarios.golden().request(name));
        }
        bodies.add(Intakes.JSON.writeValueAsBytes(Intakes.with("patient.ageYears", 121)));
        bodies.add(Intakes.JSON.writeValueAsBytes(Intakes.with("redFlags", Intakes.ABSENT)));
        bodies.add(Intakes.JSON.writeValueAsBytes(Intakes.with("conditions.liverDisease", "BAD", "patient.extra", 1)));
        bodies.add(Intakes.JSON.writeValueAsBytes(Intakes.with("treatments.preventive[1].trialWeeks", 900)));
        bodies.add("{\"patient\":".getBytes(StandardCharsets.UTF_8));
        bodies.add("[]".getBytes(StandardCharsets.UTF_8));
        return bodies;
    }
}
