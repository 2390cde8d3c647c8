package org.ketascreen.page;

import org.ketascreen.http.Routes;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.ketascreen.testing.Intakes;
import org.ketascreen.testing.QuestionnaireResponses;

/**
 * The intake page as a patient uses it, in a real browser: every answer is typed into a rendered number field or
 * given by clicking a rendered radio button or check box, and a list gets its further entries with the form's own
 * "add" button. Element ids are LHC-Forms' (interop-next §4.4): the linkId, then the 1-based repetition number of each
 * level ({@code treatments.preventive[].trialWeeks/1/2/1}); an option's label is {@code <id>|<system>|<code>}.
 */
final class IntakePage {

    /** LHC-Forms takes a few seconds to load and render on 2 busy cores; the page says when it is ready. */
    static final double READY_TIMEOUT_MS = 90_000;

    final Page page;
    private final String base;
    private final Map<String, JsonNode> items = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    IntakePage(Page page, String base) {
        this.page = page;
        this.base = base;
        index(QuestionnaireResponses.QUESTIONNAIRE.get("item"), null);
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

    /** Answers every value the v1 request holds, in the form's order, through the rendered controls. */
    IntakePage answer(JsonNode request) {
        answer(QuestionnaireResponses.QUESTIONNAIRE.get("item"), request, "");
        return this;
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

    private Locator optionAt(String elementId, JsonNode item, String code) {
        String system = item.get("answerOption").get(0).get("valueCoding").get("system").asText();
        return byId(elementId + "|" + system + "|" + code);
    }

    Locator byId(String id) {
        return page.locator("[id=\"" + id + "\"]");
    }

    /** Clicks "See my result" and returns the service's answer to the one POST it makes. */
    Response submit() {
        return page.waitForResponse(r -> r.url().endsWith(Routes.V1_SCREENINGS) && r.request().method().equals("POST"),
                () -> page.click("#submit"));
    }

    /** Clicks "See my result" when the page itself finds a problem and posts nothing. */
    void submitExpectingPageErrors() {
        page.click("#submit");
        waitForState("invalid");
    }
}
