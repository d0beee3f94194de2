package org.localis.assessment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;

/**
 * One English sentence the engine writes, as a pattern over the whole sentence whose groups are the figures of its
 * code. {@link LineBasis} and {@link Warnings} read stored sentences back into codes with lists of these.
 */
record SentenceForm(Pattern pattern, ReasonCode code) {

    static SentenceForm of(String regex, ReasonCode code) {
        return new SentenceForm(Pattern.compile(regex), code);
    }

    /** The first form that matches the whole sentence, as its code with the captured figures; null when none does. */
    static Reason read(List<SentenceForm> forms, String sentence) {
        for (SentenceForm f : forms) {
            Matcher m = f.pattern().matcher(sentence);
            if (m.matches()) {
                String[] args = new String[m.groupCount()];
                for (int k = 0; k < args.length; k++) {
                    args[k] = m.group(k + 1);
                }
                return Reason.of(f.code(), args);
            }
        }
        return null;
    }
}
