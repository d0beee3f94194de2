package org.localis.assessment;

import java.util.ArrayList;
import java.util.List;

import org.localis.assessment.Assessment.Reason;

/** An assessment's warnings as they are found: each English sentence with the same as a code and its figures. */
final class WarningList {

    private final List<String> sentences = new ArrayList<>();
    private final List<Reason> whys = new ArrayList<>();

    void add(String sentence, Reason why) {
        sentences.add(sentence);
        whys.add(why);
    }

    void addAll(WarningList other) {
        sentences.addAll(other.sentences);
        whys.addAll(other.whys);
    }

    List<String> sentences() {
        return sentences;
    }

    List<Reason> whys() {
        return whys;
    }
}
