package org.localis.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.localis.fleet.Season;

/**
 * How offers are evaluated and which offers may fill which requirement.
 *
 * <p><b>Domestic preference.</b> An offer {@linkplain #qualifies qualifies} as domestic when it has a
 * {@link DomesticStatus} that is valid and whose tier id is one of {@code qualifyingTiers}. Its <em>evaluated</em>
 * unit price is its price times {@code (1 - domesticPreference)}; every other offer is evaluated at its price.
 * The preference only ranks offers: the money paid, and the budget, are always real prices. With the default
 * 15%, a domestic tire wins over an import exactly when {@code domestic × 0.85 < import}, i.e. when it is less
 * than {@code 1/0.85 ≈ 17.65%} dearer.
 *
 * <p><b>Substitution.</b> An offer may fill a requirement when its tire
 * {@linkplain org.localis.fleet.TireSize#satisfies satisfies} the required tire (same size, load indices and
 * speed symbol at least the required ones) and its season is the requirement's season. An all-season tire is
 * not bought for a winter line unless {@code allSeasonForWinter}: winter demand was counted for winter sets,
 * and the winter-tire rule (TR CU 018/2011, winter months) and fleet operators expect winter tires (three-peak
 * mountain with snowflake), which an all-season tire usually is not. Nor for a summer line unless
 * {@code allSeasonForSummer}: it is legal, but a purchasing decision the organizer takes explicitly.
 *
 * @param domesticPreference  the preference as a fraction, 0 &le; p &lt; 1 (default 0.15)
 * @param qualifyingTiers     tier ids that count as domestic
 * @param allSeasonForWinter  whether all-season tires may fill winter lines (default no)
 * @param allSeasonForSummer  whether all-season tires may fill summer lines (default no)
 * @param nodeLimit           the most search nodes the exact cost search may visit before it returns the best
 *                            plan found so far, marked not proven optimal (default {@value #DEFAULT_NODE_LIMIT})
 */
public record PlanRules(BigDecimal domesticPreference, Set<String> qualifyingTiers, boolean allSeasonForWinter,
                        boolean allSeasonForSummer, int nodeLimit) {

    /** The default preference: 15%. */
    public static final BigDecimal DEFAULT_PREFERENCE = new BigDecimal("0.15");
    /** The default search limit. */
    public static final int DEFAULT_NODE_LIMIT = 2_000;

    /** @throws IllegalArgumentException for a preference outside [0, 1) or a node limit below 1 */
    public PlanRules {
        Objects.requireNonNull(domesticPreference, "domesticPreference");
        Objects.requireNonNull(qualifyingTiers, "qualifyingTiers");
        if (domesticPreference.signum() < 0 || domesticPreference.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the domestic preference " + domesticPreference.toPlainString()
                    + " is outside 0 (none) .. 1 (exclusive)");
        }
        domesticPreference = domesticPreference.stripTrailingZeros();
        if (domesticPreference.scale() < 0) {
            domesticPreference = domesticPreference.setScale(0, RoundingMode.UNNECESSARY);
        }
        TreeSet<String> tiers = new TreeSet<>();
        for (String t : qualifyingTiers) {
            tiers.add(Objects.requireNonNull(t, "tier id").strip());
        }
        qualifyingTiers = java.util.Collections.unmodifiableSortedSet(tiers);
        if (nodeLimit < 1) {
            throw new IllegalArgumentException("node limit " + nodeLimit + " is below 1");
        }
    }

    /** The default rules (15%, same season only) with the given qualifying tiers. */
    public static PlanRules defaults(Set<String> qualifyingTiers) {
        return new PlanRules(DEFAULT_PREFERENCE, qualifyingTiers, false, false, DEFAULT_NODE_LIMIT);
    }

    /**
     * The tiers at or above {@code minimumTier} in a list ordered from the lowest to the highest (as a scheme
     * lists them).
     *
     * @throws IllegalArgumentException when the minimum tier is not in the list
     */
    public static Set<String> tiersAtOrAbove(List<String> tiersLowestFirst, String minimumTier) {
        int at = tiersLowestFirst.indexOf(minimumTier);
        if (at < 0) {
            throw new IllegalArgumentException("tier " + minimumTier + " is not one of " + tiersLowestFirst);
        }
        return Set.copyOf(tiersLowestFirst.subList(at, tiersLowestFirst.size()));
    }

    /** The same rules with another preference. */
    public PlanRules withPreference(BigDecimal preference) {
        return new PlanRules(preference, qualifyingTiers, allSeasonForWinter, allSeasonForSummer, nodeLimit);
    }

    /** The same rules with all-season substitution for winter and summer lines set. */
    public PlanRules withAllSeason(boolean forWinter, boolean forSummer) {
        return new PlanRules(domesticPreference, qualifyingTiers, forWinter, forSummer, nodeLimit);
    }

    /** The same rules with another node limit. */
    public PlanRules withNodeLimit(int limit) {
        return new PlanRules(domesticPreference, qualifyingTiers, allSeasonForWinter, allSeasonForSummer, limit);
    }

    /** Whether the offer counts as domestic: a valid certificate with a qualifying tier. */
    public boolean qualifies(Offer offer) {
        DomesticStatus d = offer.domestic();
        return d != null && d.valid() && qualifyingTiers.contains(d.tierId());
    }

    /** Whether an offer's season may fill a requirement's season under these rules. */
    public boolean seasonFits(Season offered, Season required) {
        if (offered == required) {
            return true;
        }
        if (offered != Season.ALL_SEASON) {
            return false;
        }
        return required == Season.WINTER ? allSeasonForWinter : required == Season.SUMMER && allSeasonForSummer;
    }

    /** Whether the offer may fill the requirement: its tire satisfies the required one and its season fits. */
    public boolean fits(Offer offer, Requirement requirement) {
        return seasonFits(offer.season(), requirement.season()) && offer.tire().satisfies(requirement.required());
    }

    /** The exact evaluated unit price: the price, times {@code 1 - preference} for a qualifying offer. */
    public BigDecimal evaluatedUnitPrice(Offer offer) {
        BigDecimal price = BigDecimal.valueOf(offer.unitPriceMinor());
        return qualifies(offer) ? price.multiply(BigDecimal.ONE.subtract(domesticPreference)) : price;
    }

    /**
     * The evaluated unit price in units of {@code 1 / }{@link #evaluationScale()} minor units, as an integer:
     * {@code price × (10^s − preference × 10^s)} for a qualifying offer and {@code price × 10^s} otherwise, where
     * {@code s} is the preference's number of decimals. Comparing these compares evaluated prices exactly.
     */
    long scaledEvaluatedUnitPrice(Offer offer) {
        long scale = evaluationScale();
        long factor = qualifies(offer)
                ? domesticPreference.movePointRight(domesticPreference.scale()).longValueExact() : 0;
        return Math.multiplyExact(offer.unitPriceMinor(), scale - factor);
    }

    /** {@code 10^s}, {@code s} the preference's number of decimals. */
    long evaluationScale() {
        return BigDecimal.ONE.movePointRight(domesticPreference.scale()).longValueExact();
    }
}
