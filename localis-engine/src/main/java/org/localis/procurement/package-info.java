/**
 * Purchase planning with a domestic preference.
 *
 * <p>Suppliers' {@link org.localis.procurement.Offer}s (with a registry
 * {@link org.localis.procurement.DomesticStatus} for certified domestic products) and the target table as
 * {@link org.localis.procurement.Requirement}s go into {@link org.localis.procurement.PurchasePlanner#plan} with a
 * budget and {@link org.localis.procurement.PlanRules} (preference, qualifying tiers, season substitution). The
 * {@link org.localis.procurement.PurchasePlan} covers as many tires as the budget allows at the least evaluated
 * cost, and shows its real cost, coverage per requirement and domestic share by value and by count. The exact
 * objective and algorithm are described on {@link org.localis.procurement.PurchasePlanner}.
 */
package org.localis.procurement;
