package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.localis.bom.Bom;
import org.localis.bom.BomLine;
import org.localis.operation.Operation;
import org.localis.operation.Operations;
import org.localis.product.Product;

/**
 * The product as it would be after a set of actions: localized lines get their new origin (and the
 * action's certificate, or none), added operations are declared performed. Unit costs stay as they are.
 */
final class Variants {

    private final Product product;
    private final List<Action> actions;
    private final int[] lineIndex;

    Variants(Product product, List<Action> actions) {
        this.product = product;
        this.actions = actions;
        LineRefs refs = new LineRefs(product.bom());
        lineIndex = new int[actions.size()];
        for (int a = 0; a < actions.size(); a++) {
            lineIndex[a] = actions.get(a) instanceof LocalizeLine l ? refs.resolve(l.target()) : -1;
        }
    }

    /** BOM index a localize action changes, or -1. */
    int lineOf(int action) {
        return lineIndex[action];
    }

    Product apply(BitSet set) {
        return apply(product, set);
    }

    Product apply(Product base, BitSet set) {
        if (set.isEmpty()) {
            return base;
        }
        Bom bom = base.bom();
        List<BomLine> lines = null;
        Map<String, Operation> ops = null;
        for (int a = set.nextSetBit(0); a >= 0; a = set.nextSetBit(a + 1)) {
            Action act = actions.get(a);
            if (act instanceof LocalizeLine l) {
                if (lines == null) {
                    lines = new ArrayList<>(bom.lines());
                }
                int i = lineIndex[a];
                lines.set(i, lines.get(i).withOrigin(l.newOrigin()).withCertificate(l.certificate()));
            } else if (act instanceof AddOperation o) {
                if (ops == null) {
                    ops = new LinkedHashMap<>(base.operations().byCode());
                }
                Operation old = ops.get(o.code());
                ops.put(o.code(), new Operation(old == null ? 0 : old.line(), o.code(), true, "roadmap action " + o.id()));
            }
        }
        Product p = base;
        if (lines != null) {
            p = p.withBom(Bom.of(bom.file(), lines));
        }
        if (ops != null) {
            p = p.withOperations(new Operations(base.operations().file(), new ArrayList<>(ops.values())));
        }
        return p;
    }

    /**
     * The product with every amount multiplied by {@code factor}: every score is a ratio of amounts, so it
     * scores the same, while the engine's cent rounding of the non-originating value becomes negligible.
     */
    static Product scaled(Product p, BigDecimal factor) {
        List<BomLine> lines = new ArrayList<>(p.bom().size());
        for (BomLine l : p.bom().lines()) {
            lines.add(l.withUnitCost(l.unitCost().multiply(factor)));
        }
        return new Product(p.name(), p.category(), p.currency(), p.price() == null ? null : p.price().multiply(factor),
                p.netCost() == null ? null : p.netCost().multiply(factor), p.annualVolume(),
                Bom.of(p.bom().file(), lines), p.operations(), p.certificates(), p.rates(), p.source());
    }
}
