package org.localis.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of {@link Allocator#allocate}: one line per candidate (ordered by amount, descending; then
 * eligible before not eligible; then weight, descending; then product id), the company totals (ordered by
 * company) and the totals.
 *
 * @param program       the program
 * @param lines         one per candidate
 * @param companies     one per company that has at least one candidate
 * @param distributable the whole units that could be shared: the budget rounded down
 * @param allocated     the sum of all amounts; never above the budget
 * @param unallocated   budget - allocated (the budget's fraction of a unit, what caps left over, or the
 *                      whole budget when no candidate is eligible with a positive weight)
 * @param notes         program-level remarks, e.g. why something stayed unallocated
 * @param noteParts     the same notes as codes with figures ({@code NOTE_*}), one per note, for other languages
 */
public record Allocation(SupportProgram program, List<AllocationLine> lines, List<CompanyTotal> companies,
                         BigDecimal distributable, BigDecimal allocated, BigDecimal unallocated, List<String> notes,
                         List<ReasonPart> noteParts) {

    public Allocation {
        lines = List.copyOf(lines);
        companies = List.copyOf(companies);
        notes = List.copyOf(notes);
        noteParts = List.copyOf(noteParts);
        if (noteParts.size() != notes.size()) {
            throw new IllegalArgumentException("one part per note");
        }
    }

    public Optional<AllocationLine> line(String productId) {
        return lines.stream().filter(l -> l.productId().equals(productId)).findFirst();
    }

    public Optional<CompanyTotal> company(String company) {
        return companies.stream().filter(c -> c.company().equals(company)).findFirst();
    }
}
