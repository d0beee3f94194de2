package org.localis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;

/** What an accepted BOM must be, whatever file it came from: complete lines and a sound tree. */
final class BomChecks {

    private BomChecks() {
    }

    /**
     * @param linesInOrder whether line numbers must grow (text lines do; the row numbers an .xlsx file
     *                     declares need not)
     */
    static void checkAccepted(Bom bom, String file, boolean linesInOrder) {
        assertThat(bom.file()).isEqualTo(file);
        assertThat(bom.size()).isPositive();
        Set<String> makeParts = new HashSet<>();
        int lastLine = 0;
        for (BomLine l : bom.lines()) {
            if (linesInOrder) {
                assertThat(l.line()).as("line numbers in file order").isGreaterThan(lastLine);
            } else {
                assertThat(l.line()).isPositive();
            }
            lastLine = l.line();
            assertThat(l.part()).as("part of line %s", l.line()).isNotBlank();
            assertThat(l.parent()).as("parent of line %s", l.line()).isNotNull().isNotEqualTo(l.part());
            assertThat(l.quantity()).as("quantity of line %s", l.line()).isNotNull();
            assertThat(l.quantity().signum()).as("quantity of line %s", l.line()).isPositive();
            assertThat(l.unitCost()).as("unit cost of line %s", l.line()).isNotNull();
            assertThat(l.unitCost().signum()).as("unit cost of line %s", l.line()).isNotNegative();
            assertThat(l.makeBuy()).isNotNull();
            assertThat(l.description()).isNotNull();
            assertThat(l.uom()).isNotBlank();
            assertThat(l.currency()).isNotNull();
            assertThat(l.origin()).isNotNull();
            assertThat(l.supplier()).isNotNull();
            assertThat(l.certificate()).isNotNull();
            if (l.isMake()) {
                makeParts.add(l.part());
            }
        }
        // every parent is a make part of this BOM, and at least one line hangs from the product
        boolean topLevel = false;
        for (BomLine l : bom.lines()) {
            if (l.parent().isEmpty()) {
                topLevel = true;
            } else {
                assertThat(makeParts).as("parent of line %s", l.line()).contains(l.parent());
            }
        }
        assertThat(topLevel).as("a line is a direct child of the product").isTrue();

        // the tree: every line is a child of exactly one part, and bottom-up order puts children first
        int parts = bom.partCount();
        int children = 0;
        for (int p = 0; p < parts; p++) {
            children += bom.childCount(p);
        }
        assertThat(children).as("child lines of all parts").isEqualTo(bom.size());
        int[] order = bom.bottomUpOrder();
        assertThat(order).hasSize(parts);
        int[] position = new int[parts];
        boolean[] seen = new boolean[parts];
        for (int k = 0; k < order.length; k++) {
            assertThat(seen[order[k]]).as("part %s twice in the bottom-up order", order[k]).isFalse();
            seen[order[k]] = true;
            position[order[k]] = k;
        }
        for (int i = 0; i < bom.size(); i++) {
            assertThat(bom.partName(bom.partOf(i))).isEqualTo(bom.line(i).part());
            assertThat(bom.partName(bom.parentOf(i))).isEqualTo(bom.line(i).parent());
            assertThat(position[bom.partOf(i)]).as("line %s comes before its parent", bom.line(i).line())
                    .isLessThan(position[bom.parentOf(i)]);
        }
    }
}
