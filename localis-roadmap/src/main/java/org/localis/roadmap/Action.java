package org.localis.roadmap;

import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate localization action. Every action may cost a one-off capital amount (paid in the year it
 * is adopted) and a yearly amount (paid every planning year from its adoption on); it may require other
 * actions (adopted the same year or earlier), exclude others (never both in the plan) and have an
 * earliest year. Amounts are in the product currency.
 */
public sealed interface Action permits LocalizeLine, AddOperation {

    /** Unique id within a catalogue: letters, digits, '-', '_', '.'. */
    String id();

    /** "localize" or "operation", as in the actions file. */
    String kind();

    /** What it acts on: a BOM line reference or an operation code, as written. */
    String target();

    BigDecimal capitalCost();

    BigDecimal yearlyCost();

    List<String> requires();

    List<String> excludes();

    /** First year the action can be adopted, or null for any planning year. */
    Integer earliestYear();

    String note();

    /** 1-based line in the actions file (0 when not read from a file). */
    int line();
}
