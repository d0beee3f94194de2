package org.localis.app.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds to a stored result the reasons as codes with figures that a fresh result of the same submission carries, when
 * the two say the same: the same score and the same English sentences (classification reason, failed requirements,
 * next-tier advice, criterion explanations).
 */
final class ReasonCodes {

    private ReasonCodes() {
    }

    /** Whether {@code stored} was completed from {@code fresh}; it is left as it was when they differ. */
    static boolean complete(ObjectNode stored, JsonNode fresh) {
        if (!fresh.has("classificationWhy") || !same(stored, fresh, "score") || !same(stored, fresh, "classificationReason")
                || !same(stored, fresh, "failedBecause") || !same(stored.path("nextTier"), fresh.path("nextTier"), "advice")
                || stored.path("criteria").size() != fresh.path("criteria").size()) {
            return false;
        }
        for (int i = 0; i < stored.path("criteria").size(); i++) {
            if (!same(stored.path("criteria").get(i), fresh.path("criteria").get(i), "explanation")
                    || !same(stored.path("criteria").get(i), fresh.path("criteria").get(i), "code")) {
                return false;
            }
        }
        stored.set("classificationWhy", fresh.get("classificationWhy"));
        stored.set("failedBecauseWhy", fresh.get("failedBecauseWhy"));
        if (stored.path("nextTier").isObject() && fresh.path("nextTier").has("adviceWhy")) {
            ((ObjectNode) stored.get("nextTier")).set("adviceWhy", fresh.path("nextTier").get("adviceWhy"));
        }
        for (int i = 0; i < stored.path("criteria").size(); i++) {
            JsonNode why = fresh.path("criteria").get(i).get("why");
            if (why != null && stored.path("criteria").get(i).isObject()) {
                ((ObjectNode) stored.path("criteria").get(i)).set("why", why);
            }
        }
        return true;
    }

    private static boolean same(JsonNode a, JsonNode b, String field) {
        return a.path(field).equals(b.path(field));
    }
}
