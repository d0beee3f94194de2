package org.localis.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.RandomAccess;

import org.localis.assessment.Assessment.LineResult;
import org.localis.bom.Bom;
import org.localis.bom.BomLine;

/**
 * The explained BOM lines of an assessment as an immutable list computed from the valuation when
 * read: a million-line BOM does not hold a million result objects unless someone asks for them all.
 * Each amount is rounded to the cent, and originating + non-originating = value exactly.
 */
final class LineResults extends AbstractList<LineResult> implements RandomAccess {

    private static final BigDecimal ZERO_MONEY = BigDecimal.ZERO.setScale(2);

    private final Bom bom;
    private final MaterialValuation valuation;

    LineResults(Bom bom, MaterialValuation valuation) {
        this.bom = bom;
        this.valuation = valuation;
    }

    @Override
    public LineResult get(int i) {
        BomLine l = bom.line(i);
        BigDecimal q = valuation.lineQuantityPerProduct(i);
        BigDecimal value = valuation.unitValue(i).multiply(q).setScale(2, RoundingMode.HALF_UP);
        BigDecimal unitNon = valuation.unitNonOriginating(i);
        BigDecimal non = unitNon.signum() == 0 ? ZERO_MONEY : unitNon.multiply(q).setScale(2, RoundingMode.HALF_UP);
        return new LineResult(l.line(), l.part(), l.parent(), l.description(), l.quantity(), l.makeBuy().code(),
                l.origin(), l.certificate(), value, value.subtract(non), non, valuation.basis(i),
                valuation.basisWhy(i));
    }

    /** The BOM line behind result {@code i}. */
    BomLine bomLine(int i) {
        return bom.line(i);
    }

    /** The lines' quantities as read ({@link Bom#quantities()}: the values of {@link BomLine#quantity()}, scale included). */
    org.localis.bom.DecimalColumn quantities() {
        return bom.quantities();
    }

    /**
     * Result {@code i}'s value and non-originating value in cents ({@code out[0]}, {@code out[1]}): the unscaled values
     * of {@link #get}'s amounts (its originating value is their difference), without making them; false when they
     * do not fit ({@link MaterialValuation#lineCents}).
     */
    boolean cents(int i, long[] out) {
        return valuation.lineCents(i, out);
    }

    /** Result {@code i}'s {@link LineResult#basis()}. */
    String basis(int i) {
        return valuation.basis(i);
    }

    @Override
    public int size() {
        return bom.size();
    }

    /** The lines directly under the product, without building the others. */
    List<LineResult> topLevel() {
        List<LineResult> out = new ArrayList<>();
        for (int k = 0; k < bom.childCount(Bom.PRODUCT); k++) {
            out.add(get(bom.child(Bom.PRODUCT, k)));
        }
        out.sort(Comparator.comparingInt(LineResult::line));
        return out;
    }

    /** The {@code k} lines with the largest non-originating value per product unit, largest first. */
    List<LineResult> largestNonOriginating(int k) {
        record Keyed(int index, ExactSum key) {
        }
        // keys in longs (an object only for the lines that enter the heap); the same order as BigDecimal.compareTo
        Comparator<Keyed> byKey = (x, y) -> ExactSum.compare(x.key(), y.key());
        PriorityQueue<Keyed> heap = new PriorityQueue<>(k + 1, byKey);
        ExactSum key = new ExactSum();
        for (int i = 0; i < bom.size(); i++) {
            if (valuation.unitNonOriginatingSignum(i) == 0) {
                continue;
            }
            valuation.nonOriginatingPerProduct(i, key);
            if (heap.size() < k || ExactSum.compare(key, heap.peek().key()) > 0) {
                ExactSum kept = new ExactSum();
                kept.copy(key);
                heap.add(new Keyed(i, kept));
                if (heap.size() > k) {
                    heap.poll();
                }
            }
        }
        List<Keyed> top = new ArrayList<>(heap);
        top.sort(byKey.reversed());
        return top.stream().map(t -> get(t.index())).toList();
    }
}
