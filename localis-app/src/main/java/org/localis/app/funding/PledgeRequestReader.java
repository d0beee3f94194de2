package org.localis.app.funding;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.localis.app.funding.DriveApiController.PledgeRequest;
import org.localis.app.shared.Limits;

/**
 * Reads a pledge request body with Jackson's streaming parser, for the {@link DirectPledgeEndpoint}. It reads
 * only the plain case: one JSON object with known fields, each at most once, each value of its exact type
 * (strings as strings, whole numbers as numbers, true/false), within the request record's declared limits, and
 * nothing after the object. Anything else (broken JSON, an unknown field, a number where a string belongs,
 * a name over its limit, ...) is declined with an empty answer, and the request goes to
 * {@link DriveApiController}, whose data binding, validation and problem documents answer it as before.
 * A body this reader accepts binds to the same {@link PledgeRequest} there.
 */
final class PledgeRequestReader {

    private final JsonFactory json;

    PledgeRequestReader(JsonFactory json) {
        this.json = json;
    }

    /** The request in a body, or empty when the body is not a plain pledge (the controller then answers). */
    Optional<PledgeRequest> read(byte[] body, int length) {
        try (JsonParser p = json.createParser(body, 0, length)) {
            return Optional.ofNullable(read(p));
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static PledgeRequest read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String amount = null;
        Integer targetLine = null;
        Integer tires = null;
        String name = null;
        String email = null;
        Boolean showName = null;
        int seen = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            if (t != JsonToken.FIELD_NAME) {
                return null;
            }
            String field = p.currentName();
            int bit = switch (field) {
                case "amount" -> 1;
                case "targetLine" -> 2;
                case "tires" -> 4;
                case "name" -> 8;
                case "email" -> 16;
                case "showName" -> 32;
                default -> 0;
            };
            if (bit == 0 || (seen & bit) != 0) {
                return null; // an unknown or repeated field: the controller names it or decides
            }
            seen |= bit;
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (bit) {
                case 1 -> amount = text(p, v, Limits.NUMBER_TEXT);
                case 2 -> targetLine = whole(p, v, Limits.MAX_TARGET_LINE);
                case 4 -> tires = whole(p, v, Limits.MAX_TIRES);
                case 8 -> name = text(p, v, Limits.DONOR_NAME);
                case 16 -> email = text(p, v, Limits.EMAIL);
                default -> showName = v == JsonToken.VALUE_TRUE ? Boolean.TRUE : v == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
            }
            if ((bit == 1 && amount == null) || (bit == 2 && targetLine == null) || (bit == 4 && tires == null)
                    || (bit == 8 && name == null) || (bit == 16 && email == null) || (bit == 32 && showName == null)) {
                return null;
            }
        }
        if (p.nextToken() != null) {
            return null;
        }
        return new PledgeRequest(amount, targetLine, tires, name, email, showName);
    }

    private static String text(JsonParser p, JsonToken v, int maxLength) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            return null;
        }
        String s = p.getText();
        return s.length() <= maxLength ? s : null;
    }

    private static Integer whole(JsonParser p, JsonToken v, long max) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            return null;
        }
        int n = p.getIntValue();
        return n <= max ? n : null;
    }
}
