package org.ketascreen.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketascreen.testing.Intakes.ABSENT;
import static org.ketascreen.testing.Intakes.JSON;
import static org.ketascreen.testing.Intakes.reference;
import static org.ketascreen.testing.Intakes.with;

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


/**
 * The intake page (api-contract §8) in a real browser: Debian's Chromium, headless, driven by Playwright against the
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
    static final String SCREENINGS = Routes.V1_SCREENINGS;

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

    /** The answer the service gives the v1 JSON request, for comparison with what the page got. */
    static String v1Answer(JsonNode request) {
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

    @Nested
    class APatient {

        @Test
        void shouldGetEligibleForAllThreeModalitiesWithTheReferenceAnswers() throws Exception {
            intake.open();
            screenshot("intake-form-desktop", false);
            intake.answer(reference());

            Response response = intake.submit();
            intake.waitForState("answered");
            String qr = postedQuestionnaireResponse(response);

            assertEquals(200, response.status(), "the service accepts the QuestionnaireResponse LHC-Forms produced");
            assertEquals(List.of(), HapiValidation.errors(qr), "HAPI's validator against the Questionnaire");
            assertEquals(JSON.readTree(v1Answer(reference())), JSON.readTree(response.text()),
                    "the page's answers are exactly the reference request's");
            assertEquals("QuestionnaireResponse", JSON.readTree(qr).get("resourceType").asText());

            assertEquals("ELIGIBLE", page.getAttribute("#verdict", "data-verdict"));
            assertEquals("Ketamine treatment may be an option for you", page.textContent("#result-title"));
            assertEquals("result-title", focusedId(page), "the focus moves to the answer");
            Locator modalities = page.locator("#modalities > li");
            assertEquals(3, modalities.count());
            assertEquals(List.of("IV_INFUSION", "INTRANASAL", "ORAL_MICRODOSE"),
                    modalities.evaluateAll("ms => ms.map(m => m.dataset.modality)"));
            for (int i = 0; i < 3; i++) {
                assertEquals("ELIGIBLE", modalities.nth(i).getAttribute("data-verdict"));
                assertEquals("Possible", modalities.nth(i).locator(".ks-badge").textContent());
            }
            assertTrue(modalities.nth(0).textContent().contains("Drip into a vein (IV infusion) in the clinic"));
            assertTrue(modalities.nth(0).textContent().contains("A responsible adult takes you home afterwards."));
            assertTrue(modalities.nth(2).textContent().contains("A clinician visits you at home before you start."));
            assertEquals(List.of("Book the telehealth clinician visit."), page.locator("#next-steps li").allTextContents());
            assertTrue(page.locator("#findings [data-rule=\"PSY-INFO\"]").textContent().startsWith("Comorbid depression"));
            screenshot("reference-answer-desktop", false);
            screenshot("reference-answer-desktop-full", true);
        }

        @Test
        void shouldBeSentToUrgentCareFirstAfterAThunderclapOnsetOnAPhone() throws Exception {
            openPage(PHONE);
            intake.open();
            screenshot("intake-form-phone", false);
            intake.answer(with("redFlags.thunderclapOnset", ABSENT));
            intake.choose("redFlags.thunderclapOnset", "YES");

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
        void shouldSeeTheServicesMessageNextToAQuestionThePageCannotCheck() {
            expectsRejection = true;
            intake.open();
            intake.answer(with("headache.debilitatingDaysPerMonth", ABSENT));
            intake.type("headache.debilitatingDaysPerMonth", 25); // above the 20 headache days: only the service knows

            Response response = intake.submit();
            intake.waitForState("invalid");

            assertEquals(400, response.status());
            Locator message = intake.row("headache.debilitatingDaysPerMonth").locator(".ks-field-error");
            assertEquals(1, message.count(), "one message under the question");
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
        void shouldBeToldInThePageWhatIsMissingWithoutAnythingPosted() {
            intake.open();
            intake.type("patient.ageYears", 130);
            intake.submitExpectingPageErrors();

            assertFalse(requests.stream().anyMatch(url -> url.endsWith(SCREENINGS)), "nothing is posted");
            Locator age = intake.row("patient.ageYears").locator(".ks-field-error");
            assertTrue(age.textContent().contains("Must be a value less than or equal to 120"), age.textContent());
            Locator pregnant = intake.row("patient.pregnant").locator(".ks-field-error");
            assertTrue(pregnant.textContent().contains("Please answer this question."), pregnant.textContent());
            assertTrue(intake.row("patient.pregnant").locator("[role=radiogroup]").getAttribute("aria-describedby")
                    .contains(pregnant.getAttribute("id")));
            int marked = page.locator(".ks-field-error").count();
            assertTrue(marked > 40, "every unanswered question is marked: " + marked);
            assertEquals(marked + " answers need your attention", page.textContent("#error-summary-title"));
            assertEquals(6, page.locator("#error-summary li a").count(), "the summary links the first few");
            assertEquals("and " + (marked - 6) + " more, each marked in red under its question.",
                    page.textContent(".ks-error-summary-more"));
            assertEquals("error-summary", focusedId(page));
            screenshot("page-check-desktop", false);
        }

        @Test
        void shouldOnlySeeADependentQuestionOnceItsTriggerIsAnswered() {
            intake.open();
            String monthsAgo = "psychiatric.psychoticEpisode.monthsAgo";
            assertEquals(0, intake.question(monthsAgo).count(), "hidden before the trigger is answered");

            intake.choose("psychiatric.psychoticEpisode.answer", "YES");
            assertTrue(intake.question(monthsAgo).isVisible(), "shown once it applies");
            assertTrue(intake.row(monthsAgo).textContent().contains("How many months ago was your most recent episode of psychosis?"));
            screenshot("dependent-question-desktop", false);

            intake.choose("psychiatric.psychoticEpisode.answer", "NO");
            assertEquals(0, intake.question(monthsAgo).count(), "hidden again when it no longer applies");
        }

        @Test
        void shouldAnswerAndSubmitWithTheKeyboardAlone() {
            intake.open();
            Locator age = intake.question("patient.ageYears");
            page.keyboard().press("Tab"); // the skip link
            assertEquals("Skip to main content", page.evaluate("() => document.activeElement.textContent"));
            for (int i = 0; i < 20 && !intake.elementId("patient.ageYears").equals(focusedId(page)); i++) {
                page.keyboard().press("Tab");
            }
            assertEquals(intake.elementId("patient.ageYears"), focusedId(page), "the first question is reached with Tab");
            page.keyboard().type("38");
            page.keyboard().press("Tab");
            page.keyboard().press("ArrowRight"); // from "Yes" to "No" in the radio group
            String group = intake.row("patient.pregnant").locator("[role=radiogroup]").ariaSnapshot();
            assertTrue(group.contains("radio \"No\" [checked]") && !group.contains("radio \"Yes\" [checked]"),
                    "the arrow key chose No, and a screen reader hears it:\n" + group);
            assertEquals("38", age.inputValue());

            page.focus("#submit");
            page.keyboard().press("Enter");
            intake.waitForState("invalid");
            assertEquals("error-summary", focusedId(page));
            page.keyboard().press("Tab");
            page.keyboard().press("Enter"); // the first listed question
            String first = String.valueOf(page.evaluate("() => document.activeElement.closest('lhc-item').id"));
            assertEquals("item-" + intake.elementId("patient.postpartumWithin6Weeks"), first,
                    "the first unanswered question has the focus");
        }

        @Test
        void shouldFindEveryControlLabelledForAScreenReader() {
            intake.open();
            intake.choose("psychiatric.psychoticEpisode.answer", "YES"); // a dependent question shown
            intake.choose("substanceUse.substanceUseDisorder.status", "IN_REMISSION");
            String snapshot = page.locator("main").ariaSnapshot();
            List<String> unnamed = snapshot.lines()
                    .filter(Pattern.compile("^\\s*- (textbox|radio|checkbox|button|radiogroup|spinbutton|combobox|link)\\s*(\\[.*])?:?$").asPredicate())
                    .toList();
            assertEquals(List.of(), unnamed, "controls without an accessible name");
            assertTrue(snapshot.contains("textbox \"How old are you?\""), "a number field is named by its question");
            assertTrue(snapshot.contains("radiogroup \"Are you pregnant right now?"), "a radio group is named by its question");
            assertTrue(snapshot.contains("heading \"About you\" [level=2]"), "each section is a heading");
            assertTrue(snapshot.contains("heading \"Episodes of psychosis\" [level=3]"), "a group inside a section is a subheading");
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
        void shouldSeeRuleIdsCategoriesFieldsAndSourcesAndPrintOnTwoPagesAtMost() throws Exception {
            intake.open();
            intake.answer(with("psychiatric.familyHistoryOfPsychosis", ABSENT, "cardiovascular.bloodPressure", ABSENT));
            intake.choose("psychiatric.familyHistoryOfPsychosis", "YES");
            Response response = intake.submit();
            intake.waitForState("answered");
            assertEquals(200, response.status());
            assertEquals("NEEDS_REVIEW", page.getAttribute("#verdict", "data-verdict"));

            page.click("#show-clinician");
            assertEquals("true", page.getAttribute("#show-clinician", "aria-pressed"));
            assertTrue(page.isHidden("#patient-view"));
            Locator rows = page.locator("#clinician-findings tbody tr");
            assertEquals(List.of("BP-5", "PSY-4", "PSY-INFO"), rows.evaluateAll("rs => rs.map(r => r.dataset.rule)"),
                    "the service's order: most severe first");
            Locator psy4 = rows.nth(1);
            assertEquals("PSY-4", psy4.locator("th").textContent());
            assertEquals("NEEDS_REVIEW", psy4.locator("td").nth(0).textContent());
            assertEquals("PSYCHIATRIC", psy4.locator("td").nth(1).textContent());
            assertTrue(psy4.locator("td").nth(3).textContent().contains("psychiatric.familyHistoryOfPsychosis"));
            assertTrue(psy4.locator("td").nth(3).textContent().contains("Yes"), "the patient's answer beside the field");
            JsonNode ruleSet = JSON.readTree(given().baseUri(origin).get(Routes.V1_RULESET).then().statusCode(200).extract().asString());
            JsonNode rule = null;
            for (JsonNode r : ruleSet.get("rules")) {
                rule = r.get("id").asText().equals("PSY-4") ? r : rule;
            }
            Locator source = psy4.locator("a.ks-source");
            assertEquals(rule.get("source").get("url").asText(), source.getAttribute("href"));
            assertEquals(rule.get("source").get("label").asText(), source.textContent());
            assertEquals("noopener noreferrer", source.getAttribute("rel"));
            page.waitForFunction("() => document.querySelector('[data-rule-title=\"PSY-4\"]').textContent.length > 0");
            assertTrue(psy4.textContent().contains(rule.get("title").asText()), "the rule's title from GET /api/v1/ruleset");
            assertTrue(rows.nth(0).locator("td").nth(3).textContent().contains("cardiovascular.bloodPressure not answered"));
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
            intake.answer(with("redFlags.thunderclapOnset", ABSENT));
            intake.choose("redFlags.thunderclapOnset", "YES");
            intake.submit();
            intake.waitForState("answered");
            assertEquals("URGENT_REFERRAL", page.getAttribute("#verdict", "data-verdict"));

            page.click("#change");
            intake.waitForState("ready");
            assertEquals("page-title", focusedId(page));
            intake.choose("redFlags.thunderclapOnset", "NO");
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
