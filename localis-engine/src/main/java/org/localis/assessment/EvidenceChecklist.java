package org.localis.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which documents prove each criterion an assessment counts, which are attached and which are missing — the
 * self-check a manufacturer runs before paying for an examination, and the list an assessor works through.
 *
 * <p>What proves a criterion follows the kind of criterion (the examination practice under Decree No. 719 and
 * the rules of origin alike): a <b>technological operation</b> done in the country is shown by the description of
 * the process and the list of the equipment at the production site; a <b>component</b> made in the country by the
 * supply contracts and the component maker's own certificate (a registry certificate cited in the BOM counts as
 * that certificate); a <b>value share</b> by the cost calculation and the suppliers' origin documents.
 */
public final class EvidenceChecklist {

    /** A kind of supporting document. */
    public enum DocumentKind {
        PROCESS_DESCRIPTION, EQUIPMENT_LIST, SUPPLY_CONTRACTS, SUPPLIER_CERTIFICATE, COST_CALCULATION,
        ORIGIN_DOCUMENTS, DESIGN_DOCUMENTATION_RIGHTS, OTHER
    }

    /**
     * A document attached to the product version.
     *
     * @param kind      what it proves
     * @param criterion the criterion code it is for, or empty for every criterion of its kind
     * @param name      its file name
     */
    public record Document(DocumentKind kind, String criterion, String name) {
        public Document {
            criterion = criterion == null ? "" : criterion.strip();
        }
    }

    /**
     * One criterion's line of the checklist.
     *
     * @param pointsAtStake          what the criterion earns in this assessment (points or percentage points)
     * @param reference              the document the manufacturer's own file cites for it (operations' evidence column)
     * @param claimedWithoutEvidence points are earned while a required document is missing
     */
    public record Line(String code, String title, String titleRu, String type, BigDecimal pointsAtStake,
                       List<DocumentKind> required, List<String> attached, List<DocumentKind> missing, String reference,
                       boolean claimedWithoutEvidence) {
        public Line {
            required = List.copyOf(required);
            attached = List.copyOf(attached);
            missing = List.copyOf(missing);
        }
    }

    /** The checklist: its lines, and the points claimed without their evidence. */
    public record Result(List<Line> lines, BigDecimal pointsWithoutEvidence, int criteriaWithoutEvidence) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    private EvidenceChecklist() {
    }

    /** What a criterion of a given type needs. */
    public static List<DocumentKind> required(String type) {
        return switch (type == null ? "" : type) {
            case "operation" -> List.of(DocumentKind.PROCESS_DESCRIPTION, DocumentKind.EQUIPMENT_LIST);
            case "component" -> List.of(DocumentKind.SUPPLY_CONTRACTS, DocumentKind.SUPPLIER_CERTIFICATE);
            default -> List.of(DocumentKind.PROCESS_DESCRIPTION);
        };
    }

    public static Result of(Assessment a, List<Document> documents) {
        List<Line> lines = new ArrayList<>();
        BigDecimal without = BigDecimal.ZERO;
        int count = 0;
        if (a.criteria().isEmpty() && a.valueShare() != null) {
            List<DocumentKind> required = List.of(DocumentKind.COST_CALCULATION, DocumentKind.ORIGIN_DOCUMENTS);
            Line l = line("value-share", "Value share (" + a.valueShare().method() + ")", "Доля стоимости", "value-share",
                    a.score(), required, documents, Set.of(), "");
            lines.add(l);
            if (l.claimedWithoutEvidence()) {
                count++;
            }
            return new Result(lines, BigDecimal.ZERO, count);
        }
        for (Assessment.CriterionResult c : a.criteria()) {
            BigDecimal earned = c.earned() == null ? BigDecimal.ZERO : c.earned();
            if (earned.signum() <= 0 && !c.performed()) {
                continue; // nothing claimed: nothing to prove
            }
            Set<DocumentKind> satisfied = c.carriedFrom().isEmpty() ? Set.of() : EnumSet.of(DocumentKind.SUPPLIER_CERTIFICATE);
            Line l = line(c.code(), c.title(), c.titleRu(), c.type(), earned, required(c.type()), documents, satisfied,
                    c.evidence() == null ? "" : c.evidence());
            lines.add(l);
            if (l.claimedWithoutEvidence()) {
                without = without.add(earned);
                count++;
            }
        }
        return new Result(lines, without, count);
    }

    private static Line line(String code, String title, String titleRu, String type, BigDecimal earned,
                             List<DocumentKind> required, List<Document> documents, Set<DocumentKind> satisfied,
                             String reference) {
        Set<DocumentKind> have = new LinkedHashSet<>(satisfied);
        List<String> attached = new ArrayList<>();
        for (Document d : documents) {
            if (d.criterion().isEmpty() || d.criterion().equals(code)) {
                if (required.contains(d.kind())) {
                    have.add(d.kind());
                    attached.add(d.name());
                }
            }
        }
        if (!satisfied.isEmpty()) {
            attached.add(0, "registry certificate");
        }
        List<DocumentKind> missing = required.stream().filter(k -> !have.contains(k)).toList();
        return new Line(code, title, titleRu, type, earned, required, attached, missing, reference,
                earned.signum() > 0 && !missing.isEmpty());
    }
}
