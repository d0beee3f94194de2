package org.localis.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.localis.assessment.Assessment.ClassificationResult;
import org.localis.operation.Operations;
import org.localis.scheme.Classification;
import org.localis.scheme.ClassificationRule;
import org.localis.scheme.Scheme;

/** Applies a scheme's classification ladder and says which operations decided the class. */
final class Classifier {

    private Classifier() {
    }

    static ClassificationResult classify(Scheme scheme, Operations ops, BigDecimal domesticShare) {
        if (scheme.classification().isEmpty()) {
            return new ClassificationResult(Classification.CBU, "the scheme defines no classification rules");
        }
        ClassificationRule shallowest = null;
        for (ClassificationRule r : scheme.classification()) {
            shallowest = r;
            List<String> missing = missing(r.requires(), ops);
            if (!missing.isEmpty()) {
                continue;
            }
            List<String> anyPerformed = r.anyOf().stream().filter(ops::performed).toList();
            boolean byShare = r.orDomesticShare() != null && domesticShare.compareTo(r.orDomesticShare()) >= 0;
            if (!r.anyOf().isEmpty() && anyPerformed.isEmpty() && !byShare) {
                continue;
            }
            StringBuilder reason = new StringBuilder();
            if (!r.requires().isEmpty()) {
                reason.append(String.join(", ", r.requires())).append(" performed in the country");
            }
            if (!anyPerformed.isEmpty()) {
                reason.append(reason.length() > 0 ? "; " : "").append("also ").append(String.join(", ", anyPerformed));
            } else if (byShare) {
                reason.append(reason.length() > 0 ? "; " : "").append("domestic share of the BOM value ")
                        .append(domesticShare.toPlainString()).append("% >= ").append(r.orDomesticShare().toPlainString()).append('%');
            }
            String deeper = whatDeeperNeeds(scheme, r, ops, domesticShare);
            if (!deeper.isEmpty()) {
                reason.append("; ").append(deeper);
            }
            return new ClassificationResult(r.result(), reason.toString());
        }
        List<String> missing = missing(shallowest.requires(), ops);
        return new ClassificationResult(Classification.CBU, "no production in the country that the scheme counts: "
                + (missing.isEmpty() ? "none of " + String.join(", ", shallowest.anyOf())
                : String.join(", ", missing)) + " not performed (needed for " + shallowest.result().code() + ")");
    }

    /** What the next deeper class would need, so the reason also says how to go deeper. */
    private static String whatDeeperNeeds(Scheme scheme, ClassificationRule reached, Operations ops, BigDecimal share) {
        ClassificationRule deeper = null;
        for (ClassificationRule r : scheme.classification()) {
            if (r == reached) {
                break;
            }
            deeper = r;
        }
        if (deeper == null) {
            return "";
        }
        List<String> needs = new ArrayList<>(missing(deeper.requires(), ops));
        if (!deeper.anyOf().isEmpty() && deeper.anyOf().stream().noneMatch(ops::performed)) {
            String alt = "one of " + String.join(", ", deeper.anyOf());
            if (deeper.orDomesticShare() != null) {
                alt += " (or a domestic share of at least " + deeper.orDomesticShare().toPlainString() + "%, now "
                        + share.toPlainString() + "%)";
            }
            needs.add(alt);
        }
        return needs.isEmpty() ? "" : deeper.result().code() + " would need " + String.join(", ", needs);
    }

    private static List<String> missing(List<String> codes, Operations ops) {
        return codes.stream().filter(c -> !ops.performed(c)).toList();
    }
}
