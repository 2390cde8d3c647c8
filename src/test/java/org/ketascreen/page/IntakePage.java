package org.ketascreen.page;

import org.ketascreen.http.Routes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;

/**
 * The intake page as a patient uses it, in a real browser: every answer is typed into a rendered number field or
 * given by clicking a rendered radio button or check box, a list gets its further entries with the form's own "add"
 * button, and the patient moves through the parts (the Questionnaire's top-level sections, one shown at a time) with
 * the page's "Next" button. Element ids are LHC-Forms' (interop-next §4.4): the linkId, then the 1-based repetition
 * number of each level ({@code treatments.preventive[].trialWeeks/1/2/1}); an option's label is
 * {@code <id>|<system>|<code>}; a part's row is {@code item-<linkId>/1}.
 */
final class IntakePage {

    /** LHC-Forms takes a few seconds to load and render on 2 busy cores; the page says when it is ready. */
    static final double READY_TIMEOUT_MS = 90_000;
    /** The version 2 Questionnaire of the reference profile: what GET /api/v2/questionnaire serves here. */
    static final JsonNode QUESTIONNAIRE = QuestionnaireResponses.QUESTIONNAIRE_V2;

    final Page page;
    private final String base;
    private final Map<String, JsonNode> items = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();
    /** The questions rendered in each part the patient went through, as the patient left it (in order). */
    final Map<String, Integer> questionsShown = new LinkedHashMap<>();
    /** Run in every part once it is answered, before "Next" (a phone test checks the layout of each). */
    private Runnable inEachPart = () -> { };

    IntakePage(Page page, String base) {
        this.page = page;
        this.base = base;
        index(QUESTIONNAIRE.get("item"), null);
    }

    private void index(JsonNode list, String parent) {
        for (JsonNode item : list) {
            if (!item.get("type").asText().equals("display")) {
                items.put(item.get("linkId").asText(), item);
                parents.put(item.get("linkId").asText(), parent);
                index(item.path("item"), item.get("linkId").asText());
            }
        }
    }

    IntakePage open() {
        page.navigate(base);
        waitForState("ready");
        return this;
    }

    void waitForState(String state) {
        page.waitForSelector("body[data-state=\"" + state + "\"]", new Page.WaitForSelectorOptions().setTimeout(READY_TIMEOUT_MS));
    }

    String state() {
        return page.getAttribute("body", "data-state");
    }

    IntakePage inEachPart(Runnable check) {
        this.inEachPart = check;
        return this;
    }

    /** The top-level linkIds of the Questionnaire: the parts, in order. */
    List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (JsonNode item : QUESTIONNAIRE.get("item")) {
            parts.add(item.get("linkId").asText());
        }
        return parts;
    }

    /** The part shown now, as the outline marks it. */
    String currentPart() {
        return String.valueOf(page.evaluate("() => document.querySelector('#outline [aria-current=step]').closest('li').dataset.part"));
    }

    /** Answers every part of the v2 request in order, through the rendered controls, pressing "Next" after each. */
    IntakePage answer(JsonNode request) {
        return answerUntil(request, null);
    }

    /**
     * Answers the parts before {@code stopAt} (all when null) and leaves {@code stopAt} shown, unanswered; the last part
     * is answered but "See my result" is left to the test.
     */
    IntakePage answerUntil(JsonNode request, String stopAt) {
        for (JsonNode item : QUESTIONNAIRE.get("item")) {
            String linkId = item.get("linkId").asText();
            if (byId("item-" + linkId + "/1").count() == 0) {
                continue; // not asked (an enableWhen not met)
            }
            if (linkId.equals(stopAt)) {
                return this;
            }
            if (!linkId.equals(currentPart())) {
                throw new AssertionError("the page shows part " + currentPart() + " where " + linkId + " was expected");
            }
            answer(Intakes.JSON.createArrayNode().add(item), request, "");
            questionsShown.put(linkId, questionsIn(linkId));
            inEachPart.run();
            if (page.isVisible("#next")) {
                next();
            }
        }
        return this;
    }

    /** Presses "Next" and expects the next part, not a problem in this one. */
    void next() {
        String before = currentPart();
        page.click("#next");
        if ("invalid".equals(state())) {
            throw new AssertionError("part " + before + " not accepted: " + page.textContent("#error-summary"));
        }
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'part-status'");
    }

    /** The question rows rendered in a part (a top-level question is a part of its own): groups and help texts not counted. */
    int questionsIn(String part) {
        return ((Number) page.evaluate("id => { const part = document.getElementById(id);"
                + " return part.querySelectorAll('lhc-item.lhc-item-question').length + (part.matches('.lhc-item-question') ? 1 : 0); }",
                "item-" + part + "/1")).intValue();
    }

    private void answer(JsonNode list, JsonNode values, String numbers) {
        for (JsonNode item : list) {
            String type = item.get("type").asText();
            if (type.equals("display")) {
                continue;
            }
            String linkId = item.get("linkId").asText();
            JsonNode value = values.get(linkId.substring(linkId.lastIndexOf('.') + 1));
            if (value == null || value.isNull()) {
                continue;
            }
            boolean repeats = item.path("repeats").asBoolean(false);
            if (type.equals("group") && repeats) {
                int repetition = 0;
                for (JsonNode entry : value) {
                    repetition++;
                    if (repetition > 1) {
                        byId("add-" + linkId + numbers + "/" + (repetition - 1)).click();
                    }
                    answer(item.get("item"), entry, numbers + "/" + repetition);
                }
            } else if (type.equals("group")) {
                answer(item.get("item"), value, numbers + "/1");
            } else if (type.equals("integer")) {
                byId(linkId + numbers + "/1").fill(value.asText());
            } else {
                for (JsonNode code : repeats ? value : Intakes.JSON.createArrayNode().add(value)) {
                    optionAt(linkId + numbers + "/1", item, code.asText()).click();
                }
            }
        }
    }

    /** The element id of a question outside any list (every repetition number is 1). */
    String elementId(String linkId) {
        StringBuilder numbers = new StringBuilder();
        for (String at = linkId; at != null; at = parents.get(at)) {
            numbers.append("/1");
        }
        return linkId + numbers;
    }

    /** Clicks the option with this code of a question outside any list. */
    void choose(String linkId, String code) {
        option(linkId, code).click();
    }

    /** Types a number into a question outside any list. */
    void type(String linkId, int value) {
        question(linkId).fill(String.valueOf(value));
    }

    /** A number field, by linkId. */
    Locator question(String linkId) {
        return byId(elementId(linkId));
    }

    /** The rendered row of a question: its label, help, control and any message under it. */
    Locator row(String linkId) {
        return byId("item-" + elementId(linkId));
    }

    /** The label of one option of a question outside any list; clicking it chooses the option. */
    Locator option(String linkId, String code) {
        return optionAt(elementId(linkId), items.get(linkId), code);
    }

    /** The native radio or check box of one option. */
    Locator optionInput(String linkId, String code) {
        return option(linkId, code).locator("input");
    }

    private Locator optionAt(String elementId, JsonNode item, String code) {
        String system = item.get("answerOption").get(0).get("valueCoding").get("system").asText();
        return byId(elementId + "|" + system + "|" + code);
    }

    Locator byId(String id) {
        return page.locator("[id=\"" + id + "\"]");
    }

    /** Clicks "See my result" and returns the service's answer to the one POST it makes. */
    Response submit() {
        return page.waitForResponse(r -> r.url().endsWith(Routes.V2_SCREENINGS) && r.request().method().equals("POST"),
                () -> page.click("#submit"));
    }

    /** Clicks "See my result" when the page itself finds a problem and posts nothing. */
    void submitExpectingPageErrors() {
        page.click("#submit");
        waitForState("invalid");
    }
}
