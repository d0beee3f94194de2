package org.localis.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.localis.assessment.EvidenceChecklist.DocumentKind;
import org.localis.testing.Fixtures;

/** The evidence checklist on a points assessment: what each counted criterion needs, has and lacks. */
class EvidenceChecklistTest {

    static Assessment assessment() {
        var bom = Fixtures.bom("part,parent,quantity,unit_cost,origin\nBODY,,1,100,RU\nENGINE,,1,300,DE\n");
        var ops = Fixtures.operations("code,performed,evidence\nbody-welding,yes,Plant audit 2024-03\nbody-painting,yes,\n"
                + "final-assembly,yes,\n");
        return Fixtures.assess(Fixtures.product(bom, ops, "1000", null), Fixtures.testScheme("points.yaml"), 2024);
    }

    @Test
    void pointsClaimedWithoutTheirDocumentsAreFlaggedAndAttachedOnesCount() {
        Assessment a = assessment();
        EvidenceChecklist.Result none = EvidenceChecklist.of(a, List.of());
        assertThat(none.lines()).isNotEmpty().allMatch(EvidenceChecklist.Line::claimedWithoutEvidence);
        BigDecimal earned = a.criteria().stream().map(Assessment.CriterionResult::earned).filter(e -> e != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(none.pointsWithoutEvidence()).isEqualByComparingTo(earned);
        assertThat(none.lines().stream().filter(l -> l.code().equals("body-welding")).findFirst().orElseThrow().reference())
                .isEqualTo("Plant audit 2024-03");

        // a process description and an equipment list for every operation; a contract only for welding
        EvidenceChecklist.Result some = EvidenceChecklist.of(a, List.of(
                new EvidenceChecklist.Document(DocumentKind.PROCESS_DESCRIPTION, "", "process.pdf"),
                new EvidenceChecklist.Document(DocumentKind.EQUIPMENT_LIST, "body-welding", "welding-equipment.xlsx")));
        EvidenceChecklist.Line welding = some.lines().stream().filter(l -> l.code().equals("body-welding")).findFirst().orElseThrow();
        assertThat(welding.missing()).isEmpty();
        assertThat(welding.claimedWithoutEvidence()).isFalse();
        assertThat(welding.attached()).containsExactly("process.pdf", "welding-equipment.xlsx");
        EvidenceChecklist.Line painting = some.lines().stream().filter(l -> l.code().equals("body-painting")).findFirst().orElseThrow();
        assertThat(painting.missing()).containsExactly(DocumentKind.EQUIPMENT_LIST);
        assertThat(some.pointsWithoutEvidence()).isEqualByComparingTo(earned.subtract(welding.pointsAtStake()));
    }
}
