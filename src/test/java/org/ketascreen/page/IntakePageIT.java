package org.ketascreen.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketascreen.testing.Intakes.JSON;

import org.ketascreen.http.Routes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.ketascreen.testing.PackagedApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;

import org.ketascreen.testing.HapiValidation;
import org.ketascreen.testing.Intakes;


/**
 * The intake page (api-contract §8, revision 2.0: intake version 2, one part at a time) in a real browser: Debian's Chromium, headless, driven by Playwright against the
 * packaged service (run by Failsafe after {@code package}) on 127.0.0.1. Each flow is what a patient or a clinician does, by clicks, typing and keys on the controls
 * LHC-Forms renders. After every flow: no console error, no Content-Security-Policy violation, no request to another
 * origin, nothing left in the browser's storage, and a screenshot in target/screenshots/.
 *
 * <p>The browser is required, never optional: without /usr/bin/chromium every test here fails with the command that
 * installs it ({@code .ci/run} runs that command on a fresh machine).
 */
class IntakePageIT {

    static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Map<String, Integer> DESKTOP = Map.of("width", 1280, "height", 800);
    static final Map<String, Integer> PHONE = Map.of("width", 390, "height", 844);
    static final String URGENT_CARE = "Seek emergency or same-day in-person medical care now; do not wait for a telehealth visit.";
    static final String SCREENINGS = Routes.V2_SCREENINGS;
    /**
     * The questions the reference patient (scenarios-v2/reference.request.json) is shown, every part included: 100
     * questions, of which the 4 about a preventive medicine are shown once for each of her 3 medicines (108 rows).
     */
    static final int REFERENCE_QUESTIONS_SHOWN = 108;

    static Playwright playwright;
    static Browser browser;
    static PackagedApp app;
    static String origin;

    BrowserContext context;
    Page page;
    IntakePage intake;
    String testName;
    final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    /** A flow that expects the service's 400 allows the browser's own network line about it, and nothing else. */
    boolean expectsRejection;

    @BeforeAll
    static void startServiceAndChromium() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), "The browser tests need Chromium at " + CHROMIUM
                + ": run `apt-get install -y chromium` (.ci/run does this on a fresh machine)");
        app = PackagedApp.start();
        origin = app.origin();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true));
    }

    @AfterAll
    static void stopChromiumAndService() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            if (app != null) {
                app.stop();
            }
        }
    }

    @BeforeEach
    void openContext(TestInfo info) throws IOException {
        testName = info.getTestMethod().orElseThrow().getName();
        Files.createDirectories(SCREENSHOTS);
        openPage(DESKTOP);
    }

    void openPage(Map<String, Integer> viewport) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.get("width"), viewport.get("height")).setLocale("en-GB"));
        // Generous: the 2 build cores are shared, and a slow click must not read as a broken page
        context.setDefaultTimeout(60_000);
        page = context.newPage();
        page.onConsoleMessage(this::console);
        page.onPageError(error -> consoleErrors.add("page error: " + error));
        page.onRequest(request -> requests.add(request.url()));
        // CSP violations, reported by the page's own event (the browser also logs each one as a console error)
        page.exposeFunction("ksReportViolation", args -> violations.add(String.valueOf(args[0])));
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => window.ksReportViolation("
                + "e.violatedDirective + ' blocked ' + e.blockedURI + ' ' + (e.sample || '')));");
        intake = new IntakePage(page, origin + "/");
    }

    private void console(ConsoleMessage message) {
        if (!message.type().equals("error")) {
            return;
        }
        boolean theExpectedRejection = expectsRejection && message.text().contains("status of 400")
                && message.location() != null && message.location().contains(SCREENINGS);
        if (!theExpectedRejection) {
            consoleErrors.add(message.text() + " at " + message.location());
        }
    }

    @AfterEach
    void checkAndCloseContext() throws IOException {
        try {
            screenshot(testName + "-end", false);
            String storage = String.valueOf(page.evaluate("async () => localStorage.length + sessionStorage.length"
                    + " + (indexedDB.databases ? (await indexedDB.databases()).length : 0) + document.cookie.length"));
            List<String> elsewhere = requests.stream().filter(url -> !url.startsWith(origin + "/")).toList();
            assertAll("after " + testName,
                    () -> assertEquals(List.of(), consoleErrors, "console errors"),
                    () -> assertEquals(List.of(), violations, "Content-Security-Policy violations"),
                    () -> assertEquals(List.of(), elsewhere, "requests to another origin"),
                    () -> assertEquals("0", storage, "items in localStorage, sessionStorage, IndexedDB or cookies"),
                    () -> assertEquals(List.of(), context.cookies(), "cookies"));
        } finally {
            context.close();
            context = null;
        }
    }

    void screenshot(String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(fullPage));
    }

    /** A fresh copy of the v2 reference request (ELIGIBLE for all three modalities, PSY-INFO INFO). */
    static ObjectNode reference() {
        return Intakes.resource("/scenarios-v2/reference.request.json").deepCopy();
    }

    /** The v2 reference request with edits: pairs of (dotted path, value), as {@link Intakes#with}. */
    static ObjectNode with(Object... pathsAndValues) {
        ObjectNode root = reference();
        for (int i = 0; i < pathsAndValues.length; i += 2) {
            Intakes.set(root, (String) pathsAndValues[i], pathsAndValues[i + 1]);
        }
        return root;
    }

    /** The answer the service gives the v2 JSON request, for comparison with what the page got. */
    static String v2Answer(JsonNode request) {
        return given().baseUri(origin).contentType("application/json").body(request.toString()).when().post(SCREENINGS).then()
                .statusCode(200).extract().asString();
    }

    static String focusedId(Page page) {
        return String.valueOf(page.evaluate("() => document.activeElement && document.activeElement.id"));
    }

    /** The QuestionnaireResponse LHC-Forms built, as the page posted it. */
    static String postedQuestionnaireResponse(Response response) {
        String body = response.request().postData();
        assertNotNull(body, "the page posted a body");
        assertEquals("application/fhir+json", response.request().headerValue("content-type"));
        return body;
    }

    boolean posted() {
        return requests.stream().anyMatch(url -> url.endsWith(SCREENINGS));
    }

    @Nested
    class APatient {

        @Test
        void shouldGetEligibleForAllThreeModalitiesWithTheReferenceAnswersAndSeeOneHundredAndEightQuestions() throws Exception {
            intake.open();
            screenshot("intake-form-desktop", false);
            assertEquals("Part 1 of 15: About you", page.textContent("#part-status"));
            intake.answer(reference());

            Response response = intake.submit();
            intake.waitForState("answered");
            String qr = postedQuestionnaireResponse(response);

            assertEquals(200, response.status(), "the service accepts the QuestionnaireResponse LHC-Forms produced");
            assertEquals(List.of(), HapiValidation.errors(qr), "HAPI's validator against the version 2 Questionnaire");
            assertTrue(JSON.readTree(qr).get("questionnaire").asText().endsWith("|2.0.0"));
            assertEquals(v2Answer(reference()), response.text(),
                    "the page's answer is byte for byte the v2 reference request's through POST /api/v2/screenings");
            JsonNode answer = JSON.readTree(response.text());
            assertEquals("ELIGIBLE", answer.get("verdict").asText());
            assertEquals(1, answer.get("findings").size());
            assertEquals("PSY-INFO", answer.get("findings").get(0).get("ruleId").asText());
            assertEquals("INFO", answer.get("findings").get(0).get("outcome").asText());

            // The measure of issue 20 item 5: how many questions a typical patient is shown
            int shown = intake.questionsShown.values().stream().mapToInt(Integer::intValue).sum();
            String perPart = intake.questionsShown.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            Files.writeString(SCREENSHOTS.resolve("reference-questions-shown.txt"), shown + " questions in "
                    + intake.questionsShown.size() + " parts: " + perPart + "\n");
            System.out.println("The reference patient is shown " + shown + " questions in " + intake.questionsShown.size()
                    + " parts: " + perPart);
            assertEquals(15, intake.questionsShown.size(), "every part is asked of her: " + perPart);
            assertEquals(REFERENCE_QUESTIONS_SHOWN, shown, perPart);

            assertEquals("ELIGIBLE", page.getAttribute("#verdict", "data-verdict"));
            assertEquals("Ketamine treatment may be an option for you", page.textContent("#result-title"));
            assertEquals("result-title", focusedId(page), "the focus moves to the answer");
            Locator modalities = page.locator("#modalities > li");
            assertEquals(List.of("IV_INFUSION", "INTRANASAL", "ORAL_MICRODOSE"),
                    modalities.evaluateAll("ms => ms.map(m => m.dataset.modality)"));
            for (int i = 0; i < 3; i++) {
                assertEquals("ELIGIBLE", modalities.nth(i).getAttribute("data-verdict"));
                assertEquals("Possible", modalities.nth(i).locator(".ks-badge").textContent());
            }
            assertTrue(modalities.nth(0).textContent().contains("A responsible adult takes you home afterwards."));
            assertTrue(modalities.nth(2).textContent().contains("A clinician visits you at home before you start."));
            assertEquals("No alcohol, cannabis (prescribed too) or non-prescribed drug from 24 hours before each dose until 24 hours after.",
                    modalities.nth(2).locator("[data-condition=\"NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE\"]").textContent(),
                    "a condition's words carry the profile's parameters");
            assertTrue(page.locator("#findings [data-rule=\"PSY-INFO\"]").textContent().startsWith("Comorbid depression"));
            screenshot("reference-answer-desktop", false);
            screenshot("reference-answer-desktop-full", true);
        }

        @Test
        void shouldBeSentToUrgentCareFirstAfterAThunderclapOnsetOnAPhone() throws Exception {
            openPage(PHONE);
            intake.open();
            screenshot("intake-form-phone", false);
            intake.inEachPart(IntakePageIT.this::assertNoHorizontalScroll);
            intake.answer(with("redFlags.thunderclapOnset", "YES"));
            screenshot("last-part-phone", false);

            Response response = intake.submit();
            intake.waitForState("answered");

            assertEquals(200, response.status());
            assertEquals(List.of(), HapiValidation.errors(postedQuestionnaireResponse(response)));
            assertEquals("URGENT_REFERRAL", page.getAttribute("#verdict", "data-verdict"));
            assertEquals("Get urgent medical care now", page.textContent("#result-title"));
            List<String> steps = page.locator("#next-steps li").allTextContents();
            assertEquals(URGENT_CARE, steps.get(0), "urgent care is the first next step");
            assertTrue((Boolean) page.evaluate("() => !!(document.getElementById('next-steps').compareDocumentPosition("
                    + "document.getElementById('modalities')) & Node.DOCUMENT_POSITION_FOLLOWING)"),
                    "the next steps come before the treatments");
            assertEquals(List.of("URGENT_REFERRAL", "URGENT_REFERRAL", "URGENT_REFERRAL"),
                    page.locator("#modalities > li").evaluateAll("ms => ms.map(m => m.dataset.verdict)"));
            assertTrue(page.locator("#findings [data-rule=\"RF-1\"]").textContent().contains("thunderclap"));
            assertEquals("Needs urgent medical care", page.locator("#findings h4").first().textContent());
            assertNoHorizontalScroll();
            screenshot("urgent-answer-phone", false);
            screenshot("urgent-answer-phone-full", true);
        }

        @Test
        void shouldConfirmATypedPulseThatWouldMakeTheAnswerUrgentAndPostItUnchanged() throws Exception {
            ObjectNode fast = with("cardiovascular.bloodPressure.heartRate", 155);
            intake.open();
            intake.answer(fast);
            page.click("#submit");
            intake.waitForState("confirming");
            assertTrue(page.isVisible("#confirm"), "the page asks before posting");
            assertTrue(page.textContent("#confirm-list").contains("You typed: 155"), page.textContent("#confirm-list"));
            assertFalse(posted(), "nothing is posted while the patient checks");
            screenshot("confirm-number-desktop", false);

            page.click("#confirm-change");
            intake.waitForState("ready");
            assertEquals("cardiovascular", intake.currentPart(), "back at the part with the number");
            assertEquals(intake.elementId("cardiovascular.bloodPressure.heartRate"), focusedId(page), "the number has the focus");
            assertFalse(posted());

            page.click("#outline-title"); // the outline leads back to the last part, every answer kept
            page.click("#outline button[data-part=\"home\"]");
            assertEquals("home", intake.currentPart());
            page.click("#submit");
            intake.waitForState("confirming");
            Response response = page.waitForResponse(r -> r.url().endsWith(SCREENINGS), () -> page.click("#confirm-send"));
            intake.waitForState("answered");
            assertEquals(v2Answer(fast), response.text(), "the confirmed value is posted unchanged");
            assertEquals("URGENT_REFERRAL", page.getAttribute("#verdict", "data-verdict"));
        }

        @Test
        void shouldSeeTheServicesMessageNextToAQuestionThePageCannotCheck() {
            expectsRejection = true;
            intake.open();
            intake.answer(with("headache.debilitatingDaysPerMonth", 25)); // above the 20 headache days: only the service knows

            Response response = intake.submit();
            intake.waitForState("invalid");

            assertEquals(400, response.status());
            assertEquals("headache", intake.currentPart(), "the page shows the part with the question");
            Locator message = intake.row("headache.debilitatingDaysPerMonth").locator(".ks-field-error");
            assertEquals(1, message.count(), "one message under the question");
            assertTrue(message.isVisible());
            assertTrue(message.textContent().contains("Must not exceed"), message.textContent());
            assertTrue(message.textContent().contains("On average, how many days a month do you have a headache"),
                    "the other question is named in words: " + message.textContent());
            Locator field = intake.question("headache.debilitatingDaysPerMonth");
            assertEquals("true", field.getAttribute("aria-invalid"));
            assertTrue(field.getAttribute("aria-describedby").contains(message.getAttribute("id")),
                    "the message describes the field for screen readers");
            assertEquals("error-summary", focusedId(page), "the summary takes the focus");
            assertEquals("One answer needs changing", page.textContent("#error-summary-title"));
            screenshot("service-message-desktop", false);

            page.click("#error-summary a");
            assertEquals(intake.elementId("headache.debilitatingDaysPerMonth"), focusedId(page), "the summary's link leads to the field");
            screenshot("service-message-at-question-desktop", false);
        }

        @Test
        void shouldBeToldWhatIsMissingInThisPartWithoutMovingOnOrPosting() {
            intake.open();
            intake.type("patient.ageYears", 130);
            page.click("#next");
            intake.waitForState("invalid");

            assertFalse(posted(), "nothing is posted");
            assertEquals("patient", intake.currentPart(), "the patient stays in the part");
            Locator age = intake.row("patient.ageYears").locator(".ks-field-error");
            assertTrue(age.textContent().contains("Must be a value less than or equal to 120"), age.textContent());
            Locator pregnant = intake.row("patient.pregnant").locator(".ks-field-error");
            assertTrue(pregnant.textContent().contains("Please answer this question."), pregnant.textContent());
            assertTrue(intake.row("patient.pregnant").locator("[role=radiogroup]").getAttribute("aria-describedby")
                    .contains(pregnant.getAttribute("id")));
            // age out of range, and pregnant, postpartum, breastfeeding, may become pregnant, sex unanswered; no other part's
            assertEquals(6, page.locator(".ks-field-error").count(), "only this part's problems are marked");
            assertEquals("6 answers need your attention", page.textContent("#error-summary-title"));
            assertEquals("error-summary", focusedId(page));
            screenshot("page-check-desktop", false);
        }

        @Test
        void shouldOnlySeeADependentQuestionOnceItsTriggerIsAnswered() {
            intake.open();
            intake.answerUntil(reference(), "referral");
            String consent = "referral.recordsConsent";
            assertEquals(0, intake.row(consent).count(), "hidden before the trigger is answered");

            intake.choose("referral.ongoingClinician", "YES");
            assertTrue(intake.row(consent).isVisible(), "shown once it applies");
            assertTrue(intake.row(consent).textContent().contains("May we ask that doctor or nurse for your records?"));
            screenshot("dependent-question-desktop", false);

            intake.choose("referral.ongoingClinician", "NO");
            assertEquals(0, intake.row(consent).count(), "hidden again when it no longer applies");
        }

        @Test
        void shouldCompleteAPartAndMoveOnWithTheKeyboardAlone() {
            intake.open();
            page.keyboard().press("Tab"); // the skip link
            assertEquals("Skip to main content", page.evaluate("() => document.activeElement.textContent"));
            tabTo("patient.ageYears");
            assertEquals(intake.elementId("patient.ageYears"), focusedId(page), "the first question is reached with Tab");
            page.keyboard().type("38");
            tabTo("patient.pregnant");
            page.keyboard().press("ArrowRight"); // from "Yes" to "No" in the radio group
            String group = intake.row("patient.pregnant").locator("[role=radiogroup]").ariaSnapshot();
            assertTrue(group.contains("radio \"No\" [checked]") && !group.contains("radio \"Yes\" [checked]"),
                    "the arrow key chose No, and a screen reader hears it:\n" + group);
            for (String question : List.of("patient.postpartumWithin6Weeks", "patient.breastfeeding", "patient.mayBecomePregnant")) {
                tabTo(question);
                page.keyboard().press("ArrowRight");
            }
            tabTo("patient.sexAssignedAtBirth");
            page.keyboard().press("Space"); // the first option, Female
            tabTo("patient.body.weightKg");
            page.keyboard().type("68");
            tabTo("patient.body.heightCm");
            page.keyboard().type("170");
            for (int i = 0; i < 10 && !"next".equals(focusedId(page)); i++) {
                page.keyboard().press("Tab");
            }
            assertEquals("next", focusedId(page), "Next is reached with Tab");
            page.keyboard().press("Enter");
            page.waitForFunction("() => document.activeElement.id === 'part-status'");
            assertEquals("headache", intake.currentPart(), "the part was complete: the keyboard moved the patient on");
            assertEquals("Part 2 of 15: Your headaches", page.textContent("#part-status"), "the focus says where the patient is");

            for (int i = 0; i < 40 && !"next".equals(focusedId(page)); i++) {
                page.keyboard().press("Tab");
            }
            page.keyboard().press("Enter"); // nothing answered in this part
            intake.waitForState("invalid");
            assertEquals("error-summary", focusedId(page));
            page.keyboard().press("Tab");
            page.keyboard().press("Enter"); // the first listed question
            String first = String.valueOf(page.evaluate("() => document.activeElement.closest('lhc-item').id"));
            assertEquals("item-" + intake.elementId("headache.diagnoses"), first, "the first unanswered question has the focus");

            page.click("#back"); // and what the keyboard answered is kept
            assertEquals("38", intake.question("patient.ageYears").inputValue());
            assertTrue(intake.optionInput("patient.sexAssignedAtBirth", "FEMALE").isChecked());
            assertTrue(intake.optionInput("patient.mayBecomePregnant", "NO").isChecked());
        }

        /** Presses Tab until the focus is on the question's control (a radio group is one Tab stop). */
        void tabTo(String linkId) {
            String row = "item-" + intake.elementId(linkId);
            String inRow = "() => !!document.activeElement.closest('lhc-item') && document.activeElement.closest('lhc-item').id === '"
                    + row + "'";
            for (int i = 0; i < 10 && !(Boolean) page.evaluate(inRow); i++) {
                page.keyboard().press("Tab");
            }
            assertTrue((Boolean) page.evaluate(inRow), "Tab reaches " + linkId + "; the focus is on " + focusedId(page));
        }

        @Test
        void shouldKeepEveryAnswerWhenGoingBack() {
            intake.open();
            intake.answerUntil(reference(), "psychiatric");
            for (int i = 0; i < 6; i++) {
                page.click("#back");
            }
            assertEquals("patient", intake.currentPart());
            assertEquals("38", intake.question("patient.ageYears").inputValue());
            assertTrue(intake.optionInput("patient.pregnant", "NO").isChecked());
            assertEquals("68", intake.question("patient.body.weightKg").inputValue());
            page.click("#outline-title");
            page.click("#outline button[data-part=\"treatments\"]");
            assertEquals("treatments", intake.currentPart(), "the outline leads to any part already reached");
            assertEquals("12", intake.byId("treatments.preventive[].trialWeeks/1/3/1").inputValue(), "the third medicine is kept");
            // Every part already answered passes again as it is, up to the one not answered yet
            intake.next();
            intake.next();
            assertEquals("psychiatric", intake.currentPart());
            assertFalse(posted());
            screenshot("back-and-forth-desktop", false);
        }

        @Test
        void shouldFindEveryControlLabelledForAScreenReader() {
            intake.open();
            String snapshot = page.locator("main").ariaSnapshot();
            List<String> unnamed = snapshot.lines()
                    .filter(Pattern.compile("^\\s*- (textbox|radio|checkbox|button|radiogroup|spinbutton|combobox|link|progressbar)\\s*(\\[.*])?:?$").asPredicate())
                    .toList();
            assertEquals(List.of(), unnamed, "controls without an accessible name");
            assertTrue(snapshot.contains("textbox \"How old are you?\""), "a number field is named by its question");
            assertTrue(snapshot.contains("radiogroup \"Are you pregnant right now?"), "a radio group is named by its question");
            assertTrue(snapshot.contains("heading \"About you\" [level=2]"), "each section is a heading");
            assertTrue(snapshot.contains("heading \"Your weight and height\" [level=3]"), "a group inside a section is a subheading");
            assertTrue(snapshot.contains("progressbar \"Part 1 of 15: About you\""), "the progress is named:\n" + snapshot);
            assertFalse(snapshot.contains("Warning signs\" [level=2]"), "the other parts are hidden from screen readers too");
            Number described = (Number) page.evaluate("() => [...document.querySelectorAll('.lhc-inline-help[id^=\"help-\"]')]"
                    + ".filter(h => document.querySelector('[aria-describedby~=\"' + CSS.escape(h.id) + '\"]')).length");
            Number helps = (Number) page.evaluate("() => document.querySelectorAll('lhc-item.lhc-item-question .lhc-inline-help').length");
            assertTrue(described.intValue() >= helps.intValue(),
                    "every question's help text describes its control: " + described + " of " + helps);
            assertEquals(0, ((Number) page.evaluate("() => [...document.querySelectorAll('.lhc-de-unit input')].filter(u => u.tabIndex >= 0).length")).intValue(),
                    "the read-only unit boxes are no Tab stops");
        }
    }

    @Nested
    class AClinician {

        @Test
        void shouldSeeTheProfilePerModalityFindingsConditionsWithParametersAndPrintOnTwoPagesAtMost() throws Exception {
            ObjectNode request = with("logistics.nasalBlockage", "YES", "home.peerMonitor", "NO");
            intake.open();
            intake.answer(request);
            Response response = intake.submit();
            intake.waitForState("answered");
            assertEquals(200, response.status());
            assertEquals(v2Answer(request), response.text());
            JsonNode answer = JSON.readTree(response.text());

            page.click("#show-clinician");
            assertEquals("true", page.getAttribute("#show-clinician", "aria-pressed"));
            assertTrue(page.isHidden("#patient-view"));
            Locator rows = page.locator("#clinician-findings tbody tr");
            List<String> ruleIds = new ArrayList<>();
            answer.get("findings").forEach(f -> ruleIds.add(f.get("ruleId").asText()));
            assertEquals(ruleIds, rows.evaluateAll("rs => rs.map(r => r.dataset.rule)"), "the service's order: most severe first");
            assertEquals(List.of("HOME-1", "LOG-2", "PSY-INFO"), ruleIds);
            Locator home1 = page.locator("#clinician-findings tr[data-rule=\"HOME-1\"]");
            assertEquals("INELIGIBLE", home1.locator("td").nth(0).textContent());
            assertEquals("ORAL_MICRODOSE", home1.locator("td").nth(2).textContent(), "a per-modality finding names its modality");
            assertEquals("INTRANASAL", page.locator("#clinician-findings tr[data-rule=\"LOG-2\"] td").nth(2).textContent());
            assertEquals("all", page.locator("#clinician-findings tr[data-rule=\"PSY-INFO\"] td").nth(2).textContent());
            assertTrue(home1.locator("td").nth(4).textContent().contains("home.peerMonitor"));
            assertTrue(home1.locator("td").nth(4).textContent().contains("No"), "the patient's answer beside the field");

            JsonNode ruleSet = JSON.readTree(given().baseUri(origin).get(Routes.V2_RULESET).then().statusCode(200).extract().asString());
            JsonNode rule = null;
            for (JsonNode r : ruleSet.get("rules")) {
                rule = r.get("id").asText().equals("HOME-1") ? r : rule;
            }
            Locator source = home1.locator("a.ks-source");
            assertEquals(rule.get("source").get("url").asText(), source.getAttribute("href"));
            assertEquals("noopener noreferrer", source.getAttribute("rel"));
            page.waitForFunction("() => document.querySelector('[data-rule-title=\"HOME-1\"]').textContent.length > 0");
            assertTrue(home1.textContent().contains(rule.get("title").asText()), "the rule's title from GET /api/v2/ruleset");

            String summary = page.textContent("#clinician-summary");
            JsonNode profile = answer.get("profile");
            assertTrue(summary.contains("reference 2.0.0"), "the profile's id and version: " + summary);
            assertTrue(summary.replace(" ", "").contains(profile.get("sha256").asText()), "and its SHA-256: " + summary);
            Locator oral = page.locator("#clinician-modalities tr[data-modality=\"ORAL_MICRODOSE\"]");
            assertEquals("INELIGIBLE", oral.locator("td").nth(1).textContent());
            assertEquals("no alcohol, cannabis or non-prescribed drug from 24 h before to 24 h after each dose",
                    oral.locator("[data-condition=\"NO_ALCOHOL_OR_CANNABIS_AROUND_DOSE\"]").textContent());
            assertEquals("blood pressure and pulse checked before each dose (hold above 140/90 mmHg, pulse above 100 or below 50)",
                    oral.locator("[data-condition=\"PRE_DOSE_VITALS_CHECK\"]").textContent());
            assertEquals(7, oral.locator("[data-condition]").count(), "every condition the service listed");
            screenshot("clinician-view-desktop", false);
            screenshot("clinician-view-desktop-full", true);

            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertTrue(page.isHidden(".ks-toolbar") && page.isHidden(".ks-header") && page.isVisible("#clinician-view"),
                    "printing shows the clinician view without the page's controls");
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
            Files.write(SCREENSHOTS.resolve("clinician-view-print.pdf"), pdf);
            int pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1)).results()
                    .mapToInt(m -> 1).sum();
            assertTrue(pages >= 1 && pages <= 2, "the clinician view prints on one or two pages: " + pages);
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        }

        @Test
        void shouldGoBackToTheAnswersAndChangeThem() {
            intake.open();
            intake.answer(with("redFlags.thunderclapOnset", "YES"));
            intake.submit();
            intake.waitForState("answered");
            assertEquals("URGENT_REFERRAL", page.getAttribute("#verdict", "data-verdict"));

            page.click("#change");
            intake.waitForState("ready");
            assertEquals("page-title", focusedId(page));
            page.click("#outline-title");
            page.click("#outline button[data-part=\"redFlags\"]");
            intake.choose("redFlags.thunderclapOnset", "NO");
            page.click("#outline button[data-part=\"home\"]");
            intake.submit();
            intake.waitForState("answered");
            assertEquals("ELIGIBLE", page.getAttribute("#verdict", "data-verdict"), "the changed answer is the one screened");
        }
    }

    void assertNoHorizontalScroll() {
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no horizontal scrolling");
    }
}
