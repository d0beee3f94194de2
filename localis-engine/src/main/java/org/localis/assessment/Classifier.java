package org.localis.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.localis.assessment.Assessment.ClassificationResult;
import org.localis.assessment.Assessment.Reason;
import org.localis.assessment.Assessment.ReasonCode;
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
            return new ClassificationResult(Classification.CBU, "the scheme defines no classification rules",
                    Reason.of(ReasonCode.CLASS_NO_RULES));
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
            List<Reason> parts = new ArrayList<>();
            if (!r.requires().isEmpty()) {
                reason.append(String.join(", ", r.requires())).append(" performed in the country");
                parts.add(Reason.of(ReasonCode.CLASS_REQUIRES, String.join(", ", r.requires())));
            }
            if (!anyPerformed.isEmpty()) {
                reason.append(reason.length() > 0 ? "; " : "").append("also ").append(String.join(", ", anyPerformed));
                parts.add(Reason.of(ReasonCode.CLASS_ALSO, String.join(", ", anyPerformed)));
            } else if (byShare) {
                reason.append(reason.length() > 0 ? "; " : "").append("domestic share of the BOM value ")
                        .append(domesticShare.toPlainString()).append("% >= ").append(r.orDomesticShare().toPlainString()).append('%');
                parts.add(Reason.of(ReasonCode.CLASS_BY_SHARE, domesticShare.toPlainString(), r.orDomesticShare().toPlainString()));
            }
            Reason deeper = whatDeeperNeeds(scheme, r, ops, domesticShare);
            if (deeper != null) {
                reason.append("; ").append(deeperSentence(deeper));
                parts.add(deeper);
            }
            return new ClassificationResult(r.result(), reason.toString(), new Reason(ReasonCode.CLASS_REACHED, List.of(), parts));
        }
        List<String> missing = missing(shallowest.requires(), ops);
        String needed = shallowest.result().code();
        return new ClassificationResult(Classification.CBU, "no production in the country that the scheme counts: "
                + (missing.isEmpty() ? "none of " + String.join(", ", shallowest.anyOf())
                : String.join(", ", missing)) + " not performed (needed for " + needed + ")",
                missing.isEmpty() ? Reason.of(ReasonCode.CLASS_NONE_ANY_OF, String.join(", ", shallowest.anyOf()), needed)
                        : Reason.of(ReasonCode.CLASS_NONE_MISSING, String.join(", ", missing), needed));
    }

    /** The English sentence of a {@link ReasonCode#CLASS_DEEPER} reason. */
    private static String deeperSentence(Reason deeper) {
        List<String> needs = new ArrayList<>();
        for (Reason p : deeper.parts()) {
            needs.add(switch (p.code()) {
                case CLASS_NEED_OPS -> p.args().get(0);
                case CLASS_NEED_ONE_OF -> "one of " + p.args().get(0);
                default -> "one of " + p.args().get(0) + " (or a domestic share of at least " + p.args().get(1) + "%, now "
                        + p.args().get(2) + "%)";
            });
        }
        return deeper.args().get(0) + " would need " + String.join(", ", needs);
    }

    /** What the next deeper class would need, so the reason also says how to go deeper. */
    private static Reason whatDeeperNeeds(Scheme scheme, ClassificationRule reached, Operations ops, BigDecimal share) {
        ClassificationRule deeper = null;
        for (ClassificationRule r : scheme.classification()) {
            if (r == reached) {
                break;
            }
            deeper = r;
        }
        if (deeper == null) {
            return null;
        }
        List<Reason> needs = new ArrayList<>();
        List<String> missing = missing(deeper.requires(), ops);
        if (!missing.isEmpty()) {
            needs.add(Reason.of(ReasonCode.CLASS_NEED_OPS, String.join(", ", missing)));
        }
        if (!deeper.anyOf().isEmpty() && deeper.anyOf().stream().noneMatch(ops::performed)) {
            String ops1 = String.join(", ", deeper.anyOf());
            needs.add(deeper.orDomesticShare() == null ? Reason.of(ReasonCode.CLASS_NEED_ONE_OF, ops1)
                    : Reason.of(ReasonCode.CLASS_NEED_ONE_OF_OR_SHARE, ops1, deeper.orDomesticShare().toPlainString(),
                    share.toPlainString()));
        }
        return needs.isEmpty() ? null : new Reason(ReasonCode.CLASS_DEEPER, List.of(deeper.result().code()), needs);
    }

    private static List<String> missing(List<String> codes, Operations ops) {
        return codes.stream().filter(c -> !ops.performed(c)).toList();
    }
}
