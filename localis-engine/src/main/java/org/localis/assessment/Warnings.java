package org.localis.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;

/**
 * An assessment's warning ({@link Assessment#warnings}) read back from its English sentence into the code and figures
 * the engine gives as {@link Assessment#warningsWhy}, as {@link LineBasis} does for a line's basis: the documents the
 * engine writes (CLI, REST, a stored run) carry only the sentences, which have not changed, so a reader can say a stored
 * run's warnings in another language too.
 */
public final class Warnings {

    private static final String UNCERTIFIED = "; the line is treated as uncertified";

    private static final List<SentenceForm> FORMS = List.of(
            form("scheme (.+) is not confirmed in full against the official text \\(official: false\\); see its notes",
                    ReasonCode.WARN_NOT_OFFICIAL),
            form("(.+) \\(line (\\d+)\\): certificate (.+) was not found" + UNCERTIFIED, ReasonCode.WARN_CERT_NOT_FOUND),
            form("(.+) \\(line (\\d+)\\): certificate (.+) is (.+) on (\\S+) \\(valid (\\S+) to (\\S+)\\)" + UNCERTIFIED,
                    ReasonCode.WARN_CERT_NOT_VALID),
            form("(.+) \\(line (\\d+)\\): certificate (.+) covers part (.+), not .+" + UNCERTIFIED, ReasonCode.WARN_CERT_OTHER_PART),
            form("the product does not give its powertrain \\(product\\.yaml powertrain\\): ice is assumed",
                    ReasonCode.WARN_POWERTRAIN_ASSUMED),
            form("component certificate (.+) \\((.+)\\) is (.+) on (\\S+): its points do not count", ReasonCode.WARN_COMPONENT_NOT_VALID),
            form("component certificate (.+) reports points for (.+), which scheme (.+) does not have: not counted",
                    ReasonCode.WARN_COMPONENT_UNKNOWN_CRITERION),
            form("the exact score (\\S+) decides pass or fail; the two-decimal score shown rounds across the threshold",
                    ReasonCode.WARN_EXACT_SCORE));

    private static final Pattern NO_ORIGIN = Pattern.compile("(\\d+) lines? ha(?:s|ve) no origin and count as non-originating: (.*)");
    private static final Pattern LINE = Pattern.compile("\\G(.+?) \\(line (\\d+)\\)(?:, |$)");

    private Warnings() {
    }

    private static SentenceForm form(String regex, ReasonCode code) {
        return SentenceForm.of(regex, code);
    }

    /** The warning as a code with its figures, or null when it is not one the engine writes. */
    public static Reason read(String warning) {
        if (warning == null) {
            return null;
        }
        Matcher n = NO_ORIGIN.matcher(warning);
        if (n.matches()) {
            int count = Integer.parseInt(n.group(1));
            String listed = n.group(2);
            List<Reason> lines = new ArrayList<>();
            Matcher l = LINE.matcher(listed.endsWith(", ...") ? listed.substring(0, listed.length() - 5) : listed);
            int end = 0;
            while (l.find()) {
                lines.add(Reason.of(ReasonCode.WARN_LINE, l.group(1), l.group(2)));
                end = l.end();
            }
            if (lines.isEmpty() || end != l.regionEnd() || lines.size() > count) {
                return null;
            }
            return new Reason(ReasonCode.WARN_NO_ORIGIN, List.of(String.valueOf(count)), lines);
        }
        return SentenceForm.read(FORMS, warning);
    }

    /** Every warning read back; null when one of them is not a sentence the engine writes. */
    public static List<Reason> readAll(List<String> warnings) {
        List<Reason> out = new ArrayList<>();
        for (String w : warnings) {
            Reason r = read(w);
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }
}
