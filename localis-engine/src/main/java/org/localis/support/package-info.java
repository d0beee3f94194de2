/**
 * Support programs: a budget shared across certified products in proportion to localization.
 *
 * <p>A {@link org.localis.support.SupportProgram} (budget, minimum tier, {@link org.localis.support.Formula},
 * per-company cap) and a list of {@link org.localis.support.Candidate}s go into
 * {@link org.localis.support.Allocator#allocate}, which returns an {@link org.localis.support.Allocation}: one
 * line per candidate with its weight, exact share, whole-unit amount and the reason, plus company totals and
 * what stayed unallocated. {@link org.localis.support.AllocationCsv} and
 * {@link org.localis.support.AllocationXlsx} export it. The rules and the argument for "more localization never
 * means less support" are on {@link org.localis.support.Allocator}.
 */
package org.localis.support;
